import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { LATENCY_BUCKETS_MS } from '../usage/usage.recorder.js';

/**
 * Reads api_usage_daily and token_grants_daily (Paris days) for the dashboards, and the figures
 * computed from them: sums, error rate, mean latency and the 95th percentile estimated from the
 * latency histogram (calls under 10, 25, 50, 100, 250, 500, 1000 ms and above).
 */
export const HISTOGRAM_SIZE = LATENCY_BUCKETS_MS.length + 1;

export interface UsageFigures {
  calls: number;
  clientErrors: number;
  serverErrors: number;
  /** Calls refused with a 429 (rate limit or daily quota); not counted as client errors. */
  throttled: number;
  latencyTotalMs: number;
  histogram: number[];
}

export const emptyFigures = (): UsageFigures => ({ calls: 0, clientErrors: 0, serverErrors: 0, throttled: 0, latencyTotalMs: 0, histogram: new Array<number>(HISTOGRAM_SIZE).fill(0) });

/** Adds figures together (a new object; the histograms bucket by bucket). */
export function sumFigures(all: readonly UsageFigures[]): UsageFigures {
  const total = emptyFigures();
  for (const figures of all) {
    total.calls += figures.calls;
    total.clientErrors += figures.clientErrors;
    total.serverErrors += figures.serverErrors;
    total.throttled += figures.throttled;
    total.latencyTotalMs += figures.latencyTotalMs;
    figures.histogram.forEach((count, index) => {
      if (index < HISTOGRAM_SIZE) total.histogram[index]! += count;
    });
  }
  return total;
}

/**
 * The latency under which `share` of the calls fall, estimated from a histogram: the upper bound
 * (ms) of the bucket holding that percentile (the call of rank ⌈share × n⌉). `Infinity` when it
 * is in the last, open bucket (1 000 ms and more); null when there is no call.
 */
export function percentileUpperBound(histogram: readonly number[], share = 0.95): number | null {
  const total = histogram.reduce((sum, count) => sum + Math.max(0, count), 0);
  if (total === 0) return null;
  // A hair below, so that 0.95 × 20 read as 19.000000000000004 still ranks 19.
  const rank = Math.max(1, Math.ceil(share * total - 1e-9));
  let seen = 0;
  for (let index = 0; index < histogram.length; index++) {
    seen += Math.max(0, histogram[index]!);
    if (seen >= rank) return LATENCY_BUCKETS_MS[index] ?? Infinity;
  }
  return Infinity;
}

/** Client and server errors over calls; null without calls. */
export function errorRate(figures: UsageFigures): number | null {
  return figures.calls > 0 ? (figures.clientErrors + figures.serverErrors) / figures.calls : null;
}

/** Mean latency (ms) of the calls measured; null without calls. */
export function meanLatency(figures: UsageFigures): number | null {
  const measured = figures.histogram.reduce((sum, count) => sum + count, 0) || figures.calls;
  return measured > 0 ? figures.latencyTotalMs / measured : null;
}

export interface UsageRow {
  api: string;
  day: string;
  figures: UsageFigures;
}

/** One application's usage rows from `from` to `to` (Paris days, included), optionally of one API. */
export async function listApplicationUsage(db: Db, applicationId: number, from: string, to: string, api: string | null): Promise<UsageRow[]> {
  let query = db
    .selectFrom('api_usage_daily')
    .select(['api', 'day', 'calls', 'client_errors', 'server_errors', 'throttled', 'latency_total_ms', 'latency_histogram'])
    .where('application_id', '=', applicationId)
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (api) query = query.where('api', '=', api);
  const rows = await query.orderBy('day').orderBy('api').execute();
  return rows.map((row) => ({
    api: row.api,
    day: row.day,
    figures: {
      calls: Number(row.calls),
      clientErrors: Number(row.client_errors),
      serverErrors: Number(row.server_errors),
      throttled: Number(row.throttled),
      latencyTotalMs: Number(row.latency_total_ms),
      histogram: row.latency_histogram.map(Number),
    },
  }));
}

/** Access tokens granted to one application, by Paris day, from `from` to `to` (included). */
export async function listTokenGrants(db: Db, applicationId: number, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('token_grants_daily')
    .select(['day', 'granted'])
    .where('application_id', '=', applicationId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  return new Map(rows.map((row) => [row.day, Number(row.granted)]));
}

/** Calls per API and month ('YYYY-MM'), every application together, from the Paris day `from`. */
export async function monthlyCallsByApi(db: Db, from: string): Promise<{ api: string; month: string; calls: number }[]> {
  const { rows } = await sql<{ api: string; month: string; calls: number }>`
    SELECT api, to_char(day, 'YYYY-MM') AS month, sum(calls)::bigint AS calls
    FROM api_usage_daily
    WHERE day >= ${from}::date
    GROUP BY api, month
    ORDER BY month, api`.execute(db);
  return rows.map((row) => ({ api: row.api, month: row.month, calls: Number(row.calls) }));
}

/** Active (not revoked) applications, and how many of them called an API since the Paris day `since`. */
export async function countActiveApplications(db: Db, since: string): Promise<{ active: number; calling: number }> {
  const { rows } = await sql<{ active: number; calling: number }>`
    SELECT count(*)::bigint AS active,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM api_usage_daily u WHERE u.application_id = a.id AND u.day >= ${since}::date AND u.calls > 0))::bigint AS calling
    FROM developer_applications a
    WHERE a.status = 'active'`.execute(db);
  return { active: Number(rows[0]?.active ?? 0), calling: Number(rows[0]?.calling ?? 0) };
}
