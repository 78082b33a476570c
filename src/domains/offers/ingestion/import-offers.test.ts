import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { importOffers } from './import-offers.service.js';
import { registerOffersIngestion } from './ingestion.plugin.js';
import { canonicalDump, sampleOffer } from './offers-feed.test-support.js';

let handle: DatabaseHandle;
let dir: string;
before(async () => {
  handle = await createTestDatabase({ seed: seedReferentielsDemo });
  dir = await mkdtemp(path.join(os.tmpdir(), 'offers-import-'));
});
after(async () => {
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

let files = 0;
async function feed(records: unknown[], extension = 'jsonl'): Promise<string> {
  const file = path.join(dir, `feed-${++files}.${extension}`);
  await writeFile(file, extension === 'json' ? JSON.stringify(records) : records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'));
  return file;
}
const offer = (id: string, extra: Record<string, unknown> = {}) => ({ id, intitule: 'Boulanger (H/F)', typeContrat: 'CDI', dateCreation: '2026-11-02T10:00:00Z', ...extra });

test('bad records are rejected with their number, field and reason; the good ones are imported', async () => {
  const file = await feed([
    offer('ok-1'),
    { id: 'ko-2', typeContrat: 'CDI', dateCreation: '2026-11-02' },
    offer('ko-3', { typeContrat: 'Stage' }),
    offer('ko-4', { dateCreation: '02/11/2026' }),
    '{"id": "ko-5", oops}',
    offer('ko-6', { nombrePostes: 0 }),
    offer('', {}),
    offer('ok-8', { typeContrat: 'Contrat à durée déterminée' }),
  ]);
  const summary = await importOffers(handle.db, { source: 'valid-test', file });
  assert.deepEqual([summary.records, summary.created, summary.rejected], [8, 2, 6]);
  assert.deepEqual(summary.rejections.map((r) => [r.record, r.field]), [
    [2, 'intitule'], [3, 'typeContrat'], [4, 'dateCreation'], [5, '(enregistrement)'], [6, 'nombrePostes'], [7, 'id'],
  ]);
  assert.match(summary.rejections[1]!.reason, /type de contrat inconnu « Stage »/);
  const stored = await handle.db.selectFrom('offer_imports').selectAll().where('id', '=', summary.importId).executeTakeFirstOrThrow();
  assert.equal(stored.status, 'terminee');
  assert.equal(stored.rejections.length, 6);
  const source = await handle.db.selectFrom('offer_sources').selectAll().where('slug', '=', 'valid-test').executeTakeFirstOrThrow();
  assert.deepEqual([source.name, source.kind], ['valid-test', 'partenaire']);
});

test('ROME code, commune, experience, salary and working time are normalised from the demo referentials', async () => {
  const file = await feed([
    offer('n-1', { lieuTravail: { libelle: '75 - Paris', codePostal: '75011' }, experienceExige: 'E', experienceLibelle: '2 ans',
      salaire: { libelle: 'Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois' }, dureeTravailLibelleConverti: 'Temps plein', entreprise: { nom: 'Fournil' } }),
    offer('n-2', { intitule: 'Serveuse de restaurant', lieuTravail: { libelle: 'Nantes' }, salaire: { libelle: 'Annuel de 30000 Euros' }, experienceLibelle: '5 ans',
      dureeTravailLibelleConverti: 'Temps partiel', typeContrat: 'interim' }),
    offer('n-3', { intitule: 'Aide soignante de nuit', lieuTravail: { commune: '69123' }, salaire: { libelle: 'Horaire de 11.88 Euros' }, experienceExige: 'D' }),
    offer('n-4', { intitule: 'Astronaute lunaire', romeCode: 'D1102', lieuTravail: { libelle: 'Atlantide' } }),
  ]);
  const summary = await importOffers(handle.db, { source: 'norm-test', file });
  assert.equal(summary.created, 4);
  const rows = await handle.db.selectFrom('job_offers').innerJoin('job_offer_listings', 'offer_id', 'id').selectAll('job_offers')
    .select('external_id').where('source', '=', 'norm-test').orderBy('external_id').execute();
  const [a, b, c, d] = rows;
  assert.deepEqual([a!.rome_code, a!.appellation_code, a!.commune_code, a!.postal_code, a!.department_code, a!.region_code], ['D1102', '11573', '75056', '75011', '75', '11']);
  assert.ok(a!.latitude && a!.longitude);
  assert.deepEqual([a!.experience_level, a!.salary_min_monthly, a!.salary_max_monthly, a!.full_time, a!.origin], [2, 2000, 2300, true, 2]);
  assert.deepEqual([b!.rome_code, b!.commune_code, b!.contract_type, b!.salary_min_monthly, b!.experience_level, b!.full_time], ['G1803', '44109', 'MIS', 2500, 3, false]);
  assert.equal(c!.rome_code, 'J1501', 'fuzzy pg_trgm match of a misspelt title');
  assert.equal(c!.commune_code, '69123');
  assert.equal(c!.experience_level, 1);
  assert.equal(c!.salary_min_monthly, 1801.84); // 11.88 € × 151.67 h
  assert.deepEqual([d!.rome_code, d!.rome_label, d!.appellation_code, d!.commune_code, d!.place_label], ['D1102', 'Boulangerie - viennoiserie', null, null, 'Atlantide']);
});

test('re-importing the same feed changes nothing; a changed record is updated', async () => {
  const offers = Array.from({ length: 30 }, (_, i) => sampleOffer(i + 1, { prefix: 'idem' }));
  const file = await feed(offers);
  const first = await importOffers(handle.db, { source: 'idem-test', file, batchSize: 7 });
  assert.deepEqual([first.created, first.updated, first.unchanged], [30, 0, 0]);
  const dump = await canonicalDump(handle.db);
  const second = await importOffers(handle.db, { source: 'idem-test', file, batchSize: 7 });
  assert.deepEqual([second.created, second.updated, second.unchanged, second.merged], [0, 0, 30, 0]);
  assert.deepEqual(await canonicalDump(handle.db), dump);
  offers[4] = sampleOffer(5, { prefix: 'idem', version: 2 });
  const third = await importOffers(handle.db, { source: 'idem-test', file: await feed(offers, 'json') });
  assert.deepEqual([third.format, third.created, third.updated, third.unchanged], ['json', 0, 1, 29]);
  const changed = await handle.db.selectFrom('job_offers').innerJoin('job_offer_listings', 'offer_id', 'id').select('description')
    .where('source', '=', 'idem-test').where('external_id', '=', 'idem-5').executeTakeFirstOrThrow();
  assert.match(changed.description, /Version 2/);
});

test('the same offer on two boards is one offer listing both partners', async () => {
  const base = { intitule: 'Jardinier paysagiste H/F', entreprise: { nom: 'Les Jardins de Léa' }, lieuTravail: { codePostal: '69003' } };
  await importOffers(handle.db, { source: 'board-a', file: await feed([offer('a-1', { ...base, dateCreation: '2026-11-01T08:00:00Z' })]) });
  const summary = await importOffers(handle.db, { source: 'board-b', file: await feed([
    offer('b-1', { ...base, intitule: 'Jardinier Paysagiste (h/f)', entreprise: { nom: 'LES JARDINS DE LEA' }, dateCreation: '2026-11-05T08:00:00Z' }),
    offer('b-2', { ...base, dateCreation: '2026-11-20T08:00:00Z' }),
  ]) });
  assert.deepEqual([summary.merged, summary.created], [1, 1]);
  const listings = await handle.db.selectFrom('job_offer_listings').select(['source', 'external_id', 'offer_id']).where('source', 'in', ['board-a', 'board-b']).orderBy('external_id').execute();
  assert.equal(listings[0]!.offer_id, listings[1]!.offer_id, 'a-1 and b-1 share an offer');
  assert.notEqual(listings[2]!.offer_id, listings[0]!.offer_id, 'b-2 was created 19 days later: another offer');
  const again = await importOffers(handle.db, { source: 'board-b', file: await feed([offer('b-3', { ...base, dateCreation: '2026-11-02T08:00:00Z' })]) });
  assert.equal(again.merged, 0, 'a source lists an offer once');
});

test('a full feed expires the offers it no longer lists; listing them again brings them back', async () => {
  const offers = Array.from({ length: 10 }, (_, i) => offer(`f-${i + 1}`, { entreprise: { nom: `Société ${i}` } }));
  await importOffers(handle.db, { source: 'full-test', file: await feed(offers), mode: 'complet' });
  const shared = offer('other-1', { entreprise: { nom: 'Société 9' } });
  assert.equal((await importOffers(handle.db, { source: 'full-other', file: await feed([shared]) })).merged, 1);
  const partial = await importOffers(handle.db, { source: 'full-test', file: await feed(offers.slice(0, 7)), mode: 'partiel' });
  assert.equal(partial.expired, 0, 'a partial feed expires nothing');
  const summary = await importOffers(handle.db, { source: 'full-test', file: await feed(offers.slice(0, 7)), mode: 'complet' });
  assert.deepEqual([summary.unchanged, summary.expired], [7, 2]);
  const state = await sql<{ external_id: string; status: string; removed: boolean; expired: boolean }>`
    SELECT l.external_id, o.status, l.removed_at IS NOT NULL AS removed, o.expired_at IS NOT NULL AS expired
    FROM job_offer_listings l JOIN job_offers o ON o.id = l.offer_id WHERE l.source = 'full-test' ORDER BY l.external_id`.execute(handle.db);
  const byId = Object.fromEntries(state.rows.map((r) => [r.external_id, [r.status, r.removed]]));
  assert.deepEqual(byId['f-8'], ['expiree', true]);
  assert.deepEqual(byId['f-10'], ['active', true], 'still listed by another source');
  assert.deepEqual(byId['f-1'], ['active', false]);
  const back = await importOffers(handle.db, { source: 'full-test', file: await feed(offers), mode: 'complet' });
  assert.deepEqual([back.updated, back.unchanged, back.expired], [3, 7, 0]);
  const active = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job_offers o JOIN job_offer_listings l ON l.offer_id = o.id
    WHERE l.source = 'full-test' AND o.status = 'active' AND l.removed_at IS NULL`.execute(handle.db);
  assert.equal(active.rows[0]!.n, 10);
});

test('offers past their end date expire at the end of an import and by the hourly job', async () => {
  const file = await feed([
    offer('e-1', { dateFin: '2020-01-31T00:00:00Z' }),
    offer('e-2', { dateFin: '2099-06-30T00:00:00Z' }),
    offer('e-3'),
  ]);
  const summary = await importOffers(handle.db, { source: 'end-test', file });
  assert.equal(summary.expired >= 1, true);
  const read = async () => Object.fromEntries((await handle.db.selectFrom('job_offers').innerJoin('job_offer_listings', 'offer_id', 'id')
    .select(['external_id', 'status', 'expired_at']).where('source', '=', 'end-test').execute()).map((r) => [r.external_id, r]));
  let rows = await read();
  assert.equal(rows['e-1']!.status, 'expiree');
  assert.equal(new Date(rows['e-1']!.expired_at!).toISOString(), '2020-01-31T00:00:00.000Z');
  assert.equal(rows['e-2']!.status, 'active');
  const app = Fastify();
  registerOffersIngestion(app);
  const job = app.scheduledJobs.find((j) => j.name === 'offers-expiry')!;
  assert.equal(job.everyMs, 3600_000);
  await job.run(handle.db, { now: new Date('2099-07-01T00:00:00Z'), runId: 'test', signal: new AbortController().signal });
  rows = await read();
  assert.deepEqual([rows['e-2']!.status, rows['e-3']!.status], ['expiree', 'active']);
  await app.close();
});
