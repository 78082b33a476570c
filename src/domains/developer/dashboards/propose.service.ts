import { defineAuditLabels } from '../../../platform/audit/audit.labels.js';
import { auditActorOf, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { createPrefilledDraft, type DraftOrganisation, findSubmission, organisationsOfMember, type PrefilledContent, type SubmissionRef } from '../../catalogue/index.js';
import { activeOnly } from '../applications/applications.access.js';
import { findOwnApplication } from '../applications/applications.repository.js';
import type { DeveloperApplication } from '../developer.table.js';
import { APPLICATION_SUBJECT, linkPublishedProposals, PROPOSE_ACTION, proposedRevisionIds } from './proposals.repository.js';

defineAuditLabels({
  actions: { [PROPOSE_ACTION]: 'Proposition d’une application dans l’Emploi Store' },
  subjects: { [APPLICATION_SUBJECT]: 'Application de développeur' },
  fields: { revisionId: 'Fiche de service (n°)', organisationId: 'Organisation (n°)' },
});

/** What the draft is pre-filled with: the application's own description (the partner completes the rest). */
export function prefillOf(application: Pick<DeveloperApplication, 'name' | 'description' | 'website'>): PrefilledContent {
  return { name: application.name, description: application.description, url: application.website ?? '', type: 'application-api', priceModel: 'gratuit', platforms: ['web'] };
}

/** The submission proposed from an application that is still alive (not abandoned), newest first. */
export async function currentProposal(db: Db, applicationId: number): Promise<SubmissionRef | null> {
  for (const revisionId of await proposedRevisionIds(db, applicationId)) {
    const submission = await findSubmission(db, revisionId);
    if (submission && submission.status !== 'abandonne') return submission;
  }
  return null;
}

/** The published Store service an application points to. */
async function publishedService(db: Db, serviceId: number | null): Promise<{ slug: string; name: string } | null> {
  if (serviceId === null) return null;
  return (await db.selectFrom('services').select(['slug', 'name']).where('id', '=', serviceId).where('status', '=', 'publie').executeTakeFirst()) ?? null;
}

export interface ProposalView {
  organisations: DraftOrganisation[];
  existing: SubmissionRef | null;
  service: { slug: string; name: string } | null;
}

export async function loadProposal(db: Db, viewer: Viewer, application: DeveloperApplication): Promise<ProposalView> {
  let serviceId = application.service_id;
  if (serviceId === null && (await linkPublishedProposals(db, application.id)) > 0) {
    serviceId = (await db.selectFrom('developer_applications').select('service_id').where('id', '=', application.id).executeTakeFirstOrThrow()).service_id;
  }
  const [organisations, existing, service] = [await organisationsOfMember(db, viewer.accountId), await currentProposal(db, application.id), await publishedService(db, serviceId)];
  return { organisations, existing, service };
}

export type ProposeResult = { ok: true; href: string; created: boolean } | { ok: false; errors: FieldErrors };

/**
 * Proposes the application: a draft service pre-filled from it in the chosen organisation (one the
 * developer is a member of). A second proposal points to the first one's submission (or to the
 * published service) instead of writing another draft.
 */
export async function propose(db: Db, viewer: Viewer, applicationId: number, organisationSlug: string): Promise<ProposeResult> {
  return db.transaction().execute(async (trx) => {
    // Locked: two proposals sent at once make one draft.
    const application = await findOwnApplication(trx, viewer.accountId, applicationId, { forUpdate: true });
    if (!application) throw new AppError('APPLICATION_NOT_FOUND');
    activeOnly(application);
    const existing = await currentProposal(trx, application.id);
    if (existing) return { ok: true as const, href: existing.href, created: false };
    const service = await publishedService(trx, application.service_id);
    if (service) return { ok: true as const, href: `/services/${service.slug}`, created: false };
    const organisations = await organisationsOfMember(trx, viewer.accountId);
    const organisation = organisations.find((candidate) => candidate.slug === organisationSlug);
    if (!organisation) {
      const message = organisations.length ? 'Choisissez l’organisation qui publiera l’application.' : 'Créez d’abord l’organisation qui publiera l’application, dans l’espace partenaire.';
      return { ok: false as const, errors: { organisation: message } };
    }
    const submission = await createPrefilledDraft(trx, { organisationId: organisation.id, accountId: viewer.accountId, prefill: prefillOf(application) });
    await recordAudit(trx, {
      actor: auditActorOf(viewer),
      action: PROPOSE_ACTION,
      subjectKind: APPLICATION_SUBJECT,
      subjectId: application.id,
      summary: `Proposition de l’application « ${application.name} » dans l’Emploi Store : brouillon de fiche n° ${submission.revisionId} pour « ${organisation.name} »`,
      after: { revisionId: submission.revisionId, organisationId: organisation.id },
    });
    return { ok: true as const, href: submission.href, created: true };
  });
}
