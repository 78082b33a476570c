import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import type { MemberRole, RevisionStatus } from '../partners/partners.table.js';
import { listMemberships } from '../partners/membership.js';
import { changedFields, cleanText, EMPTY_CONTENT, LIMITS, type ServiceContent } from './service-content.js';
import { revisionHref, stepHref } from './submissions.paths.js';
import { findRevision, insertRevision, insertRevisionEvent } from './submissions.repository.js';
import { REVISION_STATUS_LABELS } from './workflow.js';

/**
 * A new service's draft that another domain writes for a partner (« Proposer mon application dans
 * l'Emploi Store »): the known fields are pre-filled, then a member of the organisation completes
 * the draft in the usual stepper and sends it to moderation. A draft has no row in `services`
 * until a moderator publishes it: the service id appears on the revision then.
 */
export type PrefilledContent = Partial<Pick<ServiceContent, 'name' | 'pitch' | 'description' | 'url' | 'type' | 'priceModel' | 'platforms' | 'languages'>>;

export interface DraftOrganisation {
  id: number;
  slug: string;
  name: string;
  role: MemberRole;
}

/** The organisations an account may write a service for (those it is a member of). */
export async function organisationsOfMember(db: Db, accountId: number): Promise<DraftOrganisation[]> {
  const rows = await listMemberships(db, accountId);
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, role: row.role }));
}

const cut = (text: string, max: number) => [...text].slice(0, max).join('');

/** The pre-filled content: texts cleaned and cut to the form's limits, the rest as a new draft has it. */
export function prefilledContent(prefill: PrefilledContent): ServiceContent {
  return {
    ...EMPTY_CONTENT,
    ...(Object.fromEntries(Object.entries(prefill).filter(([, value]) => value !== undefined)) as PrefilledContent),
    name: cut(cleanText(prefill.name ?? ''), LIMITS.name),
    pitch: cut(cleanText(prefill.pitch ?? ''), LIMITS.pitch),
    description: cut(cleanText(prefill.description ?? ''), LIMITS.description),
    url: cut(cleanText(prefill.url ?? ''), LIMITS.url),
  };
}

export interface SubmissionRef {
  revisionId: number;
  organisationId: number;
  organisationSlug: string;
  status: RevisionStatus;
  statusLabel: string;
  name: string;
  /** Set once a moderator has published it. */
  serviceId: number | null;
  /** The stepper (or the preview, once sent): what a member opens to complete it. */
  href: string;
}

/**
 * Creates the draft in the caller's transaction, as `SubmissionsService.create` does (revision +
 * « creer » event), for a member of the organisation. Throws NOT_ORGANISATION_MEMBER otherwise.
 */
export async function createPrefilledDraft(trx: Db, input: { organisationId: number; accountId: number; prefill: PrefilledContent }): Promise<SubmissionRef> {
  const organisation = (await organisationsOfMember(trx, input.accountId)).find((candidate) => candidate.id === input.organisationId);
  if (!organisation) throw new AppError('NOT_ORGANISATION_MEMBER');
  const content = prefilledContent(input.prefill);
  if (!content.name) throw new AppError('BAD_REQUEST', 'Le nom du service est nécessaire pour créer la fiche.');
  const revision = await insertRevision(trx, { organisationId: organisation.id, serviceId: null, content, baseContent: null, accountId: input.accountId });
  await insertRevisionEvent(trx, { revisionId: revision.id, accountId: input.accountId, action: 'creer', from: null, to: 'brouillon', changedFields: changedFields(null, content) });
  return {
    revisionId: revision.id,
    organisationId: organisation.id,
    organisationSlug: organisation.slug,
    status: revision.status,
    statusLabel: REVISION_STATUS_LABELS[revision.status],
    name: content.name,
    serviceId: null,
    href: stepHref(organisation.slug, revision.id, 'presentation'),
  };
}

/** A submission by its revision id (whatever its organisation), or undefined when it is gone. */
export async function findSubmission(db: Db, revisionId: number): Promise<SubmissionRef | undefined> {
  const revision = await findRevision(db, null, revisionId);
  if (!revision) return undefined;
  const organisation = await db.selectFrom('organisations').select('slug').where('id', '=', revision.organisationId).executeTakeFirstOrThrow();
  return {
    revisionId: revision.id,
    organisationId: revision.organisationId,
    organisationSlug: organisation.slug,
    status: revision.status,
    statusLabel: REVISION_STATUS_LABELS[revision.status],
    name: revision.content.name,
    serviceId: revision.serviceId,
    href: revisionHref(organisation.slug, revision.id),
  };
}
