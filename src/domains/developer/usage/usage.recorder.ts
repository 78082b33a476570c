import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { parisDay } from './paris-day.js';

/** Upper bounds (ms) of the latency histogram's buckets; the last bucket has none. */
export const LATENCY_BUCKETS_MS = [10, 25, 50, 100, 250, 500, 1000] as const;

export function latencyBucket(ms: number): number {
  const index = LATENCY_BUCKETS_MS.findIndex((bound) => ms < bound);
  return index === -1 ? LATENCY_BUCKETS_MS.length : index;
}

interface CallCounters {
  applicationId: number;
  api: string;
  day: string;
  calls: number;
  clientErrors: number;
  serverErrors: number;
  throttled: number;
  latencyTotalMs: number;
  histogram: number[];
}

interface GrantCounters {
  applicationId: number;
  day: string;
  granted: number;
  refused: number;
}

const FLUSH_EVERY_MS = 5_000;

/**
 * Counts API calls and token grants in memory and adds them to api_usage_daily and
 * token_grants_daily every 5 seconds (and on close): one upsert per flush instead of one write per
 * call. Additions commute, so several processes flushing at once stay exact.
 */
export class UsageRecorder {
  private calls = new Map<string, CallCounters>();
  private grants = new Map<string, GrantCounters>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db) {}

  /** The flush timer starts with the first count (building the app starts no timer). */
  private start(): void {
    this.timer ??= setInterval(() => void this.flush().catch(() => undefined), FLUSH_EVERY_MS).unref();
  }

  recordCall(applicationId: number, api: string, status: number, latencyMs: number): void {
    this.start();
    const day = parisDay();
    const key = `${applicationId}|${api}|${day}`;
    let counters = this.calls.get(key);
    if (!counters) {
      counters = { applicationId, api, day, calls: 0, clientErrors: 0, serverErrors: 0, throttled: 0, latencyTotalMs: 0, histogram: new Array(LATENCY_BUCKETS_MS.length + 1).fill(0) };
      this.calls.set(key, counters);
    }
    counters.calls += 1;
    if (status === 429) counters.throttled += 1;
    else if (status >= 500) counters.serverErrors += 1;
    else if (status >= 400) counters.clientErrors += 1;
    const ms = Math.max(0, Math.round(latencyMs));
    counters.latencyTotalMs += ms;
    counters.histogram[latencyBucket(ms)]! += 1;
  }

  recordGrant(applicationId: number, granted: boolean): void {
    this.start();
    const day = parisDay();
    const key = `${applicationId}|${day}`;
    let counters = this.grants.get(key);
    if (!counters) {
      counters = { applicationId, day, granted: 0, refused: 0 };
      this.grants.set(key, counters);
    }
    if (granted) counters.granted += 1;
    else counters.refused += 1;
  }

  /** Writes what was counted since the last flush (flushes are serialised). */
  flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    // Sorted, so that processes flushing at once lock rows in the same order (no deadlock).
    const calls = [...this.calls.values()].sort((a, b) => a.applicationId - b.applicationId || a.api.localeCompare(b.api) || a.day.localeCompare(b.day));
    const grants = [...this.grants.values()].sort((a, b) => a.applicationId - b.applicationId || a.day.localeCompare(b.day));
    this.calls = new Map();
    this.grants = new Map();
    try {
      if (calls.length > 0) {
        const values = calls.map(
          (c) => sql`(${c.applicationId}::integer, ${c.api}::text, ${c.day}::date, ${c.calls}::bigint, ${c.clientErrors}::bigint, ${c.serverErrors}::bigint, ${c.throttled}::bigint, ${c.latencyTotalMs}::bigint, ${sql.raw(`'{${c.histogram.join(',')}}'`)}::integer[])`,
        );
        await sql`INSERT INTO api_usage_daily AS u (application_id, api, day, calls, client_errors, server_errors, throttled, latency_total_ms, latency_histogram)
          SELECT v.* FROM (VALUES ${sql.join(values)}) AS v (application_id, api, day, calls, client_errors, server_errors, throttled, latency_total_ms, latency_histogram)
          WHERE EXISTS (SELECT 1 FROM developer_applications a WHERE a.id = v.application_id)
          ON CONFLICT (application_id, api, day) DO UPDATE SET
            calls = u.calls + EXCLUDED.calls,
            client_errors = u.client_errors + EXCLUDED.client_errors,
            server_errors = u.server_errors + EXCLUDED.server_errors,
            throttled = u.throttled + EXCLUDED.throttled,
            latency_total_ms = u.latency_total_ms + EXCLUDED.latency_total_ms,
            latency_histogram = ARRAY(SELECT a + b FROM unnest(u.latency_histogram, EXCLUDED.latency_histogram) AS h (a, b))`.execute(this.db);
      }
      if (grants.length > 0) {
        const values = grants.map((g) => sql`(${g.applicationId}::integer, ${g.day}::date, ${g.granted}::bigint, ${g.refused}::bigint)`);
        await sql`INSERT INTO token_grants_daily AS t (application_id, day, granted, refused)
          SELECT v.* FROM (VALUES ${sql.join(values)}) AS v (application_id, day, granted, refused)
          WHERE EXISTS (SELECT 1 FROM developer_applications a WHERE a.id = v.application_id)
          ON CONFLICT (application_id, day) DO UPDATE SET granted = t.granted + EXCLUDED.granted, refused = t.refused + EXCLUDED.refused`.execute(this.db);
      }
    } catch (error) {
      // Put the counts back: they are written with the next flush.
      for (const c of calls) this.mergeCall(c);
      for (const g of grants) this.mergeGrant(g);
      throw error;
    }
  }

  private mergeCall(c: CallCounters): void {
    const key = `${c.applicationId}|${c.api}|${c.day}`;
    const into = this.calls.get(key);
    if (!into) return void this.calls.set(key, c);
    into.calls += c.calls;
    into.clientErrors += c.clientErrors;
    into.serverErrors += c.serverErrors;
    into.throttled += c.throttled;
    into.latencyTotalMs += c.latencyTotalMs;
    c.histogram.forEach((n, i) => (into.histogram[i]! += n));
  }

  private mergeGrant(g: GrantCounters): void {
    const key = `${g.applicationId}|${g.day}`;
    const into = this.grants.get(key);
    if (!into) return void this.grants.set(key, g);
    into.granted += g.granted;
    into.refused += g.refused;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }
}
