import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { offersCaller } from './contract.test-support.js';

/** La Poste's base holds Paris's arrondissements, not the city: commune=75056 stands for them. */
let t: TestApp;
before(async () => {
  t = await buildTestApp({ seed: false });
  await sql`INSERT INTO communes (insee_code, name, department_code, latitude, longitude) VALUES
    ('75101', 'Paris 01', '75', 48.8626, 2.3363), ('75111', 'Paris 11', '75', 48.8591, 2.3800), ('92012', 'Boulogne-Billancourt', '92', 48.8365, 2.2399)
    ON CONFLICT DO NOTHING`.execute(t.db);
  await sql`INSERT INTO offer_sources (slug, name, url, logo, kind) VALUES ('agence', 'Emploi Store', NULL, NULL, 'agence') ON CONFLICT DO NOTHING`.execute(t.db);
  await sql`INSERT INTO job_offers (id, intitule, commune_code, postal_code, department_code, latitude, longitude, contract_type, origin, created_at, updated_at, dedup_key) VALUES
    ('A000011', 'Boulanger (H/F)', '75111', '75011', '75', 48.8591, 2.3800, 'CDI', 1, now(), now(), 'a11'),
    ('A000092', 'Boulanger (H/F)', '92012', '92100', '92', 48.8365, 2.2399, 'CDI', 1, now(), now(), 'a92')`.execute(t.db);
});
after(() => t.close());

test('commune=75056 (the city) finds the offers of its arrondissements, and within a distance their neighbours', async () => {
  const get = await offersCaller(t.app, t.db);
  const ids = async (query: string) => {
    const response = await get(`/offres/search?${query}`);
    assert.ok([200, 206, 204].includes(response.statusCode), `${query}: ${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? [] : response.json<{ resultats: { id: string }[] }>().resultats.map((offer) => offer.id).sort();
  };
  assert.deepEqual(await ids('commune=75056&distance=0'), ['A000011']);
  assert.deepEqual(await ids('commune=75056&distance=20'), ['A000011', 'A000092']);
  assert.deepEqual(await ids('commune=75111&distance=0'), ['A000011']);
  const unknown = await get('/offres/search?commune=13055');
  assert.equal(unknown.statusCode, 400, 'Marseille without any of its arrondissements in the referential is unknown');
});
