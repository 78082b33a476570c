import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export const REPORT_REASONS = ['spam', 'propos-offensants', 'hors-sujet'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Distinct unsettled reports that hide a review until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

/** `already-hidden`: the review was hidden meanwhile (by the reports sent just before). */
export type ReportOutcome = 'not-found' | 'already-hidden' | 'own' | 'already' | 'reported' | 'hidden';

/**
 * Records a report and hides the review on the third distinct unsettled one. The review row is
 * locked first, so concurrent reports of one review run one after the other: each counts the
 * reports committed before it, and exactly one of them hides the review.
 */
export async function addReport(db: Db, reviewId: number, accountId: number, reason: ReportReason): Promise<ReportOutcome> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: number | null; status: string }>`
      SELECT account_id, status FROM service_reviews WHERE id = ${reviewId} FOR UPDATE`.execute(trx);
    const review = rows[0];
    if (!review) return 'not-found';
    if (review.status !== 'publie') return 'already-hidden';
    if (review.account_id === accountId) return 'own';
    const inserted = await sql`INSERT INTO review_reports (review_id, account_id, reason) VALUES (${reviewId}, ${accountId}, ${reason})
      ON CONFLICT (review_id, account_id) DO NOTHING RETURNING review_id`.execute(trx);
    if (!inserted.rows.length) return 'already';
    const hidden = await sql`UPDATE service_reviews SET status = 'masque'
      WHERE id = ${reviewId} AND status = 'publie'
        AND (SELECT count(*) FROM review_reports WHERE review_id = ${reviewId} AND settled_at IS NULL) >= ${REPORTS_TO_HIDE}
      RETURNING id`.execute(trx);
    return hidden.rows.length ? 'hidden' : 'reported';
  });
}

/** The reviews of a service the account has already reported (to show "signalé" instead of the form). */
export async function listReportedReviewIds(db: Db, serviceId: number, accountId: number): Promise<number[]> {
  const { rows } = await sql<{ review_id: number }>`
    SELECT p.review_id FROM review_reports p JOIN service_reviews r ON r.id = p.review_id
    WHERE r.service_id = ${serviceId} AND p.account_id = ${accountId}`.execute(db);
  return rows.map((row) => row.review_id);
}

export async function hasReported(db: Db, reviewId: number, accountId: number): Promise<boolean> {
  const row = await db.selectFrom('review_reports').select('review_id').where('review_id', '=', reviewId).where('account_id', '=', accountId).executeTakeFirst();
  return Boolean(row);
}
