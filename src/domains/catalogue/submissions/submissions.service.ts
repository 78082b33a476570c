import type { Db } from '../../../platform/db/database.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import { type ProcessedImage, saveImage } from '../../../platform/media/index.js';
import type { Membership } from '../partners/membership.js';
import {
  applyStepInput,
  changedFields,
  EMPTY_CONTENT,
  invalidSteps,
  MAX_SCREENSHOTS,
  type ServiceContent,
  type Step,
  STEPS,
  validateStep,
} from './service-content.js';
import { changesRequestedMail, publishedMail, statusChangedMail } from './submissions.mails.js';
import {
  findOpenRevisionOfService,
  findOrganisationService,
  findRevision,
  insertPublishedService,
  insertRevision,
  insertRevisionEvent,
  knownRomeCodes,
  memberEmails,
  type Revision,
  setServiceStatus,
  updateRevision,
  updateServiceContent,
} from './submissions.repository.js';
import {
  type Actor,
  EDITABLE_REVISION_STATUSES,
  nextPublicationStatus,
  nextRevisionStatus,
  PUBLICATION_STATUS_LABELS,
  type RevisionAction,
  type ServiceAction,
} from './workflow.js';

export type SaveIntent = 'continuer' | 'brouillon';
export type SaveResult = { ok: true; revision: Revision } | { ok: false; errors: FieldErrors; content: ServiceContent };
export type SubmitResult = { ok: true } | { ok: false; invalid: { step: Step; errors: FieldErrors }[] };

const isEmpty = (value: unknown) => value === '' || value === null || (Array.isArray(value) && value.length === 0);

export function actorOf(membership: Membership): Actor {
  return membership.asStaff ? 'moderateur' : membership.role;
}

/**
 * Partners write services; moderators publish them. Every change goes through a revision; the
 * published version stays online until a moderator accepts the next one.
 */
export class SubmissionsService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  /** Errors of a step; a draft save only refuses what is wrong, not what is missing. */
  private async check(db: Db, content: ServiceContent, step: Step, intent: SaveIntent): Promise<FieldErrors> {
    const errors = validateStep(content, step, await knownRomeCodes(db, content.romeCodes));
    if (intent === 'brouillon') {
      for (const field of Object.keys(errors)) if (isEmpty(content[field as keyof ServiceContent])) delete errors[field];
    }
    return errors;
  }

  async revision(membership: Membership, id: number): Promise<Revision> {
    const revision = await findRevision(this.db, membership.organisation.id, id);
    if (!revision) throw new AppError('SUBMISSION_NOT_FOUND');
    return revision;
  }

  /** Starts a new service from the first step's fields. */
  async create(membership: Membership, viewer: Viewer, body: Record<string, unknown>, intent: SaveIntent): Promise<SaveResult> {
    const content = applyStepInput(EMPTY_CONTENT, STEPS[0]!, body);
    const errors = await this.check(this.db, content, STEPS[0]!, intent);
    if (!content.name) errors.name ??= 'Indiquez le nom du service.';
    if (Object.keys(errors).length) return { ok: false, errors, content };
    const revision = await this.db.transaction().execute(async (trx) => {
      const created = await insertRevision(trx, { organisationId: membership.organisation.id, serviceId: null, content, baseContent: null, accountId: viewer.accountId });
      await insertRevisionEvent(trx, { revisionId: created.id, accountId: viewer.accountId, action: 'creer', from: null, to: 'brouillon', changedFields: changedFields(null, content) });
      return created;
    });
    return { ok: true, revision };
  }

  /** The revision to edit a published service: the open one, or a new one from the online content. */
  async edit(membership: Membership, viewer: Viewer, serviceId: number): Promise<Revision> {
    return this.db.transaction().execute(async (trx) => {
      const service = await findOrganisationService(trx, membership.organisation.id, serviceId, { forUpdate: true });
      if (!service) throw new AppError('SUBMISSION_NOT_FOUND');
      if (service.status === 'archive') throw new AppError('TRANSITION_NOT_ALLOWED', 'Ce service est archivé : il ne peut plus être modifié.');
      const open = await findOpenRevisionOfService(trx, serviceId);
      if (open) return open;
      const created = await insertRevision(trx, {
        organisationId: membership.organisation.id,
        serviceId,
        content: service.content,
        baseContent: service.content,
        accountId: viewer.accountId,
      });
      await insertRevisionEvent(trx, { revisionId: created.id, accountId: viewer.accountId, action: 'creer', from: null, to: 'brouillon' });
      return created;
    });
  }

  /** Saves one step; the content changes only if the step is valid (or, for a draft, not wrong). */
  async saveStep(membership: Membership, viewer: Viewer, id: number, step: Step, body: Record<string, unknown>, intent: SaveIntent): Promise<SaveResult> {
    return this.db.transaction().execute(async (trx) => {
      const revision = await findRevision(trx, membership.organisation.id, id, { forUpdate: true });
      if (!revision) throw new AppError('SUBMISSION_NOT_FOUND');
      if (!EDITABLE_REVISION_STATUSES.includes(revision.status)) throw new AppError('REVISION_LOCKED');
      const content = applyStepInput(revision.content, step, body);
      const errors = await this.check(trx, content, step, intent);
      if (Object.keys(errors).length) return { ok: false as const, errors, content };
      await this.saveContent(trx, revision, content, viewer.accountId);
      return { ok: true as const, revision: { ...revision, content } };
    });
  }

  /**
   * Changes the images of a revision (the upload form): removes the ticked ones, adds the new
   * ones. Images are checked and re-encoded by the caller; they are stored here, in the same
   * transaction as the revision, so a refusal leaves nothing behind.
   */
  async saveImages(
    membership: Membership,
    viewer: Viewer,
    id: number,
    change: { removeLogo: boolean; removedScreenshots: ReadonlySet<string>; logo: ProcessedImage | null; screenshots: readonly ProcessedImage[] },
  ): Promise<SaveResult> {
    return this.db.transaction().execute(async (trx) => {
      const revision = await findRevision(trx, membership.organisation.id, id, { forUpdate: true });
      if (!revision) throw new AppError('SUBMISSION_NOT_FOUND');
      if (!EDITABLE_REVISION_STATUSES.includes(revision.status)) throw new AppError('REVISION_LOCKED');
      const kept = revision.content.screenshots.filter((src) => !change.removedScreenshots.has(src));
      if (kept.length + change.screenshots.length > MAX_SCREENSHOTS) {
        const message = `${MAX_SCREENSHOTS} captures d’écran au plus : retirez-en ou envoyez-en moins (vous en envoyez ${change.screenshots.length}, ${kept.length} sont déjà là).`;
        return { ok: false as const, errors: { screenshots: message }, content: revision.content };
      }
      const added: string[] = [];
      for (const image of change.screenshots) added.push((await saveImage(trx, image, viewer.accountId)).path);
      let logoPath = change.removeLogo ? null : revision.content.logoPath;
      if (change.logo) logoPath = (await saveImage(trx, change.logo, viewer.accountId)).path;
      const content = { ...revision.content, logoPath, screenshots: [...kept, ...added] };
      await this.saveContent(trx, revision, content, viewer.accountId);
      return { ok: true as const, revision: { ...revision, content } };
    });
  }

  private async saveContent(trx: Db, revision: Revision, content: ServiceContent, accountId: number): Promise<void> {
    const changed = changedFields(revision.content, content);
    if (!changed.length) return;
    await updateRevision(trx, revision.id, { content }, accountId);
    await insertRevisionEvent(trx, { revisionId: revision.id, accountId, action: 'enregistrer', from: revision.status, to: revision.status, changedFields: changed });
  }

  /** A partner's action on a revision: send to moderation (every step valid), withdraw, abandon. */
  async act(membership: Membership, viewer: Viewer, id: number, action: Extract<RevisionAction, 'soumettre' | 'retirer' | 'abandonner'>): Promise<SubmitResult> {
    // Staff acting in a partner space write as the partner would (moderation decisions go through the queue).
    const actor: Actor = membership.role;
    return this.db.transaction().execute(async (trx) => {
      const revision = await findRevision(trx, membership.organisation.id, id, { forUpdate: true });
      if (!revision) throw new AppError('SUBMISSION_NOT_FOUND');
      const to = nextRevisionStatus(revision.status, action, actor);
      if (action === 'soumettre') {
        const invalid = invalidSteps(revision.content, await knownRomeCodes(trx, revision.content.romeCodes));
        if (invalid.length) return { ok: false as const, invalid };
        if (revision.baseContent && !changedFields(revision.baseContent, revision.content).length) {
          return { ok: false as const, invalid: [{ step: STEPS[0]!, errors: { name: 'Cette modification ne change rien à la fiche publiée : modifiez au moins un champ avant de l’envoyer.' } }] };
        }
      }
      await updateRevision(trx, id, { status: to, submitted: action === 'soumettre' }, viewer.accountId);
      await insertRevisionEvent(trx, { revisionId: id, accountId: viewer.accountId, action, from: revision.status, to });
      return { ok: true as const };
    });
  }

  /**
   * A moderator's decision on a submitted revision, inside the moderation transaction: publish
   * (create or update the service) or ask for changes (the reason is sent to the partner).
   */
  async moderate(trx: Db, id: number, decision: 'publier' | 'demander-modifications', reason: string, moderatorAccountId: number): Promise<boolean> {
    const revision = await findRevision(trx, null, id, { forUpdate: true });
    if (!revision) return false;
    const to = nextRevisionStatus(revision.status, decision, 'moderateur');
    if (decision === 'publier') {
      const invalid = invalidSteps(revision.content, await knownRomeCodes(trx, revision.content.romeCodes));
      if (invalid.length) throw new AppError('TRANSITION_NOT_ALLOWED', 'Cette fiche est incomplète : demandez des modifications plutôt que de la publier.');
      let serviceId = revision.serviceId;
      if (serviceId === null) {
        serviceId = (await insertPublishedService(trx, revision.organisationId, revision.content)).id;
      } else {
        const service = await findOrganisationService(trx, revision.organisationId, serviceId, { forUpdate: true });
        if (!service || service.status === 'archive') throw new AppError('TRANSITION_NOT_ALLOWED', 'Ce service est archivé : la modification ne peut plus être publiée.');
        await updateServiceContent(trx, serviceId, revision.content);
      }
      await updateRevision(trx, id, { status: to, serviceId, moderatorComment: null, decided: true }, null);
    } else {
      await updateRevision(trx, id, { status: to, moderatorComment: reason, decided: true }, null);
    }
    await insertRevisionEvent(trx, { revisionId: id, accountId: moderatorAccountId, action: decision, from: revision.status, to, comment: reason });
    return true;
  }

  /** E-mails the organisation's members about a moderator's decision (after it is committed). */
  async notifyDecision(id: number, decision: string, reason: string): Promise<void> {
    const revision = await findRevision(this.db, null, id);
    if (!revision) return;
    const organisation = await this.db.selectFrom('organisations').select('slug').where('id', '=', revision.organisationId).executeTakeFirstOrThrow();
    const recipients = await memberEmails(this.db, revision.organisationId);
    const name = revision.content.name;
    let mailFor: (to: string) => ReturnType<typeof publishedMail>;
    if (decision === 'publier' && revision.serviceId !== null) {
      const service = await findOrganisationService(this.db, null, revision.serviceId);
      const url = `${this.publicUrl}/services/${service?.slug ?? ''}`;
      const isUpdate = revision.baseContent !== null;
      mailFor = (to) => publishedMail(to, name, url, isUpdate, reason);
    } else if (decision === 'demander-modifications') {
      const url = `${this.publicUrl}/espace-partenaire/${organisation.slug}/fiches/${id}`;
      mailFor = (to) => changesRequestedMail(to, name, url, reason);
    } else return;
    for (const to of recipients) await this.mailer.send(mailFor(to));
  }

  /** Unpublish, republish or archive a service (owners and staff; republishing is staff only). */
  async serviceAction(membership: Membership, viewer: Viewer, serviceId: number, action: ServiceAction): Promise<void> {
    const actor = actorOf(membership);
    const service = await this.db.transaction().execute(async (trx) => {
      const found = await findOrganisationService(trx, membership.organisation.id, serviceId, { forUpdate: true });
      if (!found) throw new AppError('SUBMISSION_NOT_FOUND');
      const to = nextPublicationStatus(found.status, action, actor);
      await setServiceStatus(trx, serviceId, to);
      if (to === 'archive') {
        // An archived service takes no more changes: its open revision is abandoned.
        const open = await findOpenRevisionOfService(trx, serviceId);
        if (open) {
          await updateRevision(trx, open.id, { status: 'abandonne' }, viewer.accountId);
          await insertRevisionEvent(trx, { revisionId: open.id, accountId: viewer.accountId, action: 'archiver', from: open.status, to: 'abandonne' });
        }
      }
      if (membership.asStaff) {
        await recordAudit(trx, {
          actor: { accountId: viewer.accountId, displayName: viewer.displayName },
          action: `service.${action}`,
          subjectKind: 'service',
          subjectId: serviceId,
          summary: `${PUBLICATION_STATUS_LABELS[to]} : service « ${found.name} » (${membership.organisation.name})`,
          before: { status: found.status },
          after: { status: to },
        });
      }
      return { ...found, to };
    });
    const spaceUrl = `${this.publicUrl}/espace-partenaire/${membership.organisation.slug}/services`;
    for (const to of await memberEmails(this.db, membership.organisation.id)) {
      await this.mailer.send(statusChangedMail(to, service.name, PUBLICATION_STATUS_LABELS[service.to], spaceUrl));
    }
  }

  async invalidStepsOf(content: ServiceContent) {
    return invalidSteps(content, await knownRomeCodes(this.db, content.romeCodes));
  }
}
