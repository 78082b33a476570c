import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { Day } from './period.js';
import { SERVICE_EVENT } from './statistics.table.js';

export interface OrganisationService {
  id: number;
  slug: string;
  name: string;
  status: string;
}

/** Every service of an organisation, whatever its status (figures outlive a publication). */
export async function listOrganisationServices(db: Db, organisationId: number): Promise<OrganisationService[]> {
  return db.selectFrom('services').select(['id', 'slug', 'name', 'status']).where('provider_id', '=', organisationId).orderBy('name').orderBy('id').execute();
}

export interface DailyFigures {
  service_id: number;
  day: Day;
  views: number;
  link_outs: number;
  favourites_added: number;
  favourites_removed: number;
  ratings: number;
  rating_sum: number;
}

/**
 * The figures of some services by Paris day, from `from` to `to` (included), with only the days
 * that have any: the aggregated rows plus the events not folded yet, read in one statement (one
 * snapshot, so an aggregation committing meanwhile can neither hide nor double an event), and
 * the published reviews' ratings by the day they were written.
 */
export async function readDailyFigures(db: Db, serviceIds: number[], from: Day, to: Day): Promise<DailyFigures[]> {
  if (serviceIds.length === 0) return [];
  const ids = sql`${serviceIds}::int[]`;
  const start = sql`(${from}::date::timestamp AT TIME ZONE 'Europe/Paris')`;
  const end = sql`((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`;
  const { rows } = await sql<DailyFigures>`
    SELECT service_id, day::text AS day, sum(views)::int AS views, sum(link_outs)::int AS link_outs,
      sum(favourites_added)::int AS favourites_added, sum(favourites_removed)::int AS favourites_removed,
      sum(ratings)::int AS ratings, sum(rating_sum)::int AS rating_sum
    FROM (
      SELECT service_id, day, views, link_outs, favourites_added, favourites_removed, 0 AS ratings, 0 AS rating_sum
      FROM service_daily_stats
      WHERE service_id = ANY (${ids}) AND day BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT service_id, (occurred_at AT TIME ZONE 'Europe/Paris')::date,
        count(*) FILTER (WHERE kind = ${SERVICE_EVENT.view}), count(*) FILTER (WHERE kind = ${SERVICE_EVENT.linkOut}),
        count(*) FILTER (WHERE kind = ${SERVICE_EVENT.favouriteAdded}), count(*) FILTER (WHERE kind = ${SERVICE_EVENT.favouriteRemoved}), 0, 0
      FROM service_events
      WHERE service_id = ANY (${ids}) AND occurred_at >= ${start} AND occurred_at < ${end}
      GROUP BY 1, 2
      UNION ALL
      SELECT service_id, (created_at AT TIME ZONE 'Europe/Paris')::date, 0, 0, 0, 0, count(*), sum(rating)
      FROM service_reviews
      WHERE service_id = ANY (${ids}) AND status = 'publie' AND created_at >= ${start} AND created_at < ${end}
      GROUP BY 1, 2
    ) figures
    GROUP BY service_id, day
    ORDER BY day, service_id`.execute(db);
  return rows;
}
