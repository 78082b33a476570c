import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { type BatchCounts, type PreparedOffer, writeBatch } from './offer-batch.writer.js';
import { expireEndedOffers, expireUnseenListings } from './offer-expiry.js';
import { offerDedupKey } from './offer-fields.js';
import { isRejection, normaliseOffer, type OfferDraft, type Rejection } from './offer-record.normaliser.js';
import { detectFeedFormat, type FeedFormat, readFeedFile } from './parsers/feed.reader.js';
import { PlaceResolver } from './places.resolver.js';
import { RomeResolver } from './rome.resolver.js';

export interface ImportOffersOptions {
  source: string;
  /** The name of a source created by this import (default: its slug). */
  sourceName?: string;
  file: string;
  format?: FeedFormat;
  mode?: 'complet' | 'partiel';
  batchSize?: number;
  /**
   * Batches written at the same time, on as many connections (1 by default; 2 pays on a PostgreSQL
   * server, whose work per offer outweighs the parsing). They still commit in the feed's order.
   */
  concurrency?: number;
  now?: () => Date;
  onBatch?: (progress: { records: number; importId: number }) => void;
}

export interface ImportSummary extends BatchCounts {
  importId: number;
  source: string;
  format: FeedFormat;
  mode: 'complet' | 'partiel';
  expired: number;
  /** Records already imported by an interrupted run of the same feed, skipped by this one. */
  resumedAfter: number;
  durationMs: number;
  recordsPerSecond: number;
  /** The first rejected records (at most 1000, as stored with the import). */
  rejections: Rejection[];
}

export class ImportInputError extends Error {}

const MAX_STORED_REJECTIONS = 1000;

async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The import row to continue (same source, feed and mode, unfinished) or a new one. */
async function openImport(db: Db, source: string, fileName: string, hash: string, format: FeedFormat, mode: 'complet' | 'partiel') {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT slug FROM offer_sources WHERE slug = ${source} FOR UPDATE`.execute(trx);
    const unfinished = await trx.selectFrom('offer_imports').selectAll().where('source', '=', source).where('status', '=', 'en-cours')
      .where('file_hash', '=', hash).where('mode', '=', mode).orderBy('id', 'desc').executeTakeFirst();
    await trx.updateTable('offer_imports').set({ status: 'echouee', finished_at: new Date() }).where('source', '=', source)
      .where('status', '=', 'en-cours').where('id', '!=', unfinished?.id ?? -1).execute();
    if (unfinished) return unfinished;
    return trx.insertInto('offer_imports').values({ source, file_name: fileName, file_hash: hash, format, mode }).returningAll().executeTakeFirstOrThrow();
  });
}


/**
 * Imports a partner feed: streamed, validated and normalised record by record, written by
 * batches (one transaction each, resumable after a crash), then — after the whole file — the
 * full-feed removals and the end-date expiry.
 */
export async function importOffers(db: Db, options: ImportOffersOptions): Promise<ImportSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const mode = options.mode ?? 'partiel';
  const batchSize = options.batchSize ?? 2000;
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(options.source)) throw new ImportInputError(`source invalide « ${options.source} » (minuscules, chiffres et tirets)`);
  const format = options.format ?? (await detectFeedFormat(options.file));
  if (!format) throw new ImportInputError('format du fichier inconnu : précisez --format json|jsonl|xml|csv');

  await db.insertInto('offer_sources').values({ slug: options.source, name: options.sourceName ?? options.source, kind: 'partenaire', url: null, logo: null })
    .onConflict((oc) => oc.column('slug').doNothing()).execute();
  const source = await db.selectFrom('offer_sources').select(['slug', 'kind']).where('slug', '=', options.source).executeTakeFirstOrThrow();
  const origin: 1 | 2 = source.kind === 'agence' ? 1 : 2;
  const hash = await fileHash(options.file);
  const job = await openImport(db, source.slug, path.basename(options.file), hash, format, mode);
  const importId = Number(job.id);
  const totals: BatchCounts = { records: job.records, created: job.created, updated: job.updated, unchanged: job.unchanged, merged: job.merged, rejected: job.rejected };
  const resumedAfter = job.records;

  const [places, romes] = await Promise.all([PlaceResolver.load(db), RomeResolver.load(db)]);
  let drafts: OfferDraft[] = [];
  let rejections: Rejection[] = [];
  let count = 0;
  // Batches written at once (each in its own transaction), committed in feed order.
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const inFlight: { done: Promise<void>; ids: Set<string>; keys: Set<string> }[] = [];
  let expectedRecords = totals.records;
  let expectedRejected = totals.rejected;

  const flush = async () => {
    const batchDrafts = drafts;
    const batchRejections = rejections;
    const batchCount = count;
    drafts = [];
    rejections = [];
    count = 0;
    const prepared = prepare(batchDrafts, romes, source.slug);
    const ids = new Set(prepared.map((offer) => offer.externalId));
    const keys = new Set(prepared.map((offer) => offer.dedupKey));
    // A batch that shares a record or a dedup key with one being written waits for it: it must see
    // what that one wrote, as in a sequential run.
    for (;;) {
      const overlapping = inFlight.findLast((batch) => [...ids].some((id) => batch.ids.has(id)) || [...keys].some((key) => batch.keys.has(key)));
      if (overlapping) await overlapping.done;
      else if (inFlight.length >= concurrency) await inFlight[0]!.done;
      else break;
    }
    const previous = inFlight.at(-1)?.done;
    const context = { importId, source: source.slug, recordsBefore: expectedRecords, rejectionRoom: MAX_STORED_REJECTIONS - expectedRejected };
    expectedRecords += batchCount;
    expectedRejected += batchRejections.length;
    const done = writeBatch(db, context, prepared, batchRejections, batchCount, previous).then((counts) => {
      for (const key of Object.keys(totals) as (keyof BatchCounts)[]) totals[key] += counts[key];
      options.onBatch?.({ records: totals.records, importId });
    });
    const entry = { done, ids, keys };
    inFlight.push(entry);
    // Leaves the list once written; a failure surfaces at the next wait (or at the end).
    done.then(() => inFlight.splice(inFlight.indexOf(entry), 1), () => undefined);
  };

  for await (const item of readFeedFile(options.file, format)) {
    if (item.record <= resumedAfter) continue;
    count++;
    if (item.error !== undefined) rejections.push({ record: item.record, field: '(enregistrement)', reason: item.error });
    else {
      const result = normaliseOffer(item.record, item.value, places, origin);
      if (isRejection(result)) rejections.push(result);
      else drafts.push(result);
    }
    if (count >= batchSize) await flush();
  }
  if (count > 0) await flush();
  while (inFlight.length) await inFlight[0]!.done;

  const expired = await db.transaction().execute(async (trx) => {
    const at = now();
    const unseen = mode === 'complet' ? await expireUnseenListings(trx, source.slug, importId, at) : 0;
    const ended = await expireEndedOffers(trx, at);
    await trx.updateTable('offer_imports').set({ status: 'terminee', finished_at: at, expired: unseen + ended }).where('id', '=', importId).execute();
    return unseen + ended;
  });
  // Fresh statistics keep the planner on the indexes after a big load (autovacuum may lag behind).
  if (totals.created + totals.merged - job.created - job.merged >= 20_000) await sql`ANALYZE job_offers, job_offer_listings`.execute(db);
  const stored = await db.selectFrom('offer_imports').select('rejections').where('id', '=', importId).executeTakeFirstOrThrow();
  const durationMs = performance.now() - started;
  return {
    importId, source: source.slug, format, mode, ...totals, expired, resumedAfter, durationMs,
    recordsPerSecond: durationMs > 0 ? Math.round(((totals.records - resumedAfter) * 1000) / durationMs) : 0,
    rejections: stored.rejections,
  };
}

/** Resolves the ROME codes of a batch (in memory), then hashes each row. */
function prepare(drafts: OfferDraft[], romes: RomeResolver, source: string): PreparedOffer[] {
  const queries = drafts.flatMap((d) => (d.romeQuery ? [d.romeQuery] : []));
  const matches = romes.resolveAll(queries);
  return drafts.map((draft) => {
    const row = draft.row;
    const match = draft.romeQuery ? matches.get(draft.romeQuery) : null;
    if (match) {
      row.rome_code = match.romeCode;
      row.rome_label = row.rome_label ?? match.romeLabel;
      row.appellation_code = match.ogrCode;
      row.appellation_label = row.appellation_label ?? match.label;
    } else if (row.rome_code && !row.rome_label) row.rome_label = romes.sheets.get(row.rome_code) ?? null;
    const hash = createHash('sha256').update(JSON.stringify([draft.url, row])).digest('base64url');
    return { externalId: draft.externalId, url: draft.url, hash, dedupKey: offerDedupKey(row, `${source}~${draft.externalId}`), row };
  });
}
