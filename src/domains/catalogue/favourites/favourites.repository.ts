import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ServiceSummaryRow } from '../search.repository.js';
import { SERVICE_EVENT } from '../statistics/statistics.table.js';

/** The columns of a ServiceSummaryRow, from services s, organisations o and service_counters c. */
export const serviceSummaryColumns = sql`s.id, s.slug, s.name, s.pitch, s.type, s.themes, s.audience, s.price_model, s.price_text,
  s.platforms, s.logo_path, o.slug AS provider_slug, o.name AS provider_name, s.published_at, coalesce(c.views, 0) AS views`;

/** A service's id by slug, whatever its status (a favourite outlives a service's publication). */
export async function findServiceIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('services').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** Adds a favourite; only a real change records a statistics event (in the same statement). */
export async function addFavourite(db: Db, accountId: number, serviceId: number): Promise<void> {
  await sql`
    WITH added AS (
      INSERT INTO favourites (account_id, service_id) VALUES (${accountId}, ${serviceId}) ON CONFLICT DO NOTHING RETURNING service_id
    )
    INSERT INTO service_events (service_id, kind) SELECT service_id, ${SERVICE_EVENT.favouriteAdded}::smallint FROM added`.execute(db);
}

/** Removes a favourite; only a real change records a statistics event (in the same statement). */
export async function removeFavourite(db: Db, accountId: number, serviceId: number): Promise<void> {
  await sql`
    WITH removed AS (
      DELETE FROM favourites WHERE account_id = ${accountId} AND service_id = ${serviceId} RETURNING service_id
    )
    INSERT INTO service_events (service_id, kind) SELECT service_id, ${SERVICE_EVENT.favouriteRemoved}::smallint FROM removed`.execute(db);
}

/** Ids of every service the account keeps as a favourite (one query for a whole page of cards). */
export async function favouriteServiceIds(db: Db, accountId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('favourites').select('service_id').where('account_id', '=', accountId).execute();
  return new Set(rows.map((row) => row.service_id));
}

/** The account's published favourites, the most recently added first. */
export async function listFavouriteServices(db: Db, accountId: number): Promise<ServiceSummaryRow[]> {
  const { rows } = await sql<ServiceSummaryRow>`
    SELECT ${serviceSummaryColumns}
    FROM favourites f
    JOIN services s ON s.id = f.service_id
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    WHERE f.account_id = ${accountId} AND s.status = 'publie'
    ORDER BY f.created_at DESC, s.id`.execute(db);
  return rows;
}

/** The account's favourites for the RGPD export. */
export async function exportFavourites(db: Db, accountId: number) {
  const rows = await db
    .selectFrom('favourites as f')
    .innerJoin('services as s', 's.id', 'f.service_id')
    .select(['s.slug', 's.name', 'f.created_at'])
    .where('f.account_id', '=', accountId)
    .orderBy('f.created_at', 'desc')
    .execute();
  return rows.map((row) => ({ service: row.slug, nom: row.name, ajouteLe: new Date(row.created_at).toISOString() }));
}
