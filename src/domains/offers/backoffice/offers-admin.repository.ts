import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { offerIdFromSeq } from '../offer-id.js';
import type { OfferRow } from '../ingestion/offer-record.normaliser.js';
import type { JobOffer, OfferStatus } from '../offers.table.js';

export interface AdminOfferRow {
  id: string;
  intitule: string;
  company_name: string | null;
  place_label: string | null;
  contract_type: string;
  status: OfferStatus;
  origin: 1 | 2;
  created_at: Date;
  sources: string | null;
}

export interface AdminOfferFilters {
  q: string;
  source: string;
  status: '' | OfferStatus;
}

/** Staff list: by public id (exact), title or employer (contains), source and status; newest first. */
export async function searchAdminOffers(db: Db, filters: AdminOfferFilters, limit: number, offset: number): Promise<{ total: number; rows: AdminOfferRow[] }> {
  const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = sql`WHERE true
    ${filters.q ? sql`AND (o.id = ${filters.q.toUpperCase()} OR o.intitule ILIKE ${like} OR o.company_name ILIKE ${like})` : sql``}
    ${filters.status ? sql`AND o.status = ${filters.status}` : sql``}
    ${filters.source ? sql`AND EXISTS (SELECT 1 FROM job_offer_listings l WHERE l.offer_id = o.id AND l.source = ${filters.source})` : sql``}`;
  const { rows: counted } = await sql<{ total: number }>`SELECT count(*)::int AS total FROM job_offers o ${where}`.execute(db);
  const { rows } = await sql<AdminOfferRow>`
    SELECT o.id, o.intitule, o.company_name, o.place_label, o.contract_type, o.status, o.origin, o.created_at,
      (SELECT string_agg(s.name, ', ' ORDER BY s.name) FROM job_offer_listings l JOIN offer_sources s ON s.slug = l.source WHERE l.offer_id = o.id) AS sources
    FROM job_offers o ${where}
    ORDER BY o.created_at DESC, o.id
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return { total: counted[0]?.total ?? 0, rows };
}

export async function listOfferSources(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.selectFrom('offer_sources').select(['slug', 'name']).orderBy('name').execute();
}

export async function findAdminOffer(db: Db, id: string): Promise<JobOffer | undefined> {
  if (!/^[0-9A-Z]{7}$/.test(id)) return undefined;
  return db.selectFrom('job_offers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A new agency offer: its public id from the sequence, listed by the agency source. */
export async function insertAgencyOffer(db: Db, row: OfferRow, dedupKey: (id: string) => string): Promise<string> {
  const { rows } = await sql<{ seq: string }>`SELECT nextval(pg_get_serial_sequence('job_offers', 'seq')) AS seq`.execute(db);
  const seq = Number(rows[0]!.seq);
  const id = offerIdFromSeq(seq);
  const values: Record<string, unknown> = { ...row, id, seq, dedup_key: dedupKey(id), details: JSON.stringify(row.details) };
  const columns = Object.keys(values);
  await sql`INSERT INTO job_offers (${sql.join(columns.map((c) => sql.ref(c)))}) OVERRIDING SYSTEM VALUE
    VALUES (${sql.join(columns.map((c) => sql`${values[c]}`))})`.execute(db);
  await db.insertInto('offer_sources').values({ slug: 'agence', name: 'Emploi Store', url: null, logo: null, kind: 'agence' }).onConflict((oc) => oc.column('slug').doNothing()).execute();
  await db.insertInto('job_offer_listings').values({ source: 'agence', external_id: `BO-${id}`, offer_id: id, url: null, content_hash: 'administration' }).execute();
  return id;
}

/** Rewrites an offer's fields (its origin and creation date stay). */
export async function updateOffer(db: Db, id: string, row: OfferRow, dedupKey: (id: string) => string): Promise<void> {
  const { origin: _origin, created_at: _created, ...fields } = row;
  const values: Record<string, unknown> = { ...fields, dedup_key: dedupKey(id), details: JSON.stringify(row.details) };
  await sql`UPDATE job_offers SET ${sql.join(Object.keys(values).map((c) => sql`${sql.ref(c)} = ${values[c]}`))} WHERE id = ${id}`.execute(db);
}

export async function setOfferStatus(db: Db, id: string, status: OfferStatus, now: Date): Promise<void> {
  if (status === 'expiree') await db.updateTable('job_offers').set({ status, expired_at: now, updated_at: now }).where('id', '=', id).execute();
  else {
    await db.updateTable('job_offers').set({ status, expired_at: null, updated_at: now }).where('id', '=', id).execute();
    // Republished past its end date: it runs for 30 more days.
    await db.updateTable('job_offers').set({ ends_at: new Date(now.getTime() + 30 * 86_400_000) }).where('id', '=', id).where('ends_at', '<', now).execute();
  }
}
