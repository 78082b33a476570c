import type { FastifyBaseLogger } from 'fastify';
import { auditActorOf, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import type { Mail, Mailer } from '../../../platform/mail/mailer.js';
import { IDEA_STATUS_LABELS, IDEA_STATUSES } from '../ideas.vocabulary.js';
import { mergeMail, statusChangeMail } from './staff.mails.js';
import { findIdea, findPublishedServiceIdBySlug, followerEmails, insertStatusChange, lockIdeas, moveSupportsAndFollowers } from './staff.repository.js';

/** Statuses staff may set directly ('doublon' goes through a merge). */
export const SETTABLE_STATUSES = IDEA_STATUSES.filter((status) => status !== 'doublon');
export const MAX_ANSWER = 5000;
export const MAX_APPLICATION = 200;
export const MAX_PLEDGE_NOTE = 500;

export type Result = { ok: true } | { ok: false; errors: FieldErrors };

export interface StaffContext {
  db: Db;
  mailer: Mailer;
  log: FastifyBaseLogger;
  publicUrl: string;
}

const ideaLink = (publicUrl: string, id: number) => `${publicUrl}/idees/${id}`;

function checkAnswer(answer: string, errors: FieldErrors, field = 'reponse'): void {
  if (!answer) errors[field] = 'Saisissez la réponse officielle.';
  else if (answer.length > MAX_ANSWER) errors[field] = `La réponse officielle doit compter au plus ${MAX_ANSWER} caractères.`;
}

/** Sends mails once the change is committed; a failed mail is logged, never undoes the change. */
async function sendAll(context: StaffContext, mails: Mail[]): Promise<void> {
  const results = await Promise.allSettled(mails.map((mail) => context.mailer.send(mail)));
  for (const result of results) if (result.status === 'rejected') context.log.error({ err: result.reason }, 'idea follower mail failed');
}

export async function changeStatus(context: StaffContext, ideaId: number, viewer: Viewer, input: { statut: string; reponse: string }): Promise<Result> {
  const errors: FieldErrors = {};
  const status = SETTABLE_STATUSES.find((candidate) => candidate === input.statut);
  if (!status) errors.statut = 'Choisissez un statut.';
  checkAnswer(input.reponse, errors);
  const actor = auditActorOf(viewer);
  const outcome = await context.db.transaction().execute(async (trx) => {
    const [idea] = await lockIdeas(trx, [ideaId]);
    if (!idea) throw new AppError('IDEA_NOT_FOUND');
    if (idea.status === 'doublon') errors.statut = `Cette idée a été regroupée avec l’idée n° ${idea.merged_into_id} : son statut ne change plus.`;
    if (Object.keys(errors).length || !status) return null;
    await trx.updateTable('ideas').set({ status, updated_at: new Date() }).where('id', '=', ideaId).execute();
    await insertStatusChange(trx, { ideaId, from: idea.status, to: status, answer: input.reponse, staffAccountId: viewer.accountId, staffName: actor.displayName });
    await recordAudit(trx, {
      actor,
      action: 'idea.status',
      subjectKind: 'idee',
      subjectId: ideaId,
      summary: `Statut de l’idée n° ${ideaId} « ${idea.title} » : ${IDEA_STATUS_LABELS[idea.status]} → ${IDEA_STATUS_LABELS[status]}`,
      before: { status: idea.status },
      after: { status, answer: input.reponse },
    });
    return { title: idea.title, status, followers: await followerEmails(trx, ideaId) };
  });
  if (!outcome) return { ok: false, errors };
  const link = ideaLink(context.publicUrl, ideaId);
  await sendAll(context, outcome.followers.map((to) => statusChangeMail(to, outcome, input.reponse, link)));
  return { ok: true };
}

export async function mergeIdea(context: StaffContext, ideaId: number, viewer: Viewer, input: { cible: string; reponseFusion: string }): Promise<Result> {
  const errors: FieldErrors = {};
  const target = /^\s*(?:n°\s*)?(\d{1,9})\s*$/i.exec(input.cible)?.[1];
  const targetId = target === undefined ? NaN : Number(target);
  if (!Number.isSafeInteger(targetId)) errors.cible = 'Saisissez le numéro de l’idée qui regroupe celle-ci, par exemple 12.';
  else if (targetId === ideaId) errors.cible = 'Choisissez une autre idée que celle-ci.';
  checkAnswer(input.reponseFusion, errors, 'reponseFusion');
  if (Object.keys(errors).length) {
    if (!(await findIdea(context.db, ideaId))) throw new AppError('IDEA_NOT_FOUND');
    return { ok: false, errors };
  }
  const actor = auditActorOf(viewer);
  const outcome = await context.db.transaction().execute(async (trx) => {
    const locked = await lockIdeas(trx, [ideaId, targetId]);
    const idea = locked.find((row) => row.id === ideaId);
    const into = locked.find((row) => row.id === targetId);
    if (!idea) throw new AppError('IDEA_NOT_FOUND');
    if (idea.status === 'doublon') errors.cible = `Cette idée est déjà regroupée avec l’idée n° ${idea.merged_into_id}.`;
    else if (!into || into.visibility !== 'publie') errors.cible = `L’idée n° ${targetId} n’existe pas ou n’est pas visible.`;
    else if (into.merged_into_id !== null) errors.cible = `L’idée n° ${targetId} est elle-même regroupée avec l’idée n° ${into.merged_into_id} : choisissez celle-ci.`;
    if (Object.keys(errors).length || !into) return null;
    // A's followers, read before they move to B: they are the ones told.
    const followers = await followerEmails(trx, ideaId);
    const moved = await moveSupportsAndFollowers(trx, ideaId, targetId);
    await trx.updateTable('ideas').set({ status: 'doublon', merged_into_id: targetId, updated_at: new Date() }).where('id', '=', ideaId).execute();
    await insertStatusChange(trx, { ideaId, from: idea.status, to: 'doublon', answer: input.reponseFusion, staffAccountId: viewer.accountId, staffName: actor.displayName });
    await recordAudit(trx, {
      actor,
      action: 'idea.merge',
      subjectKind: 'idee',
      subjectId: ideaId,
      summary: `Idée n° ${ideaId} « ${idea.title} » regroupée avec l’idée n° ${targetId} « ${into.title} »`,
      before: { status: idea.status },
      after: { status: 'doublon', mergedInto: targetId, answer: input.reponseFusion, ...moved },
    });
    return { idea, into, followers };
  });
  if (!outcome) return { ok: false, errors };
  const link = ideaLink(context.publicUrl, targetId);
  await sendAll(context, outcome.followers.map((to) => mergeMail(to, outcome.idea, outcome.into, input.reponseFusion, link)));
  return { ok: true };
}

/** Links what realised the idea: a published Store service (by its slug) or an application (free text). */
export async function setRealisation(context: StaffContext, ideaId: number, viewer: Viewer, input: { service: string; application: string }): Promise<Result> {
  const errors: FieldErrors = {};
  const slug = input.service.trim();
  const application = input.application.trim();
  let service: { id: number; name: string } | undefined;
  if (slug) {
    service = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 100 ? await findPublishedServiceIdBySlug(context.db, slug) : undefined;
    if (!service) errors.service = `Aucun service publié n’a l’identifiant « ${slug.slice(0, 100)} ».`;
  }
  if (application.length > MAX_APPLICATION) errors.application = `Le nom ou l’adresse de l’application doit compter au plus ${MAX_APPLICATION} caractères.`;
  const idea = await findIdea(context.db, ideaId);
  if (!idea) throw new AppError('IDEA_NOT_FOUND');
  if (Object.keys(errors).length) return { ok: false, errors };
  await context.db.transaction().execute(async (trx) => {
    const [locked] = await lockIdeas(trx, [ideaId]);
    if (!locked) throw new AppError('IDEA_NOT_FOUND');
    await trx.updateTable('ideas').set({ realised_service_id: service?.id ?? null, realised_application: application || null, updated_at: new Date() }).where('id', '=', ideaId).execute();
    const what = [service ? `service « ${service.name} »` : '', application ? `application « ${application} »` : ''].filter(Boolean).join(' et ') || 'aucune réalisation';
    await recordAudit(trx, {
      actor: auditActorOf(viewer),
      action: 'idea.realisation',
      subjectKind: 'idee',
      subjectId: ideaId,
      summary: `Réalisation de l’idée n° ${ideaId} « ${locked.title} » : ${what}`,
      before: { serviceId: locked.realised_service_id, application: locked.realised_application },
      after: { serviceId: service?.id ?? null, application: application || null },
    });
  });
  return { ok: true };
}
