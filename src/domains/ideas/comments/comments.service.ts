import type { Db } from '../../../platform/db/database.js';
import { formatNumber } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { type CommentedIdea, findComment, findIdea, insertComment } from './comments.repository.js';

export const MAX_COMMENT_LENGTH = 5000;
/** Comments and replies an account may post in a window, all ideas together. */
export const COMMENTS_PER_WINDOW = 10;
export const COMMENT_WINDOW_SECONDS = 600;

export const isModerator = (viewer: Viewer | null) => Boolean(viewer && (viewer.roles.includes('moderateur') || viewer.roles.includes('administrateur')));

/** Line breaks as browsers send them (CRLF) count as one character; NUL cannot be stored. */
export const normaliseText = (value: string) => value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();

/** An id from a URL or a form: anything but a positive integer is unknown. */
export function parseId(value: string | undefined): number | null {
  return value && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

/** Why comments are closed on an idea (hidden or merged), or null when they are open. */
export function closedReason(idea: CommentedIdea): string | null {
  if (idea.visibility !== 'publie') return 'Cette idée est masquée par la modération : les commentaires sont fermés.';
  if (idea.merged_into_id !== null || idea.status === 'doublon') return 'Cette idée a été fusionnée avec une autre : commentez l’idée qui la remplace.';
  return null;
}

/** The idea of the URL, when the viewer may see it (hidden ideas only for moderators). */
export async function requireIdea(db: Db, ideaId: number | null, viewer: Viewer | null): Promise<CommentedIdea> {
  const idea = ideaId ? await findIdea(db, ideaId) : undefined;
  if (!idea || (idea.visibility !== 'publie' && !isModerator(viewer))) throw new AppError('IDEA_NOT_FOUND');
  return idea;
}

export type CommentResult =
  | { ok: true; commentId: number }
  | { ok: false; status: 400 | 429; errors: FieldErrors; formError?: string; retryAfter?: number };

/**
 * Adds a comment, or a reply when `rawParent` is given. A reply's parent must be a published
 * comment of the same idea; a reply to a reply is attached to that reply's top-level comment
 * (one level of replies). Posting is rate limited per account.
 */
export async function createComment(db: Db, idea: CommentedIdea, accountId: number, input: { body: string; parent?: string }): Promise<CommentResult> {
  const closed = closedReason(idea);
  if (closed) throw new AppError('IDEA_LOCKED', closed);
  const errors: FieldErrors = {};
  const body = normaliseText(input.body);
  const length = [...body].length;
  if (!body) errors.body = 'Écrivez votre commentaire.';
  else if (length > MAX_COMMENT_LENGTH)
    errors.body = `Votre commentaire compte ${formatNumber(length)} caractères : ${formatNumber(MAX_COMMENT_LENGTH)} au maximum. Raccourcissez-le de ${formatNumber(length - MAX_COMMENT_LENGTH)} caractères.`;
  let parentId: number | null = null;
  if (input.parent) {
    const id = parseId(input.parent);
    const parent = id ? await findComment(db, idea.id, id) : undefined;
    if (!parent) return { ok: false, status: 400, errors, formError: 'Le commentaire auquel vous répondez n’existe pas sous cette idée.' };
    const top = parent.parent_id === null ? parent : await findComment(db, idea.id, parent.parent_id);
    if (!top || top.visibility !== 'publie' || parent.visibility !== 'publie')
      return { ok: false, status: 400, errors, formError: 'Le commentaire auquel vous répondez a été masqué par la modération : vous ne pouvez plus y répondre.' };
    parentId = top.id;
  }
  if (Object.keys(errors).length) return { ok: false, status: 400, errors };
  const bucket = `idee-commentaire:compte:${accountId}`;
  const limit = await checkRateLimit(db, bucket, COMMENTS_PER_WINDOW, COMMENT_WINDOW_SECONDS);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfter / 60);
    return {
      ok: false,
      status: 429,
      errors: {},
      retryAfter: limit.retryAfter,
      formError: `Vous avez publié ${COMMENTS_PER_WINDOW} commentaires en moins de ${COMMENT_WINDOW_SECONDS / 60} minutes : réessayez dans ${minutes > 1 ? `${minutes} minutes` : 'une minute'}. Votre texte est conservé ci-dessous.`,
    };
  }
  const commentId = await db.transaction().execute(async (trx) => {
    const id = await insertComment(trx, { ideaId: idea.id, parentId, accountId, body });
    await recordRateLimitHit(trx, bucket);
    return id;
  });
  return { ok: true, commentId };
}
