import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { isOrganisationMember, upsertReply } from './replies.repository.js';
import { addReport, REPORT_REASONS, type ReportOutcome, type ReportReason } from './reports.repository.js';
import { characterCount, MAX_REVIEW_LENGTH, normaliseText, type Result, tooLongMessage } from './reviews.service.js';

export const REASON_LABELS: Record<ReportReason, string> = { spam: 'Spam', 'propos-offensants': 'Propos offensants', 'hors-sujet': 'Hors sujet' };
/** Reports, and replies, an account may send per hour. */
export const REPORTS_PER_HOUR = 20;
export const REPLIES_PER_HOUR = 20;

async function limited(db: Db, bucket: string, max: number, what: string): Promise<{ retryAfter: number; message: string } | null> {
  const limit = await checkRateLimit(db, bucket, max, 3600);
  if (limit.allowed) return null;
  const minutes = Math.ceil(limit.retryAfter / 60);
  return { retryAfter: limit.retryAfter, message: `Vous avez envoyé ${max} ${what} en moins d’une heure : réessayez dans ${minutes > 1 ? `${minutes} minutes` : 'une minute'}.` };
}

/** Reports a review (one report per account and review; never one's own). */
export async function reportReview(db: Db, reviewId: number, accountId: number, reason: string): Promise<Result<ReportOutcome>> {
  if (!(REPORT_REASONS as readonly string[]).includes(reason)) return { ok: false, errors: { reason: 'Choisissez le motif du signalement : spam, propos offensants ou hors sujet.' } };
  const bucket = `signalement:compte:${accountId}`;
  const limit = await limited(db, bucket, REPORTS_PER_HOUR, 'signalements');
  if (limit) return { ok: false, errors: {}, limited: limit };
  const outcome = await addReport(db, reviewId, accountId, reason as ReportReason);
  if (outcome === 'reported' || outcome === 'hidden') await recordRateLimitHit(db, bucket);
  return { ok: true, value: outcome };
}

/** The provider's members (any role) and administrators answer reviews. */
export async function canReply(db: Db, viewer: Viewer | null, providerId: number): Promise<boolean> {
  if (!viewer) return false;
  return viewer.roles.includes('administrateur') || (await isOrganisationMember(db, providerId, viewer.accountId));
}

/** Writes (or replaces) the provider's reply to a review. */
export async function replyToReview(db: Db, review: { id: number; providerId: number }, accountId: number, input: string): Promise<Result<null>> {
  const body = normaliseText(input);
  const length = characterCount(body);
  if (!body) return { ok: false, errors: { body: 'Écrivez votre réponse.' } };
  if (length > MAX_REVIEW_LENGTH) return { ok: false, errors: { body: tooLongMessage('Votre réponse', length, MAX_REVIEW_LENGTH) } };
  const bucket = `reponse:compte:${accountId}`;
  const limit = await limited(db, bucket, REPLIES_PER_HOUR, 'réponses');
  if (limit) return { ok: false, errors: {}, limited: limit };
  await upsertReply(db, { reviewId: review.id, organisationId: review.providerId, authorAccountId: accountId, body });
  await recordRateLimitHit(db, bucket);
  return { ok: true, value: null };
}
