import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';
import { SERVICE_EVENT } from './statistics.table.js';

export interface AggregationResult {
  /** Events folded (and deleted). */
  events: number;
  /** (service, day) rows of service_daily_stats created or updated. */
  days: number;
}

/**
 * Folds the raw events into service_daily_stats (by Paris day) and service_counters (running
 * totals used by the popularity sort), deleting them, in one statement, hence one transaction.
 * The DELETE takes exactly the events its snapshot sees: one inserted meanwhile is left for the
 * next run; two runs at once cannot both take an event (the second waits on the row, then skips
 * it). Events of a service deleted since are dropped.
 * Ratings are not folded: they are read from service_reviews (published ones) when displayed, so
 * a review hidden later by a moderator leaves the figures at once.
 */
export async function aggregateServiceStatistics(db: Db): Promise<AggregationResult> {
  const { rows } = await sql<AggregationResult>`
    WITH folded AS (
      DELETE FROM service_events RETURNING service_id, kind, occurred_at
    ), per_day AS (
      SELECT f.service_id, (f.occurred_at AT TIME ZONE 'Europe/Paris')::date AS day,
        count(*) FILTER (WHERE f.kind = ${SERVICE_EVENT.view})::int AS views,
        count(*) FILTER (WHERE f.kind = ${SERVICE_EVENT.linkOut})::int AS link_outs,
        count(*) FILTER (WHERE f.kind = ${SERVICE_EVENT.favouriteAdded})::int AS favourites_added,
        count(*) FILTER (WHERE f.kind = ${SERVICE_EVENT.favouriteRemoved})::int AS favourites_removed
      FROM folded f
      WHERE EXISTS (SELECT 1 FROM services s WHERE s.id = f.service_id)
      GROUP BY 1, 2
    ), daily AS (
      INSERT INTO service_daily_stats AS d (service_id, day, views, link_outs, favourites_added, favourites_removed)
      SELECT service_id, day, views, link_outs, favourites_added, favourites_removed FROM per_day
      ON CONFLICT (service_id, day) DO UPDATE SET
        views = d.views + excluded.views,
        link_outs = d.link_outs + excluded.link_outs,
        favourites_added = d.favourites_added + excluded.favourites_added,
        favourites_removed = d.favourites_removed + excluded.favourites_removed
      RETURNING 1
    ), totals AS (
      INSERT INTO service_counters AS c (service_id, views, link_outs)
      SELECT service_id, sum(views), sum(link_outs) FROM per_day GROUP BY service_id HAVING sum(views) + sum(link_outs) > 0
      ON CONFLICT (service_id) DO UPDATE SET views = c.views + excluded.views, link_outs = c.link_outs + excluded.link_outs
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM folded)::int AS events, (SELECT count(*) FROM daily)::int AS days,
      (SELECT count(*) FROM totals)::int AS services`.execute(db);
  const row = rows[0]!;
  return { events: row.events, days: row.days };
}

export const STATISTICS_JOB_NAME = 'statistiques-services';

/** Every 15 minutes (and at once the first time); dashboards add the events not folded yet. */
export const statisticsAggregationJob: JobDefinition = {
  name: STATISTICS_JOB_NAME,
  everyMs: 15 * 60_000,
  async run(db) {
    await aggregateServiceStatistics(db);
  },
};
