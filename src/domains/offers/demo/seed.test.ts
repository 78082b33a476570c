import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { embeddedReferentials, loadGeneratorReferentials } from '../generator/index.js';
import { canonicalDump } from '../ingestion/offers-feed.test-support.js';
import { DEMO_OFFER_COUNT, seedOffersDemo } from './seed.js';

let handle: DatabaseHandle;
before(async () => {
  handle = await createTestDatabase();
});
after(() => handle?.close());

test('the generator reads job titles and communes from the database, or its embedded list when the tables are empty', async () => {
  assert.equal((await loadGeneratorReferentials(handle.db)).origin, 'embedded');
  await seedReferentielsDemo(handle.db);
  const loaded = await loadGeneratorReferentials(handle.db);
  assert.equal(loaded.origin, 'database');
  assert.equal(loaded.jobTitles.length, embeddedReferentials().jobTitles.length);
  const paris = loaded.communes.find((c) => c.inseeCode === '75056')!;
  assert.equal(paris.departmentCode, '75');
  assert.ok(paris.postalCodes.includes('75015') && paris.latitude !== null);
});

test('the demo loads a few thousand offers from four sources, the showcase offers, and a second run changes nothing', async () => {
  const started = performance.now();
  await seedOffersDemo(handle.db);
  const seconds = (performance.now() - started) / 1000;
  console.log(`seedOffersDemo: ${seconds.toFixed(1)} s`);
  const { rows } = await sql<{ source: string; listings: number }>`
    SELECT source, count(*)::int AS listings FROM job_offer_listings GROUP BY source ORDER BY source`.execute(handle.db);
  assert.deepEqual(rows.map((r) => r.source), ['agence', 'carrieres-plus', 'emploi-direct', 'jobs-en-region']);
  assert.equal(rows.reduce((total, r) => total + r.listings, 0), DEMO_OFFER_COUNT + 3);
  const { rows: [stats] } = await sql<{ offers: number; shared: number; agency: number; placed: number; rome: number }>`
    SELECT count(*)::int AS offers,
      count(*) FILTER (WHERE (SELECT count(*) FROM job_offer_listings l WHERE l.offer_id = o.id) > 1)::int AS shared,
      count(*) FILTER (WHERE origin = 1)::int AS agency,
      count(*) FILTER (WHERE commune_code IS NOT NULL AND latitude IS NOT NULL)::int AS placed,
      count(*) FILTER (WHERE rome_code IS NOT NULL)::int AS rome
    FROM job_offers o`.execute(handle.db);
  // Republished offers are merged into one offer listing every board.
  assert.ok(stats!.offers < DEMO_OFFER_COUNT + 3 && stats!.offers > DEMO_OFFER_COUNT * 0.9, `${stats!.offers} offers`);
  assert.ok(stats!.shared > 50, `${stats!.shared} offers on several boards`);
  assert.ok(stats!.placed > stats!.offers * 0.95, `${stats!.placed} offers placed`);
  assert.ok(stats!.rome > stats!.offers * 0.95, `${stats!.rome} offers with a ROME code`);
  const imports = await handle.db.selectFrom('offer_imports').select(['source', 'status', 'rejected']).execute();
  assert.equal(imports.length, 4);
  assert.ok(imports.every((i) => i.status === 'terminee' && i.rejected === 0));

  const showcase = await handle.db.selectFrom('job_offers').selectAll().where('origin', '=', 1).where('intitule', 'in', ['Vendeur / Vendeuse en boulangerie', 'Serveur / Serveuse en restauration', 'Assistant administratif / Assistante administrative']).orderBy('intitule').execute();
  assert.deepEqual(showcase.map((o) => [o.commune_code, o.contract_type, o.rome_code, o.status]), [
    ['13055', 'CDI', 'M1607', 'active'],
    ['69123', 'CDD', 'G1803', 'active'],
    ['75056', 'CDI', 'D1106', 'active'],
  ]);
  const bakery = showcase[2]!;
  assert.equal(bakery.company_name, 'Boulangerie du Marais');
  assert.equal(bakery.postal_code, '75003');
  assert.ok(bakery.details.competences?.length === 3 && bakery.details.contact?.courriel && bakery.salary_label?.startsWith('Mensuel de 1850.00'));

  const before = await canonicalDump(handle.db);
  const again = performance.now();
  await seedOffersDemo(handle.db);
  assert.ok(performance.now() - again < 1000, 'a second run is immediate');
  assert.deepEqual(await canonicalDump(handle.db), before);
  assert.equal(await handle.db.selectFrom('offer_imports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)), 4);
});
