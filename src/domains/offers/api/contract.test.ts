import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { assertNoNull, assertPartnerError } from '../../developer/partner-apis/partner-apis.test-support.js';
import { CONTRACTS, DETAILED_ID, insertOffers, insertReferentials, insertSpecialOffers, offersCaller } from './contract.test-support.js';

/**
 * The « Offres d'emploi v2 » contract: the requests third-party clients send, answered exactly as
 * the original API answers them (statuses, Content-Range/Accept-Range, body shapes, error bodies).
 * 494 generated offers + 2 special active ones = 496; one expired offer.
 */
const BULK = 494;
const TOTAL = 496;
type Offre = Record<string, unknown> & { id: string; dateCreation: string };
type Page = { resultats: Offre[]; filtresPossibles: { filtre: string; agregation: { valeurPossible: string; nbResultats: number }[] }[]; curseurSuivant?: string };
const facet = (page: Page, name: string) =>
  Object.fromEntries(page.filtresPossibles.find((item) => item.filtre === name)!.agregation.map((value) => [value.valeurPossible, value.nbResultats]));
const bulk = (keep: (g: number) => boolean) => Array.from({ length: BULK }, (_, i) => i + 1).filter(keep);

describe('Offres d’emploi v2 — contract', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
    await insertReferentials(t.db);
    await insertOffers(t.db, BULK);
    await insertSpecialOffers(t.db);
  });
  after(() => t.close());
  const caller = () => offersCaller(t.app, t.db);

  test('?range=0-149 with 496 offers: 206, Content-Range offres 0-149/496, Accept-Range 150, four facets with exact counts', async () => {
    const get = await caller();
    const response = await get('/offres/search?range=0-149');
    assert.equal(response.statusCode, 206);
    assert.equal(response.headers['content-range'], `offres 0-149/${TOTAL}`);
    assert.equal(response.headers['accept-range'], '150');
    const page = response.json<Page>();
    assert.equal(page.resultats.length, 150);
    assertNoNull(page);
    assert.deepEqual(page.filtresPossibles.map((item) => item.filtre).sort(), ['experience', 'natureContrat', 'qualification', 'typeContrat']);
    const expectedTypes: Record<string, number> = {};
    for (const g of bulk(() => true)) expectedTypes[CONTRACTS[g % 4]!] = (expectedTypes[CONTRACTS[g % 4]!] ?? 0) + 1;
    expectedTypes.CDD! += 1; // the detailed offer
    expectedTypes.CDI! += 1; // Lyon
    assert.deepEqual(facet(page, 'typeContrat'), expectedTypes);
    assert.deepEqual(facet(page, 'qualification'), { '9': bulk((g) => g % 5 === 0).length, '0': bulk((g) => g % 5 !== 0).length + 1 });
    assert.deepEqual(facet(page, 'natureContrat'), { E1: bulk((g) => g % 10 !== 0).length + 1, E2: bulk((g) => g % 10 === 0).length });
    assert.deepEqual(facet(page, 'experience'), { '1': bulk((g) => g % 3 === 0).length, '2': bulk((g) => g % 3 === 1).length + 1, '3': bulk((g) => g % 3 === 2).length });
    const dates = page.resultats.map((offer) => offer.dateCreation);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'without keywords: newest first');
    assert.ok(page.curseurSuivant && String(response.headers.link).includes(`curseur=${page.curseurSuivant}`));

    const defaulted = await get('/offres/search');
    assert.equal(defaulted.headers['content-range'], `offres 0-149/${TOTAL}`);
    const end = await get('/offres/search?range=450-599');
    assert.equal(end.statusCode, 206);
    assert.equal(end.headers['content-range'], `offres 450-495/${TOTAL}`);
    assert.equal(end.json<Page>().resultats.length, 46);
    assert.equal(end.json<Page>().curseurSuivant, undefined);
    assert.equal(end.headers.link, undefined);
  });

  test('ranges over 150 results or past the cap: 400 « La plage de résultats demandée est trop importante. »', async () => {
    const get = await caller();
    for (const range of ['150-400', '3100-3200', '0-150', '3001-3010']) {
      const error = assertPartnerError(await get(`/offres/search?range=${range}`), 400, 'RANGE_TOO_LARGE');
      assert.equal(error.message, 'La plage de résultats demandée est trop importante.', range);
    }
    assertPartnerError(await get('/offres/search?range=3000-3149'), 400, 'RANGE_PAST_RESULTS');
    assertPartnerError(await get('/offres/search?range=20-10'), 400, 'RANGE_INVALID');
    assertPartnerError(await get('/offres/search?range=0-'), 400, 'INVALID_PARAMETER');
  });

  test('?motsCles=boulanger&commune=75056&distance=10&typeContrat=CDI,CDD&range=0-149&sort=1: 200, every result fits, facets counted without their own filter', async () => {
    const get = await caller();
    const response = await get('/offres/search?motsCles=boulanger&commune=75056&distance=10&typeContrat=CDI,CDD&range=0-149&sort=1');
    assert.equal(response.statusCode, 200);
    const expected = bulk((g) => g % 4 === 0).length + 1; // bakers are the even g; CDI is g % 4 = 0; plus the detailed CDD
    assert.equal(response.headers['content-range'], `offres 0-${expected - 1}/${expected}`);
    assert.equal(response.headers['accept-range'], '150');
    const page = response.json<Page>();
    assert.equal(page.resultats.length, expected);
    assert.ok(page.resultats.every((offer) => ['CDI', 'CDD'].includes(offer.typeContrat as string) && offer.romeCode === 'D1102'));
    assert.ok(!page.resultats.some((offer) => (offer.lieuTravail as { commune: string }).commune === '69123'), 'Lyon is 390 km away');
    const dates = page.resultats.map((offer) => offer.dateCreation);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual(facet(page, 'typeContrat'), { CDI: bulk((g) => g % 4 === 0).length, MIS: bulk((g) => g % 4 === 2).length, CDD: 1 });
    assert.equal(page.curseurSuivant, undefined);

    const postal = await get('/offres/search?motsCles=boulanger&commune=75001&distance=10&typeContrat=CDI,CDD&range=0-149&sort=1');
    assert.equal(postal.headers['content-range'], response.headers['content-range'], '75001 is a postal code of Paris');
    const inParis = await get('/offres/search?commune=75056&distance=0');
    assert.equal(inParis.headers['content-range'], `offres 0-149/${bulk((g) => g % 3 !== 0).length + 1}`);
    const near = await get('/offres/search?commune=75001');
    assert.equal(near.headers['content-range'], `offres 0-149/${BULK + 1}`, 'distance 10 km by default: Boulogne in, Lyon out');
    assertPartnerError(await get('/offres/search?commune=99999'), 400, 'INVALID_PARAMETER');
  });

  test('?publieeDepuis=7 keeps the offers of the last 7 days; no match is a 204 without a body', async () => {
    const get = await caller();
    const week = await get('/offres/search?publieeDepuis=7');
    assert.equal(week.statusCode, 206);
    assert.equal(week.headers['content-range'], 'offres 0-149/168');
    const none = await get('/offres/search?motsCles=xqzwykvb');
    assert.equal(none.statusCode, 204);
    assert.equal(none.body, '');
    assert.equal((await get('/offres/search?paysContinent=AS')).statusCode, 204, 'every offer is in France');
    assert.equal((await get('/offres/search?grandDomaine=A')).statusCode, 204, 'no ROME sheet of grand domaine A');
    assert.equal((await get('/offres/search?domaine=D11&range=0-9')).headers['content-range'], `offres 0-9/${TOTAL - 1}`, 'the Lyon offer has no ROME code');
  });

  test('invalid parameters: 400 {codeHttp, message, codeErreur} with a French message naming the parameter', async () => {
    const get = await caller();
    const cases: [string, string][] = [
      ['salaireMin=2000', 'periodeSalaire'],
      ['minCreationDate=2026-01-01T00:00:00Z', 'maxCreationDate'],
      ['maxCreationDate=2026-01-01T00:00:00Z', 'minCreationDate'],
      ['minCreationDate=2026-01-01', 'minCreationDate'],
      ['typeContrat=CDI,XYZ', 'typeContrat'],
      ['sort=3', 'sort'],
      ['distance=abc', 'distance'],
      ['experience=4', 'experience'],
      ['publieeDepuis=2', 'publieeDepuis'],
      ['commune=75056,75001,69123,92012,75011,69001', 'commune'],
      ['departement=75,92,93,94,95,91', 'departement'],
      ['codeNAF=10.71', 'codeNAF'],
      ['niveauFormation=NV6', 'niveauFormation'],
      ['dureeHebdoMin=3575', 'dureeHebdoMin'],
      ['region=99', 'region'],
      [`codeROME=${Array(201).fill('D1102').join(',')}`, 'codeROME'],
    ];
    for (const [query, name] of cases) {
      const error = assertPartnerError(await get(`/offres/search?${query}`), 400, 'INVALID_PARAMETER');
      assert.match(error.message, new RegExp(`« ${name} »`), query);
    }
    const salary = await get('/offres/search?salaireMin=2100&periodeSalaire=M');
    assert.equal(salary.statusCode, 200);
    assert.deepEqual(salary.json<Page>().resultats.map((offer) => offer.id), [DETAILED_ID], 'its known maximum (2300) reaches 2100');
    assert.equal((await get('/offres/search?salaireMin=30000&periodeSalaire=A')).statusCode, 204, '2500 a month: above every known salary');
    assert.equal((await get('/offres/search?salaireMin=13&periodeSalaire=H')).statusCode, 200, '13 € an hour ≈ 1972 € a month');
  });
});

describe('Offres d’emploi v2 — past the 3,150-result cap with the cursor', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
    await insertReferentials(t.db);
    await insertOffers(t.db, 3200);
  });
  after(() => t.close());

  test('?range=3000-3149 answers 206 offres 3000-3149/3200; its curseur continues with 3150-3199 in the same order', async () => {
    const get = await offersCaller(t.app, t.db);
    const last = await get('/offres/search?range=3000-3149&sort=1');
    assert.equal(last.statusCode, 206);
    assert.equal(last.headers['content-range'], 'offres 3000-3149/3200');
    const page = last.json<Page>();
    assert.deepEqual(page.resultats.map((offer) => offer.id), Array.from({ length: 150 }, (_, i) => `T${String(3001 + i).padStart(6, '0')}`));
    assertPartnerError(await get('/offres/search?range=3100-3200&sort=1'), 400, 'RANGE_TOO_LARGE');
    assertPartnerError(await get('/offres/search?range=3150-3199&sort=1'), 400, 'RANGE_TOO_LARGE');

    const link = /^<([^>]+)>; rel="next"$/.exec(String(last.headers.link));
    assert.ok(link, String(last.headers.link));
    const url = new URL(link[1]!);
    assert.equal(url.searchParams.get('curseur'), page.curseurSuivant);
    assert.equal(url.searchParams.get('sort'), '1');
    const next = await get(`/offres/search${url.search}`);
    assert.equal(next.statusCode, 206);
    assert.equal(next.headers['content-range'], 'offres 3150-3199/3200');
    const rest = next.json<Page>();
    assert.deepEqual(rest.resultats.map((offer) => offer.id), Array.from({ length: 50 }, (_, i) => `T${String(3151 + i).padStart(6, '0')}`));
    assert.equal(rest.curseurSuivant, undefined);
    assert.equal(next.headers.link, undefined);

    const otherFilters = await get(`/offres/search?curseur=${page.curseurSuivant}&sort=1&typeContrat=CDI`);
    assertPartnerError(otherFilters, 400, 'OFFER_CURSOR_INVALID');
    assertPartnerError(await get('/offres/search?curseur=bm90LWEtY3Vyc29y&sort=1'), 400, 'OFFER_CURSOR_INVALID');
  });
});
