import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until a new attempt is allowed, when refused. */
  retryAfter: number;
}

/**
 * Sliding-window limit stored in the database, so that every server process shares it:
 * `max` hits per `windowSeconds` for a bucket such as "login:ip:1.2.3.4".
 */
export async function checkRateLimit(db: Db, bucket: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
  const { rows } = await sql<{ count: number; oldest: Date | null }>`
    SELECT count(*)::int AS count, min(hit_at) AS oldest FROM rate_limit_hits
    WHERE bucket = ${bucket} AND hit_at > clock_timestamp() - make_interval(secs => ${windowSeconds})`.execute(db);
  const { count, oldest } = rows[0] ?? { count: 0, oldest: null };
  if (count >= max && oldest) {
    const retryAfter = Math.max(1, Math.ceil((new Date(oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000));
    return { allowed: false, retryAfter };
  }
  return { allowed: true, retryAfter: 0 };
}

export async function recordRateLimitHit(db: Db, bucket: string): Promise<void> {
  await sql`INSERT INTO rate_limit_hits (bucket) VALUES (${bucket})`.execute(db);
  if (Math.random() < 0.01) await sql`DELETE FROM rate_limit_hits WHERE hit_at < clock_timestamp() - interval '1 day'`.execute(db);
}

export async function clearRateLimit(db: Db, bucket: string): Promise<void> {
  await sql`DELETE FROM rate_limit_hits WHERE bucket = ${bucket}`.execute(db);
}
