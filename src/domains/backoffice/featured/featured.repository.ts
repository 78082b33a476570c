import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export interface FeaturedRow {
  id: number;
  slug: string;
  name: string;
  provider_name: string;
  featured_position: number | null;
}

const FEATURED = sql`s.featured AND s.status = 'publie'`;
/** The home page's order (services.repository.ts `listServices(db, 'featured')` uses the same). */
const FEATURED_ORDER = sql`s.featured_position NULLS LAST, coalesce(c.views, 0) DESC, s.id`;

/** Featured published services, in the home page's order. */
export async function listFeatured(db: Db): Promise<FeaturedRow[]> {
  const { rows } = await sql<FeaturedRow>`
    SELECT s.id, s.slug, s.name, o.name AS provider_name, s.featured_position
    FROM services s JOIN organisations o ON o.id = s.provider_id LEFT JOIN service_counters c ON c.service_id = s.id
    WHERE ${FEATURED} ORDER BY ${FEATURED_ORDER}`.execute(db);
  return rows;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Published services not yet featured whose name (or provider's) contains the text. */
export async function searchCandidates(db: Db, text: string, limit: number): Promise<{ total: number; rows: FeaturedRow[] }> {
  const pattern = likePattern(text);
  const { rows } = await sql<FeaturedRow & { total: string | number }>`
    SELECT s.id, s.slug, s.name, o.name AS provider_name, s.featured_position, count(*) OVER () AS total
    FROM services s JOIN organisations o ON o.id = s.provider_id
    WHERE s.status = 'publie' AND NOT s.featured
      AND (s.name_folded LIKE fold(${pattern}) ESCAPE '\\' OR fold(o.name) LIKE fold(${pattern}) ESCAPE '\\')
    ORDER BY s.name_folded, s.id LIMIT ${limit}`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function findPublishedService(db: Db, id: number): Promise<{ id: number; name: string; slug: string; featured: boolean } | undefined> {
  const { rows } = await sql<{ id: number; name: string; slug: string; featured: boolean }>`
    SELECT id, name, slug, featured FROM services WHERE id = ${id} AND status = 'publie'`.execute(db);
  return rows[0];
}

/** Serialises changes of the featured list (two staff members adding at once stay under the limit). */
export async function lockFeatured(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('services.featured'))`.execute(trx);
}

/** Numbers the featured services 1, 2, 3… in their current order; returns them in that order. */
export async function renumberFeatured(trx: Db): Promise<FeaturedRow[]> {
  await sql`
    UPDATE services s SET featured_position = o.rank
    FROM (SELECT s.id, row_number() OVER (ORDER BY ${FEATURED_ORDER})::int AS rank
          FROM services s LEFT JOIN service_counters c ON c.service_id = s.id WHERE ${FEATURED}) o
    WHERE s.id = o.id AND s.featured_position IS DISTINCT FROM o.rank`.execute(trx);
  return listFeatured(trx);
}

/** Services change bumps the catalogue version (trigger): cached pages are rebuilt. */
export async function setFeatured(trx: Db, id: number, position: number | null): Promise<void> {
  await sql`UPDATE services SET featured = ${position !== null}, featured_position = ${position} WHERE id = ${id}`.execute(trx);
}
