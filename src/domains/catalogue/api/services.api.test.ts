import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';

describe('catalogue JSON API', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const badRequests: [string, string, RegExp][] = [
    ['page=-1', 'INVALID_PARAMETER', /« page » doit être supérieur ou égal à 1/],
    ['page=abc', 'INVALID_PARAMETER', /« page » doit être un nombre entier/],
    ['page=1.5', 'INVALID_PARAMETER', /« page » doit être un nombre entier/],
    ['par_page=500', 'INVALID_PARAMETER', /« par_page » doit être inférieur ou égal à 50/],
    ['type=fusee', 'INVALID_PARAMETER', /« type » doit valoir l'une des valeurs : mooc/],
    ['theme=se-former&theme=cuisine', 'INVALID_PARAMETER', /« theme » doit valoir/],
    ['tri=hasard', 'INVALID_PARAMETER', /« tri » doit valoir/],
    ['fournisseur=inconnu-au-bataillon', 'INVALID_FILTER', /Le fournisseur « inconnu-au-bataillon » n'existe pas/],
    ['fournisseur=%3Cscript%3E', 'INVALID_PARAMETER', /« fournisseur » n'a pas le bon format/],
    [`q=${'a'.repeat(10_000)}`, 'INVALID_PARAMETER', /« q » doit compter au plus 200 caractères/],
    ['q=%C3%28', 'INVALID_ENCODING', /UTF-8 invalide/],
    ['q=%FF%FE', 'INVALID_ENCODING', /UTF-8 invalide/],
    ['q=abc%00def', 'INVALID_ENCODING', /caractère nul/],
    ['page=999', 'PAGE_OUT_OF_RANGE', /La page 999 n'existe pas/],
  ];
  for (const [query, code, message] of badRequests) {
    test(`GET /api/v1/services?${query.slice(0, 40)} answers 400 ${code}`, async () => {
      const response = await t.app.inject({ url: `/api/v1/services?${query}` });
      assert.equal(response.statusCode, 400, response.body.slice(0, 300));
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const body = response.json();
      assert.equal(body.code, code);
      assert.equal(body.status, 400);
      assert.match(body.detail, message);
    });
    test(`GET /recherche?${query.slice(0, 40)} answers a French 400 page`, async () => {
      const response = await t.app.inject({ url: `/recherche?${query}` });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /<h1>Demande incorrecte<\/h1>/);
    });
  }

  test('a service in full, and 404 JSON for an unknown one', async () => {
    const response = await t.app.inject({ url: '/api/v1/services/reussir-l-entretien-d-embauche' });
    assert.equal(response.statusCode, 200);
    const service = response.json();
    assert.equal(service.nom, "Réussir l'entretien d'embauche");
    assert.equal(service.type, 'mooc');
    assert.equal(service.fournisseur.slug, 'pole-emploi');
    assert.equal(service.prix.modele, 'gratuit');
    assert.match(service.lien, /\/services\/reussir-l-entretien-d-embauche$/);
    const missing = await t.app.inject({ url: '/api/v1/services/n-existe-pas' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'SERVICE_NOT_FOUND');
  });

  test('themes with their service counts', async () => {
    const themes = (await t.app.inject({ url: '/api/v1/themes' })).json<{ slug: string; nombreServices: number }[]>();
    assert.equal(themes.length, 6);
    const search = (await t.app.inject({ url: '/api/v1/services?theme=se-former' })).json<{ total: number }>();
    assert.equal(themes.find((theme) => theme.slug === 'se-former')?.nombreServices, search.total);
  });

  test('autocomplete suggests services by the start of their name', async () => {
    const response = await t.app.inject({ url: '/api/v1/suggestions?q=reuss' });
    const names = response.json<{ suggestions: { nom: string; lien: string }[] }>().suggestions.map((item) => item.nom);
    assert.ok(names.length > 0 && names.length <= 8);
    for (const name of names.slice(0, 2)) assert.match(name.normalize('NFD').replace(/\p{M}/gu, ''), /^reuss/i);
    assert.deepEqual((await t.app.inject({ url: '/api/v1/suggestions?q=r' })).json(), { suggestions: [] });
    assert.equal((await t.app.inject({ url: '/api/v1/suggestions' })).statusCode, 400);
  });

  test('unknown API paths answer a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'NOT_FOUND');
  });

  test('the generated OpenAPI 3.1 document is valid and lists the public routes only', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, '3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/api/v1/communes', '/api/v1/idees', '/api/v1/idees/{id}', '/api/v1/moocs', '/api/v1/moocs/{slug}', '/api/v1/moocs/{slug}/sessions', '/api/v1/referentiels/appellations', '/api/v1/services', '/api/v1/services/{slug}', '/api/v1/suggestions', '/api/v1/themes',
      // the developer APIs (OAuth2 bearer tokens)
      '/partenaire/cataloguedesservicesemploistore/v1/fichesservices', '/partenaire/cataloguedesservicesemploistore/v1/fichesservices/{id}', '/partenaire/cataloguedesservicesemploistore/v1/fichesservices/{id}/images',
      '/partenaire/moocs/v1/cours', '/partenaire/moocs/v1/cours/{id}', '/partenaire/moocs/v1/cours/{id}/sessions',
      '/partenaire/offresdemploi/v2/offres/search', '/partenaire/offresdemploi/v2/offres/{id}', '/partenaire/offresdemploi/v2/referentiel/{name}',
      '/partenaire/rome/v1/appellation', '/partenaire/rome/v1/appellation/{code}', '/partenaire/rome/v1/arborescence', '/partenaire/rome/v1/domaineprofessionnel', '/partenaire/rome/v1/granddomaine', '/partenaire/rome/v1/metier', '/partenaire/rome/v1/metier/{code}',
    ]);
    const parameters = document.paths['/api/v1/services'].get.parameters.map((parameter: { name: string }) => parameter.name);
    for (const name of ['q', 'theme', 'type', 'public', 'prix', 'plateforme', 'fournisseur', 'tri', 'page', 'par_page']) assert.ok(parameters.includes(name), name);
    const docs = await t.app.inject({ url: '/api/docs' });
    assert.ok([200, 302].includes(docs.statusCode));
  });
});
