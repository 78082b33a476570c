import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../../platform/db/database.js';
import { offerIdFromSeq } from '../offer-id.js';
import type { OfferRow, Rejection } from './offer-record.normaliser.js';

/** A valid record ready to write: its row, content hash and deduplication key. */
export interface PreparedOffer {
  externalId: string;
  url: string | null;
  hash: string;
  dedupKey: string;
  row: OfferRow;
}

export interface BatchCounts {
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
}

export interface BatchContext {
  importId: number;
  source: string;
  /** offer_imports.records before this batch: a batch applies only on top of exactly that. */
  recordsBefore: number;
  /** How many rejections the import row may still store (it keeps the first 1000). */
  rejectionRoom: number;
}

export class ImportConflictError extends Error {}

const DEDUP_WINDOW_MS = 7 * 24 * 3600 * 1000;
const OFFER_COLUMNS = [
  'intitule', 'description', 'rome_code', 'rome_label', 'appellation_code', 'appellation_label', 'commune_code', 'postal_code',
  'place_label', 'department_code', 'region_code', 'latitude', 'longitude', 'company_name', 'company_description', 'company_url',
  'company_logo', 'company_adapted', 'contract_type', 'contract_nature', 'experience_code', 'experience_label', 'experience_comment',
  'experience_level', 'qualification_code', 'qualification_label', 'naf_code', 'sector_code', 'sector_label', 'full_time',
  'working_hours_label', 'working_hours_converted', 'weekly_hours', 'contract_months', 'salary_label', 'salary_comment',
  'salary_complement1', 'salary_complement2', 'salary_min_monthly', 'salary_max_monthly', 'alternance', 'positions', 'accessible_th',
  'lacks_candidates', 'formation_levels', 'licence_codes', 'handi_engaged', 'mrs', 'details', 'origin', 'origin_url', 'created_at',
  'updated_at', 'ends_at', 'dedup_key',
] as const;
const COLUMN_LIST = sql.raw(OFFER_COLUMNS.join(', '));
const SET_LIST = sql.raw(OFFER_COLUMNS.map((c) => `${c} = r.${c}`).join(', '));

type Trx = Transaction<Database>;

/**
 * Writes one batch in one transaction, with the import's counters and rejections: a crash
 * loses the whole batch or nothing, and the next run resumes after the last committed batch.
 */
export async function writeBatch(
  db: Db, context: BatchContext, offers: PreparedOffer[], rejections: Rejection[], records: number,
  /** The previous batch's write, when it runs at the same time: this one commits only after it. */
  previous?: Promise<unknown>,
): Promise<BatchCounts> {
  return db.transaction().execute(async (trx) => {
    const counts: BatchCounts = { records, created: 0, updated: 0, unchanged: 0, merged: 0, rejected: rejections.length };
    const latest = new Map<string, PreparedOffer>();
    for (const offer of offers) {
      if (latest.has(offer.externalId)) counts.updated++; // an earlier copy in the same batch, replaced by the later one
      latest.set(offer.externalId, offer);
    }
    await applyOffers(trx, context.source, [...latest.values()], context.importId, counts);
    // Commits follow the feed's order, so the resume point (records) is always a prefix of it; a
    // failed previous batch fails this one too.
    await previous;
    const { rows: locked } = await sql<{ records: number }>`SELECT records FROM offer_imports WHERE id = ${context.importId} FOR UPDATE`.execute(trx);
    if (Number(locked[0]?.records) !== context.recordsBefore) throw new ImportConflictError('un autre processus fait avancer cet import');
    const stored = rejections.slice(0, Math.max(0, context.rejectionRoom));
    await sql`UPDATE offer_imports SET records = records + ${counts.records}, created = created + ${counts.created},
      updated = updated + ${counts.updated}, unchanged = unchanged + ${counts.unchanged}, merged = merged + ${counts.merged},
      rejected = rejected + ${counts.rejected}, rejections = rejections || ${JSON.stringify(stored)}::jsonb
      WHERE id = ${context.importId}`.execute(trx);
    return counts;
  });
}

async function applyOffers(trx: Trx, source: string, offers: PreparedOffer[], importId: number, counts: BatchCounts): Promise<void> {
  if (offers.length === 0) return;
  const { rows: existing } = await sql<{ external_id: string; offer_id: string; content_hash: string; removed: boolean }>`
    SELECT external_id, offer_id, content_hash, removed_at IS NOT NULL AS removed
    FROM job_offer_listings WHERE source = ${source} AND external_id = ANY(${offers.map((o) => o.externalId)}::text[])`.execute(trx);
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const listings: { source: string; external_id: string; offer_id: string; url: string | null; content_hash: string; last_import_id: number }[] = [];
  const updates: (OfferRow & { id: string; dedup_key: string })[] = [];
  const fresh: PreparedOffer[] = [];
  for (const offer of offers) {
    const listing = known.get(offer.externalId);
    if (!listing) {
      fresh.push(offer);
      continue;
    }
    if (listing.content_hash === offer.hash && !listing.removed) counts.unchanged++;
    else {
      counts.updated++;
      updates.push({ ...offer.row, id: listing.offer_id, dedup_key: offer.dedupKey });
    }
    listings.push({ source, external_id: offer.externalId, offer_id: listing.offer_id, url: offer.url, content_hash: offer.hash, last_import_id: importId });
  }

  const creations = await attachDuplicates(trx, source, fresh, listings, importId, counts);
  if (creations.length > 0) {
    const { rows: seqs } = await sql<{ seq: number }>`
      SELECT nextval(pg_get_serial_sequence('job_offers', 'seq')) AS seq FROM generate_series(1, ${creations.length})`.execute(trx);
    const rows = creations.map((offer, index) => {
      const seq = Number(seqs[index]!.seq);
      const id = offerIdFromSeq(seq);
      listings.push({ source, external_id: offer.externalId, offer_id: id, url: offer.url, content_hash: offer.hash, last_import_id: importId });
      return { ...offer.row, id, seq, dedup_key: offer.dedupKey };
    });
    await sql`INSERT INTO job_offers (id, seq, ${COLUMN_LIST}) OVERRIDING SYSTEM VALUE
      SELECT id, seq, ${COLUMN_LIST} FROM json_populate_recordset(null::job_offers, ${JSON.stringify(rows)}::json)`.execute(trx);
    counts.created += creations.length;
  }
  if (updates.length > 0) {
    await sql`UPDATE job_offers o SET ${SET_LIST}, status = 'active', expired_at = NULL
      FROM json_populate_recordset(null::job_offers, ${JSON.stringify(updates)}::json) r WHERE o.id = r.id`.execute(trx);
  }
  // Arrays rather than JSON: cheaper for the server to read (every listing has this source and import).
  await sql`INSERT INTO job_offer_listings (source, external_id, offer_id, url, content_hash, last_import_id)
    SELECT ${source}, l.external_id, l.offer_id, l.url, l.content_hash, ${importId}::bigint
    FROM unnest(${listings.map((l) => l.external_id)}::text[], ${listings.map((l) => l.offer_id)}::text[],
      ${listings.map((l) => l.url)}::text[], ${listings.map((l) => l.content_hash)}::text[]) AS l(external_id, offer_id, url, content_hash)
    ON CONFLICT (source, external_id) DO UPDATE SET offer_id = excluded.offer_id, url = excluded.url,
      content_hash = excluded.content_hash, last_import_id = excluded.last_import_id, last_seen_at = now(), removed_at = NULL`.execute(trx);
}

/**
 * New records whose offer another source already published (same dedup key, creation dates
 * within 7 days, active, not yet listed by this source) become listings of that offer; the
 * others are returned, to be created.
 */
async function attachDuplicates(
  trx: Trx, source: string, fresh: PreparedOffer[], listings: { source: string; external_id: string; offer_id: string; url: string | null; content_hash: string; last_import_id: number }[],
  importId: number, counts: BatchCounts,
): Promise<PreparedOffer[]> {
  if (fresh.length === 0) return [];
  const keys = [...new Set(fresh.filter((offer) => !offer.dedupKey.startsWith('~')).map((offer) => offer.dedupKey))];
  if (keys.length === 0) return fresh;
  const times = fresh.map((offer) => Date.parse(offer.row.created_at));
  const from = Math.min(...times) - DEDUP_WINDOW_MS;
  const to = Math.max(...times) + DEDUP_WINDOW_MS;
  // Only the keys in the statement (the dates are checked here): the partial dedup index is then the
  // only sensible plan, even on statistics gone stale during a big import (a date range would
  // tempt the planner into walking the creation-date index over most of the table).
  const { rows: all } = await sql<{ id: string; dedup_key: string; created_at: Date }>`
    SELECT o.id, o.dedup_key, o.created_at FROM job_offers o
    WHERE o.dedup_key = ANY (${keys}::text[]) AND o.status = 'active'
    ORDER BY o.seq`.execute(trx);
  const found = all.filter((row) => {
    const created = new Date(row.created_at).getTime();
    return created >= from && created <= to;
  });
  if (found.length === 0) return fresh;
  const { rows: listed } = await sql<{ offer_id: string }>`SELECT offer_id FROM job_offer_listings
    WHERE offer_id = ANY(${found.map((c) => c.id)}::text[]) AND source = ${source}`.execute(trx);
  const alreadyListed = new Set(listed.map((row) => row.offer_id));
  const candidates = found.filter((c) => !alreadyListed.has(c.id));
  if (candidates.length === 0) return fresh;
  const byKey = new Map<string, { id: string; created: number }[]>();
  for (const c of candidates) {
    const list = byKey.get(c.dedup_key) ?? [];
    list.push({ id: c.id, created: new Date(c.created_at).getTime() });
    byKey.set(c.dedup_key, list);
  }
  const taken = new Set<string>();
  const creations: PreparedOffer[] = [];
  for (const offer of fresh) {
    const created = Date.parse(offer.row.created_at);
    const match = byKey.get(offer.dedupKey)?.find((c) => !taken.has(c.id) && Math.abs(c.created - created) <= DEDUP_WINDOW_MS);
    if (!match) {
      creations.push(offer);
      continue;
    }
    taken.add(match.id); // one listing per source and offer
    counts.merged++;
    listings.push({ source, external_id: offer.externalId, offer_id: match.id, url: offer.url, content_hash: offer.hash, last_import_id: importId });
  }
  return creations;
}
