import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { ServiceSummaryRow } from './search.repository.js';
import { SERVICE_EVENT } from './statistics/statistics.table.js';

const summaryColumns = sql`s.id, s.slug, s.name, s.pitch, s.type, s.themes, s.audience, s.price_model, s.price_text,
  s.platforms, s.logo_path, o.slug AS provider_slug, o.name AS provider_name, s.published_at, coalesce(c.views, 0) AS views,
  r.average AS rating_average, coalesce(r.count, 0) AS rating_count`;

export interface ServiceDetailRow extends ServiceSummaryRow {
  description: string;
  languages: string[];
  accessibility: string;
  url: string;
  screenshots: string[];
  rome_codes: string[];
  updated_at: Date;
  link_outs: number;
  provider_kind: string;
  provider_website: string | null;
}

export async function findPublishedServiceBySlug(db: Db, slug: string): Promise<ServiceDetailRow | undefined> {
  const { rows } = await sql<ServiceDetailRow>`
    SELECT ${summaryColumns}, s.description, s.languages, s.accessibility, s.url, s.screenshots, s.rome_codes,
      s.updated_at, coalesce(c.link_outs, 0) AS link_outs, o.kind AS provider_kind, o.website AS provider_website
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE s.slug = ${slug} AND s.status = 'publie'`.execute(db);
  return rows[0];
}

/** Published services closest to one: shared themes, same type, shared ROME codes, then popularity. */
export async function findSimilarServices(db: Db, service: Pick<ServiceDetailRow, 'id' | 'themes' | 'type' | 'rome_codes'>, limit = 4) {
  const { rows } = await sql<ServiceSummaryRow>`
    SELECT ${summaryColumns}
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE s.status = 'publie' AND s.id <> ${service.id} AND s.themes && ${service.themes}::text[]
    ORDER BY
      cardinality(ARRAY(SELECT unnest(s.themes) INTERSECT SELECT unnest(${service.themes}::text[])))
        + CASE WHEN s.type = ${service.type} THEN 1 ELSE 0 END
        + 2 * cardinality(ARRAY(SELECT unnest(s.rome_codes) INTERSECT SELECT unnest(${service.rome_codes}::text[]))) DESC,
      coalesce(c.views, 0) DESC, s.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function listServices(db: Db, order: 'featured' | 'newest', limit: number): Promise<ServiceSummaryRow[]> {
  const where = order === 'featured' ? sql`s.status = 'publie' AND s.featured` : sql`s.status = 'publie'`;
  // Featured: the order chosen in the back-office (/administration/a-la-une), then the most viewed.
  const orderBy = order === 'featured' ? sql`s.featured_position NULLS LAST, coalesce(c.views, 0) DESC, s.id` : sql`s.published_at DESC, s.id DESC`;
  const { rows } = await sql<ServiceSummaryRow>`
    SELECT ${summaryColumns}
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findPublishedServiceUrl(db: Db, slug: string): Promise<{ id: number; url: string } | undefined> {
  return db.selectFrom('services').select(['id', 'url']).where('slug', '=', slug).where('status', '=', 'publie').executeTakeFirst();
}

/**
 * Counts a view or a link-out: one INSERT of an event with no personal data (no cookie, no IP, no
 * account). The statistics job folds events into the daily figures and the running totals.
 */
export async function recordServiceEvent(db: Db, serviceId: number, kind: 'view' | 'link_out'): Promise<void> {
  await db
    .insertInto('service_events')
    .values({ service_id: serviceId, kind: kind === 'view' ? SERVICE_EVENT.view : SERVICE_EVENT.linkOut })
    .execute();
}

export async function countPublishedServices(db: Db): Promise<number> {
  const row = await db.selectFrom('services').select((eb) => eb.fn.countAll<number>().as('count')).where('status', '=', 'publie').executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function countThemeServices(db: Db): Promise<Map<string, number>> {
  const { rows } = await sql<{ theme: string; count: number }>`
    SELECT t AS theme, count(*)::int AS count FROM services, unnest(themes) AS t WHERE status = 'publie' GROUP BY t`.execute(db);
  return new Map(rows.map((row) => [row.theme, row.count]));
}

export async function listThemes(db: Db) {
  return db.selectFrom('themes').selectAll().orderBy('position').execute();
}

export async function findTheme(db: Db, slug: string) {
  return db.selectFrom('themes').selectAll().where('slug', '=', slug).executeTakeFirst();
}
