import type { Db } from '../../../platform/db/database.js';
import { formatNumber } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import type { DiscussionContext } from './discussion-access.js';
import { findReplyRecipient, insertPost, insertThread } from './discussions.repository.js';
import { addReport, REPORT_REASONS, type ReportOutcome, type ReportReason, type SubjectKind } from './reports.repository.js';

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
/** Threads and replies an account may post in a window, all sessions together. */
export const POSTS_PER_WINDOW = 10;
export const POST_WINDOW_SECONDS = 600;
export const REPORTS_PER_HOUR = 20;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; limited?: { retryAfter: number; message: string } };

export interface ThreadInput {
  title: string;
  body: string;
  lessonId: string;
}

/** Line breaks as browsers send them (CRLF) count as one character; NUL cannot be stored. */
export const normaliseText = (value: string) => value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
const characterCount = (value: string) => [...value].length;
const tooLong = (what: string, length: number, max: number) =>
  `${what} compte ${formatNumber(length)} caractères : ${formatNumber(max)} au maximum. Raccourcissez-le de ${formatNumber(length - max)} caractères.`;

function validateBody(raw: string, errors: FieldErrors, field = 'body'): string {
  const body = normaliseText(raw);
  const length = characterCount(body);
  if (!body) errors[field] = 'Écrivez votre message.';
  else if (length > MAX_BODY_LENGTH) errors[field] = tooLong('Votre message', length, MAX_BODY_LENGTH);
  return body;
}

export function validateThread(input: ThreadInput, lessonIds: readonly number[]): Result<{ title: string; body: string; lessonId: number | null }> {
  const errors: FieldErrors = {};
  const title = normaliseText(input.title).replace(/\s+/g, ' ');
  const titleLength = characterCount(title);
  if (!title) errors.title = 'Donnez un titre à votre sujet.';
  else if (titleLength > MAX_TITLE_LENGTH) errors.title = tooLong('Le titre', titleLength, MAX_TITLE_LENGTH);
  const body = validateBody(input.body, errors);
  let lessonId: number | null = null;
  if (input.lessonId) {
    lessonId = /^[0-9]{1,9}$/.test(input.lessonId) ? Number(input.lessonId) : null;
    if (lessonId === null || !lessonIds.includes(lessonId)) errors.lessonId = 'Choisissez une leçon de ce cours dans la liste, ou aucune.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { title, body, lessonId } };
}

async function postingLimit(db: Db, accountId: number): Promise<{ retryAfter: number; message: string } | null> {
  const limit = await checkRateLimit(db, `discussion:compte:${accountId}`, POSTS_PER_WINDOW, POST_WINDOW_SECONDS);
  if (limit.allowed) return null;
  const minutes = Math.ceil(limit.retryAfter / 60);
  return {
    retryAfter: limit.retryAfter,
    message: `Vous avez publié ${POSTS_PER_WINDOW} messages en moins de ${POST_WINDOW_SECONDS / 60} minutes : réessayez dans ${minutes > 1 ? `${minutes} minutes` : 'une minute'}. Votre texte est conservé ci-dessous.`,
  };
}

/** Opens a thread in the session; the title, text and lesson are validated, posting is rate limited. */
export async function createThread(db: Db, context: DiscussionContext, input: ThreadInput, lessonIds: readonly number[]): Promise<Result<{ threadId: number }>> {
  const valid = validateThread(input, lessonIds);
  if (!valid.ok) return valid;
  const accountId = context.viewer.accountId;
  const limited = await postingLimit(db, accountId);
  if (limited) return { ok: false, errors: {}, limited };
  const threadId = await db.transaction().execute(async (trx) => {
    const id = await insertThread(trx, { sessionId: context.session.id, accountId, ...valid.value });
    await recordRateLimitHit(trx, `discussion:compte:${accountId}`);
    return id;
  });
  return { ok: true, value: { threadId } };
}

export interface ReplyOutcome {
  postId: number;
  /** The thread's author to e-mail (after the commit), unless they are the replier or opted out. */
  notify: { email: string } | null;
}

/** Adds a reply; `by_instructor` is set when the author is an internal instructor of the course now. */
export async function createReply(db: Db, context: DiscussionContext, threadId: number, rawBody: string): Promise<Result<ReplyOutcome>> {
  const errors: FieldErrors = {};
  const body = validateBody(rawBody, errors);
  if (Object.keys(errors).length) return { ok: false, errors };
  const accountId = context.viewer.accountId;
  const limited = await postingLimit(db, accountId);
  if (limited) return { ok: false, errors: {}, limited };
  const postId = await db.transaction().execute(async (trx) => {
    const id = await insertPost(trx, { threadId, accountId, body, byInstructor: context.instructor });
    await recordRateLimitHit(trx, `discussion:compte:${accountId}`);
    return id;
  });
  const recipient = await findReplyRecipient(db, threadId);
  return { ok: true, value: { postId, notify: recipient && recipient.account_id !== accountId ? { email: recipient.email } : null } };
}

/** Reports a thread or a reply (one report per account and subject, never one's own). */
export async function report(db: Db, kind: SubjectKind, subjectId: number, accountId: number, reason: string): Promise<Result<ReportOutcome>> {
  if (!(REPORT_REASONS as readonly string[]).includes(reason)) return { ok: false, errors: { reason: 'Choisissez le motif du signalement : spam, propos offensants ou hors sujet.' } };
  const bucket = `signalement-mooc:compte:${accountId}`;
  const limit = await checkRateLimit(db, bucket, REPORTS_PER_HOUR, 3600);
  if (!limit.allowed) {
    return { ok: false, errors: {}, limited: { retryAfter: limit.retryAfter, message: `Vous avez envoyé ${REPORTS_PER_HOUR} signalements en moins d’une heure : réessayez plus tard.` } };
  }
  const outcome = await addReport(db, kind, subjectId, accountId, reason as ReportReason);
  if (outcome === 'reported' || outcome === 'hidden') await recordRateLimitHit(db, bucket);
  return { ok: true, value: outcome };
}
