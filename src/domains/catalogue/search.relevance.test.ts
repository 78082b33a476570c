import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { createOrganisation, createService } from '../../../test/factories.js';

interface ApiResult {
  total: number;
  resultats: { slug: string; nom: string }[];
  suggestion: string | null;
}

describe('search relevance (French full text)', () => {
  let t: TestApp;
  const search = async (query: string): Promise<ApiResult> => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/services?${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<ApiResult>();
  };
  const slugs = async (query: string) => (await search(query)).resultats.map((service) => service.slug);

  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('accents are folded: "reussir cv" finds "Réussir son CV…"', async () => {
    const found = await slugs('q=reussir+cv');
    assert.ok(found.includes('reussir-son-cv-et-sa-lettre-de-candidature'), found.join(', '));
    assert.equal(found[0], 'reussir-son-cv-et-sa-lettre-de-candidature');
  });

  test('upper case and accents typed by the user match unaccented text too', async () => {
    assert.deepEqual(await slugs('q=R%C3%89USSIR+CV'), await slugs('q=reussir+cv'));
  });

  test('stemming: a plural finds the singular', async () => {
    const plural = await slugs('q=candidatures&par_page=50');
    assert.ok(plural.includes('reussir-son-cv-et-sa-lettre-de-candidature'));
    assert.deepEqual(new Set(plural), new Set(await slugs('q=candidature&par_page=50')));
  });

  test('a query of stop words only does not narrow the search', async () => {
    assert.equal((await search('q=le+%C3%A0+de')).total, (await search('')).total);
    const abroad = await slugs('q=travailler+%C3%A0+l%27%C3%A9tranger&par_page=50');
    assert.deepEqual(abroad, await slugs('q=travailler+etranger&par_page=50'));
    assert.ok(abroad.length > 0);
  });

  test('every word must match', async () => {
    assert.equal((await search('q=candidature+xylophone')).total, 0);
  });

  test('a job title finds the services tagged with its ROME sheet', async () => {
    const found = await slugs('q=boulanger&par_page=50');
    assert.ok(found.length > 0, 'no service for "boulanger"');
    const tagged = await t.db.selectFrom('services').select('slug').where((eb) => eb(eb.val('D1102'), '=', eb.fn.any('rome_codes'))).execute();
    assert.ok(tagged.length > 0, 'the demo data tags a service with D1102');
    for (const { slug } of tagged) assert.ok(found.includes(slug), `${slug} (D1102) not found by "boulanger"`);
    const caregiver = await slugs('q=aide-soignant&par_page=50');
    const j1501 = await t.db.selectFrom('services').select('slug').where((eb) => eb(eb.val('J1501'), '=', eb.fn.any('rome_codes'))).execute();
    assert.ok(j1501.length > 0);
    for (const { slug } of j1501) assert.ok(caregiver.includes(slug), `${slug} (J1501) not found by "aide-soignant"`);
  });

  test('weights: name > pitch > description > provider and themes', async () => {
    const provider = await createOrganisation(t.db, { name: 'Zorglub Conseil' });
    const neutral = (await createOrganisation(t.db)).id;
    await createService(t.db, { slug: 'poids-fournisseur', providerId: provider.id });
    await createService(t.db, { slug: 'poids-description', providerId: neutral, description: 'Méthode zorglub pour progresser.' });
    await createService(t.db, { slug: 'poids-accroche', providerId: neutral, pitch: 'La méthode zorglub en ligne.' });
    await createService(t.db, { slug: 'poids-nom', providerId: neutral, name: 'Zorglub express' });
    assert.deepEqual(await slugs('q=zorglub'), ['poids-nom', 'poids-accroche', 'poids-description', 'poids-fournisseur']);
  });

  test('theme names are searchable with the lowest weight', async () => {
    const found = await slugs('q=international&par_page=50');
    const inTheme = await t.db
      .selectFrom('services')
      .select('slug')
      .where('status', '=', 'publie')
      .where((eb) => eb(eb.val('travailler-a-l-international'), '=', eb.fn.any('themes')))
      .execute();
    for (const { slug } of inTheme) assert.ok(found.includes(slug), `${slug} in the theme not found by its theme name`);
  });

  test('unpublished services are never found', async () => {
    await createService(t.db, { slug: 'brouillon-cache', name: 'Quokka secret', status: 'brouillon', publishedAt: '2024-01-01' });
    assert.equal((await search('q=quokka')).total, 0);
    const page = await t.app.inject({ url: '/services/brouillon-cache' });
    assert.equal(page.statusCode, 404);
  });

  test('a misspelt query with no result suggests the closest catalogue words', async () => {
    const result = await search('q=entretein+embauhce');
    assert.equal(result.total, 0);
    assert.equal(result.suggestion, 'entretien embauche');
    assert.ok((await search(`q=${encodeURIComponent(result.suggestion)}`)).total > 0);
    const html = await t.app.inject({ url: '/recherche?q=entretein+embauhce' });
    assert.match(html.body, /Vouliez-vous dire <a href="\/recherche\?q=entretien\+embauche">« entretien embauche »<\/a>/);
  });

  test('no suggestion when the query has results or nothing close exists', async () => {
    assert.equal((await search('q=entretien')).suggestion, null);
    assert.equal((await search('q=qwxzvbk')).suggestion, null);
  });

  test('sorts: A–Z, newest, popularity', async () => {
    const az = (await search('tri=a-z&par_page=50')).resultats.map((service) => service.nom);
    const folded = az.map((name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    assert.deepEqual(folded, [...folded].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const newest = await t.app.inject({ url: '/api/v1/services?tri=nouveautes&par_page=50' });
    const dates = newest.json<{ resultats: { datePublication: string }[] }>().resultats.map((service) => service.datePublication);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const popular = await t.app.inject({ url: '/api/v1/services?tri=popularite&par_page=50' });
    const views = popular.json<{ resultats: { nombreVues: number }[] }>().resultats.map((service) => service.nombreVues);
    assert.deepEqual(views, [...views].sort((a, b) => b - a));
  });
});
