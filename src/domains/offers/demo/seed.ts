import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../../platform/db/database.js';
import { AGENCY_SOURCE, DEMO_PARTNER_SOURCES, type GeneratorSource, loadGeneratorReferentials, sourceFileName, writeFeed } from '../generator/index.js';
import { importOffers } from '../ingestion/ingestion.plugin.js';
import { showcaseOffers } from './showcase.data.js';

/** A few thousand offers: enough for facets, paging and distances, quick to load on PGlite. */
export const DEMO_OFFER_COUNT = 3000;
const DEMO_SEED = 2013;
const FEED_NAME = 'demo-offres.jsonl';
export const DEMO_SOURCES: readonly GeneratorSource[] = [AGENCY_SOURCE, ...DEMO_PARTNER_SOURCES];

/** True when every demo feed was imported to the end (the demo is loaded: nothing to do). */
async function isSeeded(db: Db): Promise<boolean> {
  const expected = DEMO_SOURCES.map((s) => `${s.slug}/${path.basename(sourceFileName(FEED_NAME, s.slug, DEMO_SOURCES.length))}`);
  const done = await db
    .selectFrom('offer_imports')
    .select(['source', 'file_name'])
    .where('status', '=', 'terminee')
    .where('file_name', 'in', [...expected.map((e) => e.split('/')[1]!)])
    .execute();
  const found = new Set(done.map((row) => `${row.source}/${row.file_name}`));
  return expected.every((key) => found.has(key));
}

/**
 * The demo job offers: the agency and three partner boards, generated over the referentials in
 * the database (the demo subset, or the full files once imported) with some offers published by
 * several boards, then imported by the offers import like any feed; plus hand-written agency
 * offers in Paris, Lyon and Marseille. Dates are relative to the day it runs. Once loaded,
 * running it again changes nothing.
 */
export async function seedOffersDemo(db: Db): Promise<void> {
  for (const source of DEMO_SOURCES) {
    await db
      .insertInto('offer_sources')
      .values({ slug: source.slug, name: source.name, url: source.url, logo: null, kind: source.kind })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
  if (await isSeeded(db)) return;
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'emploi-store-demo-offres-'));
  try {
    const out = path.join(dir, FEED_NAME);
    const referentials = await loadGeneratorReferentials(db);
    const summary = await writeFeed({ count: DEMO_OFFER_COUNT, seed: DEMO_SEED, sources: DEMO_SOURCES, referentials, now: today, duplicates: 0.06, malformed: 0, format: 'jsonl', out });
    const agencyFile = summary.sources.find((s) => s.slug === AGENCY_SOURCE.slug)!.file!;
    await appendFile(agencyFile, showcaseOffers(today).map((offer) => `${JSON.stringify(offer)}\n`).join(''));
    for (const source of summary.sources) await importOffers(db, { source: source.slug, file: source.file!, format: 'jsonl' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
