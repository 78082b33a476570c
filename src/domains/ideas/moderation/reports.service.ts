import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { addReport, REPORT_REASONS, type ReportOutcome, type ReportReason, type ReportSubjectKind } from './reports.repository.js';

/** Reports an account may send in an hour, ideas and comments together. */
export const REPORTS_PER_HOUR = 20;

export const isReportReason = (value: string | undefined): value is ReportReason => (REPORT_REASONS as readonly string[]).includes(value ?? '');

/**
 * Reports an idea or a comment: the reason is checked (400), reports are rate limited per account
 * (REPORT_RATE_LIMITED), one report per account and subject (a second one is 'already').
 */
export async function reportSubject(db: Db, kind: ReportSubjectKind, subjectId: number, accountId: number, reason: string | undefined): Promise<ReportOutcome> {
  if (!isReportReason(reason)) throw new AppError('BAD_REQUEST', 'Choisissez le motif du signalement : spam, propos offensants ou hors sujet.');
  const bucket = `signalement-idee:compte:${accountId}`;
  const limit = await checkRateLimit(db, bucket, REPORTS_PER_HOUR, 3600);
  if (!limit.allowed) throw new AppError('REPORT_RATE_LIMITED', `Vous avez envoyé ${REPORTS_PER_HOUR} signalements en moins d’une heure : réessayez plus tard.`);
  const outcome = await addReport(db, kind, subjectId, accountId, reason);
  if (outcome === 'reported' || outcome === 'hidden') await recordRateLimitHit(db, bucket);
  return outcome;
}
