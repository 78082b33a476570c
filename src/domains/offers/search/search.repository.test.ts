import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedDemo } from '../../../setup.js';
import type { OfferSearchCriteria } from './search.criteria.js';
import { searchOffers } from './search.repository.js';
import { clearOffers, daysAgo, insertOffers, PLACES } from './offers.test-support.js';

let database: DatabaseHandle;
const ids: Record<string, string> = {};

before(async () => {
  database = await createTestDatabase({ seed: seedDemo });
  await clearOffers(database.db);
  const rows = [
    { key: 'boulangerLyon', intitule: 'Boulanger / Boulangère', description: 'Pétrissage et cuisson des pains.', created_at: daysAgo(2), experience_level: 1 as const, experience_code: 'D' as const, full_time: true, qualification_code: '6', contract_nature: 'E1', rome_code: 'D1102' },
    { key: 'boulangerVilleurbanne', intitule: 'Ouvrier boulanger', description: 'Fabrication de viennoiseries.', ...PLACES.villeurbanne, contract_type: 'CDD', created_at: daysAgo(5), experience_level: 2 as const, experience_code: 'S' as const, full_time: false, qualification_code: '6', contract_nature: 'E1', rome_code: 'D1102' },
    { key: 'boulangerStEtienne', intitule: 'Chef boulanger', description: 'Encadrement du fournil.', ...PLACES.saintEtienne, created_at: daysAgo(10), experience_level: 3 as const, experience_code: 'E' as const, full_time: true, qualification_code: '9', contract_nature: 'E2', rome_code: 'D1102', salary_min_monthly: 2800, salary_max_monthly: 3200 },
    { key: 'boulangerParis', intitule: 'Boulanger en intérim', description: 'Mission de nuit.', ...PLACES.paris, contract_type: 'MIS', created_at: daysAgo(20), experience_level: 1 as const, full_time: true, origin: 2 as const, rome_code: 'D1102', salary_min_monthly: 1900 },
    { key: 'developpeurLyon', intitule: 'Développeur web', description: 'Applications en TypeScript.', created_at: daysAgo(1), experience_level: 2 as const, full_time: true, qualification_code: '9', rome_code: 'M1805' },
    { key: 'electricienLyon', intitule: 'Électricien du bâtiment', description: 'Installations électriques.', created_at: daysAgo(40), full_time: true, rome_code: 'F1602' },
  ];
  for (const { key, ...row } of rows) ids[key] = (await insertOffers(database.db, [row]))[0]!;
  // An expired offer never comes back.
  await insertOffers(database.db, [{ intitule: 'Boulanger expiré', status: 'expiree', expired_at: daysAgo(1), created_at: daysAgo(3) }]);
});
after(async () => database?.close());

const search = (criteria: Partial<OfferSearchCriteria>) => searchOffers(database.db, { limit: 20, ...criteria });
const idsOf = (result: { offers: { id: string }[] }) => result.offers.map((offer) => offer.id);
const names = (...keys: string[]) => keys.map((key) => ids[key]);

describe('searchOffers', () => {
  it('finds by keywords, accents and case folded, and never an expired offer', async () => {
    const result = await search({ keywords: 'BOULANGER', sort: 'date' });
    assert.deepEqual(idsOf(result), names('boulangerLyon', 'boulangerVilleurbanne', 'boulangerStEtienne', 'boulangerParis'));
    assert.equal(result.total, 4);
    assert.deepEqual(idsOf(await search({ keywords: 'électricien' })), names('electricienLyon'));
    assert.deepEqual(idsOf(await search({ keywords: 'ELECTRICIENS' })), names('electricienLyon'));
    assert.deepEqual(idsOf(await search({ keywords: 'viennoiserie' })), names('boulangerVilleurbanne'));
    assert.equal((await search({ keywords: 'plombier' })).total, 0);
  });

  it('finds within a distance of a commune, with real coordinates (Villeurbanne is 4 km from Lyon, Saint-Étienne 50)', async () => {
    const within = async (km: number) => (await search({ keywords: 'boulanger', communeCodes: ['69123'], distanceKm: km, sort: 'distance' }));
    assert.deepEqual(idsOf(await within(0)), names('boulangerLyon'));
    assert.deepEqual(idsOf(await within(5)), names('boulangerLyon', 'boulangerVilleurbanne'));
    const far = await within(100);
    assert.deepEqual(idsOf(far), names('boulangerLyon', 'boulangerVilleurbanne', 'boulangerStEtienne'));
    const distances = far.offers.map((offer) => offer.distance_km!);
    assert.equal(distances[0], 0);
    assert.ok(distances[1]! > 4 && distances[1]! < 5, `Lyon–Villeurbanne ${distances[1]} km`);
    assert.ok(distances[2]! > 45 && distances[2]! < 55, `Lyon–Saint-Étienne ${distances[2]} km`);
    assert.equal((await within(10)).total, 2, 'default-like 10 km keeps Lyon and Villeurbanne');
  });

  it('applies each filter', async () => {
    const check = async (criteria: Partial<OfferSearchCriteria>, expected: string[]) =>
      assert.deepEqual(new Set(idsOf(await search(criteria))), new Set(names(...expected)), JSON.stringify(criteria));
    await check({ contractTypes: ['CDD', 'MIS'] }, ['boulangerVilleurbanne', 'boulangerParis']);
    await check({ departmentCodes: ['42', '75'] }, ['boulangerStEtienne', 'boulangerParis']);
    await check({ regionCode: '11' }, ['boulangerParis']);
    await check({ experienceLevels: [3] }, ['boulangerStEtienne']);
    await check({ experienceCodes: ['D'] }, ['boulangerLyon']);
    await check({ qualification: '9' }, ['boulangerStEtienne', 'developpeurLyon']);
    await check({ qualification: '0' }, ['boulangerLyon', 'boulangerVilleurbanne']);
    await check({ contractNatures: ['E2'] }, ['boulangerStEtienne']);
    await check({ fullTime: false }, ['boulangerVilleurbanne']);
    await check({ publishedSinceDays: 3 }, ['boulangerLyon', 'developpeurLyon']);
    await check({ minCreationDate: daysAgo(11), maxCreationDate: daysAgo(4) }, ['boulangerVilleurbanne', 'boulangerStEtienne']);
    await check({ createdAfter: daysAgo(1.5) }, ['developpeurLyon']);
    await check({ origin: 2 }, ['boulangerParis']);
    await check({ romeCodes: ['M1805', 'F1602'] }, ['developpeurLyon', 'electricienLyon']);
    await check({ salaryMinMonthly: 2000 }, ['boulangerStEtienne']);
  });

  it('counts each facet without its own filter, exactly', async () => {
    const result = await search({ keywords: 'boulanger', contractTypes: ['CDI'], facets: ['typeContrat', 'experience', 'qualification', 'natureContrat', 'departement', 'tempsPlein', 'publieeDepuis'] });
    assert.equal(result.total, 2);
    const facet = (name: string) => Object.fromEntries(result.facets.find((f) => f.name === name)!.values.map((v) => [v.value, v.count]));
    assert.deepEqual(facet('typeContrat'), { CDI: 2, CDD: 1, MIS: 1 });
    assert.deepEqual(facet('experience'), { 1: 1, 3: 1 });
    assert.deepEqual(facet('qualification'), { 0: 1, 9: 1 });
    assert.deepEqual(facet('natureContrat'), { E1: 1, E2: 1 });
    assert.deepEqual(facet('departement'), { 69: 1, 42: 1 });
    assert.deepEqual(facet('tempsPlein'), { true: 2 });
    assert.deepEqual(facet('publieeDepuis'), { 1: 0, 3: 1, 7: 1, 14: 2, 31: 2 });
  });

  it('sorts by relevance (title before description, then recency), date and distance', async () => {
    const relevance = await search({ keywords: 'boulanger', sort: 'relevance' });
    assert.equal(relevance.total, 4);
    assert.equal(relevance.offers[0]!.id, ids.boulangerLyon, 'a recent offer with the word in its title comes first');
    const byDate = await search({ sort: 'date' });
    const created = byDate.offers.map((offer) => offer.created_at.getTime());
    assert.deepEqual(created, [...created].sort((a, b) => b - a));
    const byDistance = await search({ communeCodes: ['42218'], distanceKm: 100, sort: 'distance' });
    assert.equal(byDistance.offers[0]!.id, ids.boulangerStEtienne);
    assert.equal(await search({ sort: 'distance' }).then((r) => r.offers[0]!.id), ids.developpeurLyon, 'distance without commune falls back to date');
  });

  it('pages by offset and by cursor, the same offers once each', async () => {
    for (const sort of ['date', 'relevance', 'distance'] as const) {
      const criteria: Partial<OfferSearchCriteria> = sort === 'relevance' ? { keywords: 'boulanger' } : sort === 'distance' ? { communeCodes: ['69123'], distanceKm: 1000 } : {};
      const all = idsOf(await search({ ...criteria, sort, limit: 50 }));
      const seen: string[] = [];
      let page = await search({ ...criteria, sort, limit: 2 });
      seen.push(...idsOf(page));
      while (page.nextCursor) {
        page = await search({ ...criteria, sort, limit: 2, cursor: page.nextCursor });
        seen.push(...idsOf(page));
      }
      assert.deepEqual(seen, all, `cursor paging by ${sort}`);
      const second = await search({ ...criteria, sort, limit: 2, offset: 2 });
      assert.deepEqual(idsOf(second), all.slice(2, 4), `offset paging by ${sort}`);
    }
    const last = await search({ sort: 'date', limit: 50 });
    assert.equal(last.nextCursor, null);
  });

  it('refuses a forged cursor or one made for another sort', async () => {
    const page = await search({ sort: 'date', limit: 1 });
    await assert.rejects(search({ sort: 'date', cursor: 'not-a-cursor' }), { code: 'OFFER_CURSOR_INVALID' });
    await assert.rejects(search({ keywords: 'boulanger', sort: 'relevance', cursor: page.nextCursor! }), { code: 'OFFER_CURSOR_INVALID' });
  });
});
