import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { AGENCY_SOURCE, DEMO_PARTNER_SOURCES, loadGeneratorReferentials, writeFeed } from '../generator/index.js';
import { importOffers } from './import-offers.service.js';
import { canonicalDump } from './offers-feed.test-support.js';

/**
 * Two batches written at once (on a PostgreSQL server; PGlite has one connection) give exactly
 * what one batch at a time gives: same offers, same listings, same merges across sources, even
 * when a record comes back in a later batch (it waits for the batch that holds its first copy).
 */
let sequential: DatabaseHandle;
let concurrent: DatabaseHandle;
let dir: string;
before(async () => {
  [sequential, concurrent] = await Promise.all([createTestDatabase({ seed: seedReferentielsDemo }), createTestDatabase({ seed: seedReferentielsDemo })]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'offers-concurrent-'));
});
after(async () => {
  await Promise.all([sequential.close(), concurrent.close()]);
  await rm(dir, { recursive: true, force: true });
});

test('concurrent batches give the same result as sequential ones', { timeout: 240_000 }, async () => {
  const sources = [AGENCY_SOURCE, DEMO_PARTNER_SOURCES[0]!, DEMO_PARTNER_SOURCES[1]!];
  const summary = await writeFeed({
    count: 1200, seed: 7, sources, referentials: await loadGeneratorReferentials(sequential.db), now: Date.parse('2026-11-20T00:00:00Z'),
    duplicates: 0.25, malformed: 0.02, format: 'jsonl', out: path.join(dir, 'feed.jsonl'),
  });
  // Records that come back, changed, 45 records later (in the next batch, while the first copy may
  // still be being written): the later batch must update what the earlier one created.
  for (const source of summary.sources) {
    const lines = (await readFile(source.file!, 'utf8')).trim().split('\n');
    const out: string[] = [];
    lines.forEach((line, index) => {
      out.push(line);
      const back = index - 45;
      if (back >= 0 && back < 90 && back % 3 === 0) out.push(lines[back]!.replace('"intitule":"', '"intitule":"Nouveau : '));
    });
    await writeFile(source.file!, `${out.join('\n')}\n`);
  }
  const parallel = concurrent.kind === 'postgres' ? 2 : 1;
  let merged = 0;
  for (const source of summary.sources) {
    const one = await importOffers(sequential.db, { source: source.slug, file: source.file!, mode: 'complet', batchSize: 40, now: () => new Date('2026-11-21T00:00:00Z') });
    const two = await importOffers(concurrent.db, { source: source.slug, file: source.file!, mode: 'complet', batchSize: 40, concurrency: parallel, now: () => new Date('2026-11-21T00:00:00Z') });
    const { durationMs: _a, recordsPerSecond: _b, importId: _c, ...expected } = one;
    const { durationMs: _d, recordsPerSecond: _e, importId: _f, ...actual } = two;
    assert.deepEqual(actual, expected, source.slug);
    assert.ok(one.updated >= 20 && one.created + one.merged > 300, `${source.slug}: ${JSON.stringify(expected)}`);
    merged += one.merged;
  }
  assert.ok(merged > 100, 'offers published by several boards were merged');
  assert.deepEqual(await canonicalDump(concurrent.db), await canonicalDump(sequential.db));
});
