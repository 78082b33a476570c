import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { isRejection, normaliseOffer } from './offer-record.normaliser.js';
import { sampleOffer } from './offers-feed.test-support.js';
import { readFeedFile } from './parsers/feed.reader.js';
import { PlaceResolver } from './places.resolver.js';

const COUNT = 200_000;
let handle: DatabaseHandle;
let dir: string;
before(async () => {
  handle = await createTestDatabase({ seed: seedReferentielsDemo });
  dir = await mkdtemp(path.join(os.tmpdir(), 'offers-memory-'));
});
after(async () => {
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

test(`a ${COUNT.toLocaleString('en')}-record JSON array (about 170 MB) is read and normalised in bounded memory`, { timeout: 600_000 }, async () => {
  const file = path.join(dir, 'feed.json');
  const out = createWriteStream(file);
  out.write('[\n');
  for (let n = 1; n <= COUNT; n++) {
    if (!out.write(`${n > 1 ? ',\n' : ''}${JSON.stringify(sampleOffer(n, { prefix: 'mem' }))}`)) await once(out, 'drain');
  }
  out.end(']\n');
  await once(out, 'finish');

  const places = await PlaceResolver.load(handle.db);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let valid = 0;
  let last = 0;
  for await (const item of readFeedFile(file, 'json')) {
    assert.equal(item.record, last + 1);
    last = item.record;
    const result = normaliseOffer(item.record, item.value, places, 2);
    if (!isRejection(result)) valid++;
    if (item.record % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  assert.equal(valid, COUNT);
  const growth = (peak - baseline) / 1e6;
  assert.ok(growth < 150, `RSS grew by ${Math.round(growth)} MB while streaming`);
});
