import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** Offers past their end date expire (kept, status 'expiree', expired at their end date). Returns how many. */
export async function expireEndedOffers(db: Db, now: Date): Promise<number> {
  const result = await sql`UPDATE job_offers SET status = 'expiree', expired_at = ends_at
    WHERE status = 'active' AND ends_at IS NOT NULL AND ends_at <= ${now}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * After a full feed: the source's listings this import did not see are removed (removed_at), and
 * the offers left without any listing expire. Returns how many offers expired.
 */
export async function expireUnseenListings(db: Db, source: string, importId: number, now: Date): Promise<number> {
  const result = await sql`WITH removed AS (
      UPDATE job_offer_listings SET removed_at = ${now}
      WHERE source = ${source} AND removed_at IS NULL AND last_import_id IS DISTINCT FROM ${importId}
      RETURNING offer_id
    )
    UPDATE job_offers o SET status = 'expiree', expired_at = ${now}
    WHERE o.id IN (SELECT offer_id FROM removed) AND o.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM job_offer_listings l WHERE l.offer_id = o.id AND l.removed_at IS NULL AND l.source <> ${source})
      AND NOT EXISTS (SELECT 1 FROM job_offer_listings l WHERE l.offer_id = o.id AND l.source = ${source} AND l.last_import_id = ${importId} AND l.removed_at IS NULL)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
