import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import type { OpenApiDocument } from '../../developer/partner-apis/openapi.documents.js';
import { assertNoNull, assertPartnerError } from '../../developer/partner-apis/partner-apis.test-support.js';
import { BASE, DETAILED_ID, EXPIRED_ID, insertOffers, insertReferentials, insertSpecialOffers, LYON_ID, offersCaller } from './contract.test-support.js';

/** The contract of GET /offres/{id} and /referentiel/{name}, access (401/403/429) and the OpenAPI document. */
describe('Offres d’emploi v2 — one offer, referentials, access, OpenAPI', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
    await insertReferentials(t.db);
    await insertOffers(t.db, 30);
    await insertSpecialOffers(t.db);
  });
  after(() => t.close());
  const caller = () => offersCaller(t.app, t.db);

  test('GET /offres/{id}: every field of the compatibility document, ISO dates with milliseconds, partners, salary bounds, nothing null', async () => {
    const get = await caller();
    const response = await get(`/offres/${DETAILED_ID}`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      id: DETAILED_ID,
      intitule: 'Boulanger / Boulangère (H/F)',
      description: 'Fabrication du pain et des viennoiseries.',
      dateCreation: '2026-02-19T16:50:45.422Z',
      dateActualisation: '2026-02-20T08:00:00.000Z',
      lieuTravail: { libelle: '75 - Paris 11e Arrondissement', latitude: 48.8589, longitude: 2.3803, codePostal: '75011', commune: '75056' },
      romeCode: 'D1102',
      romeLibelle: 'Boulangerie - viennoiserie',
      appellationlibelle: 'Boulanger / Boulangère',
      entreprise: { nom: 'Boulangerie du Marché', description: 'Artisan boulanger depuis 1950.', url: 'https://boulangerie.example.fr', entrepriseAdaptee: false },
      typeContrat: 'CDD',
      typeContratLibelle: 'Contrat à durée déterminée - 6 Mois',
      natureContrat: 'Contrat travail',
      experienceExige: 'E',
      experienceLibelle: '2 An(s)',
      formations: [{ codeFormation: '21538', domaineLibelle: 'Boulangerie', niveauLibelle: 'CAP, BEP et équivalents', exigence: 'E' }],
      langues: [{ libelle: 'Anglais', exigence: 'S' }],
      permis: [{ libelle: 'B - Véhicule léger', exigence: 'S' }],
      competences: [{ code: '117532', libelle: 'Façonner des pâtons', exigence: 'E' }],
      salaire: { libelle: 'Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois', min: 2000, max: 2300, periode: 'M' },
      dureeTravailLibelle: '35H Horaires normaux',
      dureeTravailLibelleConverti: 'Temps plein',
      alternance: false,
      contact: { nom: 'Boulangerie du Marché - Mme Martin', courriel: 'Pour postuler, utiliser le lien suivant', urlPostulation: 'https://a.example.fr/offres/42/postuler' },
      nombrePostes: 2,
      accessibleTH: true,
      qualificationCode: '6',
      qualificationLibelle: 'Employé qualifié',
      codeNAF: '10.71C',
      secteurActivite: '10',
      secteurActiviteLibelle: 'Fabrication de pain et de pâtisserie fraîche',
      qualitesProfessionnelles: [{ libelle: 'Rigueur', description: 'Respecter les règles d’hygiène.' }],
      origineOffre: {
        origine: '2',
        urlOrigine: 'https://a.example.fr/offres/42',
        partenaires: [
          { nom: 'Job Board A', url: 'https://a.example.fr/offres/42', logo: 'https://a.example.fr/logo.png' },
          { nom: 'Job Board B', url: 'https://b.example.fr/o/x-9' },
        ],
      },
      offresManqueCandidats: true,
      employeurHandiEngage: false,
      offresMRS: false,
    });

    const sparse = (await get(`/offres/${LYON_ID}`)).json<Record<string, unknown>>();
    assertNoNull(sparse);
    assert.deepEqual(Object.keys(sparse).sort(), [
      'alternance', 'dateActualisation', 'dateCreation', 'employeurHandiEngage', 'id', 'intitule', 'lieuTravail', 'nombrePostes', 'offresMRS', 'offresManqueCandidats',
      'origineOffre', 'typeContrat', 'typeContratLibelle',
    ], 'absent values are omitted, not null');
    assert.deepEqual(sparse.origineOffre, { origine: '1' });
    assert.match(String(sparse.dateCreation), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  test('GET /offres/{id}: 404 unknown, 400 malformed, 410 expired with its expiry date', async () => {
    const get = await caller();
    assertPartnerError(await get('/offres/ZZZZZZZ'), 404, 'OFFER_NOT_FOUND');
    const malformed = assertPartnerError(await get('/offres/abc'), 400, 'INVALID_PARAMETER');
    assert.match(malformed.message, /« id »/);
    const expired = await get(`/offres/${EXPIRED_ID}`);
    assert.equal(expired.statusCode, 410);
    assert.match(String(expired.headers['content-type']), /^application\/json/);
    const body = expired.json<Record<string, unknown>>();
    assert.deepEqual(Object.keys(body).sort(), ['codeErreur', 'codeHttp', 'dateExpiration', 'message']);
    assert.equal(body.codeHttp, 410);
    assert.equal(body.codeErreur, 'OFFER_EXPIRED');
    assert.equal(body.dateExpiration, '2026-02-01T00:00:00.000Z');
    const search = await get('/offres/search?motsCles=nuit');
    assert.equal(search.statusCode, 204, 'expired offers are never searched');
  });

  test('GET /referentiel/{name}: [{code, libelle}] from the tables and the vocabularies, cacheable; 404 for an unknown name', async () => {
    const get = await caller();
    const types = await get('/referentiel/typesContrats');
    assert.equal(types.statusCode, 200);
    assert.match(String(types.headers['cache-control']), /max-age=\d+/);
    assert.ok(types.json<unknown[]>().some((entry) => JSON.stringify(entry) === JSON.stringify({ code: 'CDI', libelle: 'Contrat à durée indéterminée' })));
    assert.deepEqual((await get('/referentiel/metiers')).json(), [{ code: 'D1102', libelle: 'Boulangerie - viennoiserie' }, { code: 'D1106', libelle: 'Vente en alimentation' }]);
    assert.deepEqual((await get('/referentiel/domaines')).json(), [{ code: 'D11', libelle: 'Commerce alimentaire et métiers de bouche' }]);
    const communes = (await get('/referentiel/communes')).json<Record<string, string>[]>();
    assert.deepEqual(communes.find((commune) => commune.code === '75056'), { code: '75056', libelle: 'Paris', codePostal: '75001', codeDepartement: '75' });
    const departements = (await get('/referentiel/departements')).json<Record<string, string>[]>();
    assert.deepEqual(departements.find((department) => department.code === '2A'), { code: '2A', libelle: 'Corse-du-Sud', codeRegion: '94' });
    assert.equal(departements.length, 101);
    assert.ok(departements.every((department) => department.codeRegion), 'every département has its region');
    // A second application: one application may make 20 calls in a burst.
    const more = await caller();
    for (const name of ['appellations', 'continents', 'langues', 'naturesContrats', 'nafs', 'niveauxFormations', 'pays', 'permis', 'regions', 'secteursActivites', 'themes']) {
      const response = await more(`/referentiel/${name}`);
      assert.equal(response.statusCode, 200, name);
      const entries = response.json<{ code: string; libelle: string }[]>();
      assert.ok(entries.length > 0 && entries.every((entry) => entry.code && entry.libelle), name);
    }
    assert.deepEqual((await more('/referentiel/nafs')).json(), [{ code: '10.71C', libelle: 'Boulangerie et boulangerie-pâtisserie' }]);
    assert.deepEqual((await more('/referentiel/appellations')).json(), [{ code: '11573', libelle: 'Boulanger / Boulangère' }]);
    assert.deepEqual((await more('/referentiel/themes')).json(), [{ code: 'D', libelle: 'Commerce, Vente et Grande distribution' }]);
    assertPartnerError(await more('/referentiel/planetes'), 404, 'REFERENTIEL_NOT_FOUND');
    assertPartnerError(await more('/referentiel/toString'), 404, 'REFERENTIEL_NOT_FOUND');
  });

  test('401 without a token, 403 with a token of another API, 429 with Retry-After over the rate limit', async () => {
    assertPartnerError(await t.app.inject({ url: `${BASE}/offres/search` }), 401, 'TOKEN_MISSING');
    assertPartnerError(await t.app.inject({ url: `${BASE}/offres/${DETAILED_ID}`, headers: { authorization: 'Bearer abc' } }), 401, 'TOKEN_INVALID');
    const rome = await offersCaller(t.app, t.db, ['rome']);
    assertPartnerError(await rome('/referentiel/typesContrats'), 403, 'SCOPE_MISSING');
    const get = await caller();
    const answers = [];
    for (let i = 0; i < 80; i++) {
      const answer = await get('/referentiel/regions');
      answers.push(answer);
      if (answer.statusCode === 429) break;
    }
    const limited = answers.find((response) => response.statusCode === 429);
    assert.ok(limited, 'the burst of 20 calls is exceeded');
    assertPartnerError(limited, 429, 'RATE_LIMITED');
    assert.match(String(limited.headers['retry-after']), /^\d+$/);
  });

  test('the OpenAPI document of the API is valid and documents the cursor, the 410 and the salary bounds', async () => {
    const response = await t.app.inject({ url: '/developpeurs/api/offres-d-emploi/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json<OpenApiDocument>();
    const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    assert.deepEqual(Object.keys(document.paths).sort(), [`${BASE}/offres/search`, `${BASE}/offres/{id}`, `${BASE}/referentiel/{name}`]);
    const search = document.paths[`${BASE}/offres/search`]!.get!;
    const names = search.parameters?.map((parameter) => parameter.name) ?? [];
    for (const name of ['range', 'sort', 'motsCles', 'codeROME', 'commune', 'distance', 'departement', 'typeContrat', 'experience', 'qualification', 'salaireMin', 'periodeSalaire', 'publieeDepuis', 'minCreationDate', 'maxCreationDate', 'origineOffre', 'curseur']) {
      assert.ok(names.includes(name), name);
    }
    assert.match(search.description ?? '', /curseur/);
    assert.ok(search.responses['206']?.headers?.Link);
    assert.ok(document.paths[`${BASE}/offres/{id}`]!.get!.responses['410']);
    assert.match(JSON.stringify(document), /euros bruts mensuels/);
  });
});
