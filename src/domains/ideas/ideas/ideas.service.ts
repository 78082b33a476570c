import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { THEMES } from '../../catalogue/index.js';
import type { IdeaRow } from '../ideas.table.js';
import { findSimilarIdeas, type IdeaInput, insertIdea, lockIdea, recentIdeasOf, setSupport, type SimilarIdea, updateIdea } from './ideas.repository.js';

export const IDEAS_PER_DAY = 5;
export const SUPPORTS_PER_HOUR = 60;
export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 5000;

export const AUDIENCES: Record<IdeaRow['audience'], string> = { candidats: 'Les candidats', entreprises: 'Les entreprises', tous: 'Tout le monde' };

export interface IdeaFormValues {
  title: string;
  description: string;
  theme: string;
  audience: string;
}

const length = (text: string) => [...text].length;
const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Checks the form; French messages by field. */
export function validateIdea(values: IdeaFormValues): { ok: true; input: IdeaInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = values.title.replace(/\s+/g, ' ').trim();
  const description = normalise(values.description);
  if (!title) errors.title = 'Donnez un titre à votre idée.';
  else if (length(title) < TITLE_MIN || length(title) > TITLE_MAX) errors.title = `Le titre doit compter de ${TITLE_MIN} à ${TITLE_MAX} caractères (il en compte ${length(title)}).`;
  if (!description) errors.description = 'Décrivez votre idée.';
  else if (length(description) < DESCRIPTION_MIN || length(description) > DESCRIPTION_MAX)
    errors.description = `La description doit compter de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} caractères (elle en compte ${length(description)}).`;
  if (!THEMES.some((theme) => theme.slug === values.theme)) errors.theme = 'Choisissez la thématique de votre idée.';
  if (!(values.audience in AUDIENCES)) errors.audience = 'Indiquez à qui votre idée s’adresse : candidats, entreprises ou tout le monde.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: { title, description, theme: values.theme, audience: values.audience as IdeaRow['audience'] } };
}

export type ProposeResult =
  | { kind: 'created'; id: number }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'similar'; similar: SimilarIdea[] }
  | { kind: 'limited'; retryAfter: number; message: string };

/**
 * Proposes an idea: validated, limited to 5 a day per account; when close ideas exist and the
 * author has not confirmed yet, they are returned instead (the form asks « Publier quand même »).
 */
export async function proposeIdea(db: Db, accountId: number, values: IdeaFormValues, confirmed: boolean): Promise<ProposeResult> {
  const checked = validateIdea(values);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const recent = await recentIdeasOf(db, accountId);
  if (recent.count >= IDEAS_PER_DAY) {
    const retryAfter = Math.max(60, Math.ceil(((recent.oldest ? new Date(recent.oldest).getTime() : Date.now()) + 86_400_000 - Date.now()) / 1000));
    const hours = Math.ceil(retryAfter / 3600);
    return { kind: 'limited', retryAfter, message: `Vous avez proposé ${IDEAS_PER_DAY} idées en moins de 24 heures : réessayez dans ${hours > 1 ? `${hours} heures` : 'une heure'}. Votre saisie est conservée ci-dessous.` };
  }
  if (!confirmed) {
    const similar = await findSimilarIdeas(db, checked.input.title);
    if (similar.length) return { kind: 'similar', similar };
  }
  const id = await db.transaction().execute((trx) => insertIdea(trx, accountId, checked.input));
  return { kind: 'created', id };
}

/**
 * Whether the author may still edit: no support and no comment yet. Checked with the idea row
 * locked (SELECT … FOR UPDATE): a support takes the same lock before inserting (and its trigger
 * updates this row), so an edit and a support never interleave.
 */
function assertEditable(idea: Awaited<ReturnType<typeof lockIdea>>, accountId: number): asserts idea is NonNullable<Awaited<ReturnType<typeof lockIdea>>> {
  if (!idea || idea.visibility !== 'publie' || idea.status === 'doublon') throw new AppError('IDEA_NOT_FOUND');
  if (idea.account_id !== accountId) throw new AppError('FORBIDDEN', 'Seule la personne qui a proposé cette idée peut la modifier.');
  if (idea.supports_count > 0 || idea.comments_count > 0) throw new AppError('IDEA_LOCKED');
}

/** Throws when the idea may not be edited by this account (for the edit page). */
export async function checkEditable(db: Db, ideaId: number, accountId: number): Promise<void> {
  await db.transaction().execute(async (trx) => assertEditable(await lockIdea(trx, ideaId), accountId));
}

/** Edits an idea (author only, before any support or comment). */
export async function editIdea(db: Db, ideaId: number, accountId: number, values: IdeaFormValues): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const checked = validateIdea(values);
  return db.transaction().execute(async (trx) => {
    assertEditable(await lockIdea(trx, ideaId), accountId);
    if (!checked.ok) return checked;
    await updateIdea(trx, ideaId, checked.input);
    return { ok: true as const };
  });
}

export type SupportAction = 'soutenir' | 'retirer';

/**
 * Supports or withdraws (an explicit action is idempotent; without one, it toggles). The idea row
 * is locked first: hidden or merged ideas are refused, and a concurrent edit waits or sees it.
 */
export async function changeSupport(db: Db, ideaId: number, accountId: number, action: SupportAction | undefined): Promise<{ supported: boolean }> {
  const bucket = `idee-soutien:compte:${accountId}`;
  const limit = await checkRateLimit(db, bucket, SUPPORTS_PER_HOUR, 3600);
  if (!limit.allowed) throw new AppError('IDEA_RATE_LIMITED', `Vous avez soutenu ou retiré votre soutien ${SUPPORTS_PER_HOUR} fois en moins d’une heure : réessayez dans quelques minutes.`);
  const result = await db.transaction().execute(async (trx) => {
    const idea = await lockIdea(trx, ideaId);
    if (!idea || idea.visibility !== 'publie') throw new AppError('IDEA_NOT_FOUND');
    if (idea.status === 'doublon') throw new AppError('CONFLICT', 'Cette idée a été fusionnée avec une autre : soutenez plutôt celle-ci.');
    let wanted: boolean;
    if (action) wanted = action === 'soutenir';
    else wanted = !(await trx.selectFrom('idea_supports').select('idea_id').where('idea_id', '=', ideaId).where('account_id', '=', accountId).executeTakeFirst());
    const changed = await setSupport(trx, ideaId, accountId, wanted);
    return { supported: wanted, changed };
  });
  if (result.changed) await recordRateLimitHit(db, bucket);
  return { supported: result.supported };
}
