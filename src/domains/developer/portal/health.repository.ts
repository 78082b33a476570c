import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** The calls of one API on one Paris day, all applications together. */
export interface ApiDayUsage {
  api: string;
  calls: number;
  serverErrors: number;
  latencyTotalMs: number;
}

/** Usage per API on a Paris day ('YYYY-MM-DD'): only APIs that were called appear. */
export async function usageOfDay(db: Db, day: string): Promise<Map<string, ApiDayUsage>> {
  const { rows } = await sql<{ api: string; calls: string; server_errors: string; latency_total_ms: string }>`
    SELECT api, sum(calls)::text AS calls, sum(server_errors)::text AS server_errors, sum(latency_total_ms)::text AS latency_total_ms
    FROM api_usage_daily
    WHERE day = ${day}::date
    GROUP BY api
  `.execute(db);
  return new Map(rows.map((row) => [row.api, { api: row.api, calls: Number(row.calls), serverErrors: Number(row.server_errors), latencyTotalMs: Number(row.latency_total_ms) }]));
}
