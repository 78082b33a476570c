import type { Db } from '../../../platform/db/database.js';
import { formatNumber } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { deleteOwnReview, upsertReview } from './reviews.repository.js';

export const MAX_REVIEW_LENGTH = 5000;
/** Reviews an account may post (or edit) per hour. */
export const REVIEWS_PER_HOUR = 5;

/** A refused form: errors by field, or a limit reached (the form is shown again with a message). */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; limited?: { retryAfter: number; message: string } };

export interface ReviewInput {
  rating: string;
  body: string;
}

/** Line breaks as the browser sends them (CRLF) count as one character; NUL cannot be stored. */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
}

/** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
export const characterCount = (value: string) => [...value].length;

export function tooLongMessage(what: string, length: number, max: number): string {
  return `${what} compte ${formatNumber(length)} caractères : ${formatNumber(max)} au maximum. Raccourcissez-le de ${formatNumber(length - max)} caractères.`;
}

export function validateReview(input: ReviewInput): Result<{ rating: number; body: string }> {
  const errors: FieldErrors = {};
  const rating = input.rating.trim();
  if (!rating) errors.rating = 'Choisissez une note de 1 à 5 étoiles.';
  else if (!/^[1-5]$/.test(rating)) errors.rating = `La note doit être un nombre entier de 1 à 5 (vous avez envoyé « ${rating.slice(0, 20)} »).`;
  const body = normaliseText(input.body);
  const length = characterCount(body);
  if (length > MAX_REVIEW_LENGTH) errors.body = tooLongMessage('Votre avis', length, MAX_REVIEW_LENGTH);
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { rating: Number(rating), body } };
}

const bucket = (accountId: number) => `avis:compte:${accountId}`;

/** Posts the account's review of a service, or edits it: one review per account and service. */
export async function saveReview(db: Db, serviceId: number, accountId: number, input: ReviewInput): Promise<Result<{ id: number; created: boolean }>> {
  const valid = validateReview(input);
  if (!valid.ok) return valid;
  const limit = await checkRateLimit(db, bucket(accountId), REVIEWS_PER_HOUR, 3600);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfter / 60);
    const message = `Vous avez publié ou modifié ${REVIEWS_PER_HOUR} avis en moins d’une heure : réessayez dans ${minutes > 1 ? `${minutes} minutes` : 'une minute'}. Votre texte est conservé ci-dessous.`;
    return { ok: false, errors: {}, limited: { retryAfter: limit.retryAfter, message } };
  }
  const saved = await upsertReview(db, { serviceId, accountId, ...valid.value });
  await recordRateLimitHit(db, bucket(accountId));
  return { ok: true, value: saved };
}

export async function removeReview(db: Db, serviceId: number, accountId: number): Promise<boolean> {
  return deleteOwnReview(db, serviceId, accountId);
}
