import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.js';
import type { RevisionStatus } from '../partners/partners.table.js';
import { contentFromJson, type ServiceContent } from './service-content.js';
import { OPEN_REVISION_STATUSES, type PublicationStatus } from './workflow.js';

export interface Revision {
  id: number;
  organisationId: number;
  serviceId: number | null;
  content: ServiceContent;
  baseContent: ServiceContent | null;
  status: RevisionStatus;
  moderatorComment: string | null;
  createdBy: number | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const REVISION_COLUMNS = [
  'id',
  'organisation_id',
  'service_id',
  'content',
  'base_content',
  'status',
  'moderator_comment',
  'created_by',
  'submitted_at',
  'decided_at',
  'created_at',
  'updated_at',
] as const;

type RevisionRecord = {
  id: number;
  organisation_id: number;
  service_id: number | null;
  content: unknown;
  base_content: unknown;
  status: RevisionStatus;
  moderator_comment: string | null;
  created_by: number | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

function toRevision(row: RevisionRecord): Revision {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    serviceId: row.service_id,
    content: contentFromJson(row.content),
    baseContent: row.base_content ? contentFromJson(row.base_content) : null,
    status: row.status,
    moderatorComment: row.moderator_comment,
    createdBy: row.created_by,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertRevision(
  trx: Db,
  values: { organisationId: number; serviceId: number | null; content: ServiceContent; baseContent: ServiceContent | null; accountId: number },
): Promise<Revision> {
  const row = await trx
    .insertInto('service_revisions')
    .values({
      organisation_id: values.organisationId,
      service_id: values.serviceId,
      content: JSON.stringify(values.content),
      base_content: values.baseContent ? JSON.stringify(values.baseContent) : null,
      created_by: values.accountId,
      updated_by: values.accountId,
    })
    .returning(REVISION_COLUMNS)
    .executeTakeFirstOrThrow();
  return toRevision(row as RevisionRecord);
}

/** A revision of this organisation (never another's), locked for update when inside a transaction that asks. */
export async function findRevision(db: Db, organisationId: number | null, id: number, { forUpdate = false } = {}): Promise<Revision | undefined> {
  let query = db.selectFrom('service_revisions').select(REVISION_COLUMNS).where('id', '=', id);
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toRevision(row as RevisionRecord) : undefined;
}

export async function findOpenRevisionOfService(db: Db, serviceId: number): Promise<Revision | undefined> {
  const row = await db
    .selectFrom('service_revisions')
    .select(REVISION_COLUMNS)
    .where('service_id', '=', serviceId)
    .where('status', 'in', OPEN_REVISION_STATUSES)
    .executeTakeFirst();
  return row ? toRevision(row as RevisionRecord) : undefined;
}

export async function updateRevision(
  trx: Db,
  id: number,
  patch: { content?: ServiceContent; status?: RevisionStatus; moderatorComment?: string | null; serviceId?: number; submitted?: boolean; decided?: boolean },
  accountId: number | null,
): Promise<void> {
  await trx
    .updateTable('service_revisions')
    .set({
      ...(patch.content ? { content: JSON.stringify(patch.content) } : {}),
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.moderatorComment !== undefined ? { moderator_comment: patch.moderatorComment } : {}),
      ...(patch.serviceId !== undefined ? { service_id: patch.serviceId } : {}),
      ...(patch.submitted ? { submitted_at: sql<Date>`now()` } : {}),
      ...(patch.decided ? { decided_at: sql<Date>`now()` } : {}),
      ...(accountId !== null ? { updated_by: accountId } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertRevisionEvent(
  trx: Db,
  event: { revisionId: number; accountId: number | null; action: string; from: string | null; to: string; comment?: string | null; changedFields?: string[] },
): Promise<void> {
  await trx
    .insertInto('service_revision_events')
    .values({
      revision_id: event.revisionId,
      actor_account_id: event.accountId,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      comment: event.comment ?? null,
      changed_fields: event.changedFields ?? [],
    })
    .execute();
}

export interface RevisionEvent {
  id: number;
  revisionId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
  changedFields: string[];
  createdAt: Date;
  actorName: string | null;
}

export async function listRevisionEvents(db: Db, revisionIds: number[]): Promise<RevisionEvent[]> {
  if (!revisionIds.length) return [];
  const rows = await db
    .selectFrom('service_revision_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .select(['e.id', 'e.revision_id', 'e.action', 'e.from_status', 'e.to_status', 'e.comment', 'e.changed_fields', 'e.created_at', 'a.display_name'])
    .where('e.revision_id', 'in', revisionIds)
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    revisionId: row.revision_id,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    comment: row.comment,
    changedFields: row.changed_fields,
    createdAt: row.created_at,
    actorName: row.display_name ?? null,
  }));
}

/** Every revision of a service (or the lone revision of a service never published), newest first. */
export async function listRevisions(db: Db, organisationId: number, target: { serviceId: number } | { revisionId: number }): Promise<Revision[]> {
  let query = db.selectFrom('service_revisions').select(REVISION_COLUMNS).where('organisation_id', '=', organisationId);
  query = 'serviceId' in target ? query.where('service_id', '=', target.serviceId) : query.where('id', '=', target.revisionId);
  const rows = await query.orderBy('id', 'desc').execute();
  return rows.map((row) => toRevision(row as RevisionRecord));
}

export interface PublishedServiceRecord {
  id: number;
  slug: string;
  name: string;
  status: PublicationStatus;
  providerId: number;
  content: ServiceContent;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** The organisation's service (published, unpublished or archived), with its content as a partner edits it. */
export async function findOrganisationService(db: Db, organisationId: number | null, serviceId: number, { forUpdate = false } = {}): Promise<PublishedServiceRecord | undefined> {
  let query = db.selectFrom('services').selectAll().where('id', '=', serviceId).where('status', 'in', ['publie', 'depublie', 'archive']);
  if (organisationId !== null) query = query.where('provider_id', '=', organisationId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status as PublicationStatus,
    providerId: row.provider_id,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    content: {
      name: row.name,
      pitch: row.pitch,
      description: row.description,
      type: row.type as ServiceContent['type'],
      themes: row.themes as ServiceContent['themes'],
      audience: row.audience as ServiceContent['audience'],
      romeCodes: row.rome_codes,
      url: row.url,
      platforms: row.platforms as ServiceContent['platforms'],
      languages: row.languages,
      priceModel: row.price_model as ServiceContent['priceModel'],
      priceText: row.price_text ?? '',
      accessibility: row.accessibility,
      logoPath: row.logo_path,
      screenshots: row.screenshots,
    },
  };
}

function serviceColumns(content: ServiceContent) {
  return {
    name: content.name,
    pitch: content.pitch,
    description: content.description,
    type: content.type,
    themes: content.themes,
    audience: content.audience,
    rome_codes: content.romeCodes,
    url: content.url,
    platforms: content.platforms,
    languages: content.languages,
    price_model: content.priceModel,
    price_text: content.priceText || null,
    accessibility: content.accessibility,
    logo_path: content.logoPath,
    screenshots: content.screenshots,
  };
}

/** Publishes a new service from a validated content: a unique slug from its name. */
export async function insertPublishedService(trx: Db, organisationId: number, content: ServiceContent): Promise<{ id: number; slug: string }> {
  const base = slugify(content.name, { maxLength: 80, fallback: 'service' });
  const taken = await trx.selectFrom('services').select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute();
  const slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
  return trx
    .insertInto('services')
    .values({ ...serviceColumns(content), slug, provider_id: organisationId, status: 'publie', published_at: new Date(), updated_at: new Date() })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
}

/** Replaces a published service's content with an accepted revision (its slug and status stay). */
export async function updateServiceContent(trx: Db, serviceId: number, content: ServiceContent): Promise<void> {
  await trx.updateTable('services').set({ ...serviceColumns(content), updated_at: new Date() }).where('id', '=', serviceId).execute();
}

export async function setServiceStatus(trx: Db, serviceId: number, status: PublicationStatus): Promise<void> {
  await trx
    .updateTable('services')
    .set({ status, updated_at: new Date(), ...(status === 'publie' ? { published_at: sql<Date>`coalesce(published_at, now())` } : {}) })
    .where('id', '=', serviceId)
    .execute();
}

export interface OrganisationEntry {
  service: { id: number; slug: string; name: string; status: PublicationStatus; updatedAt: Date } | null;
  openRevision: { id: number; status: RevisionStatus; name: string; updatedAt: Date; moderatorComment: string | null } | null;
}

/** The organisation's services and the new services it is writing, most recently changed first. */
export async function listOrganisationEntries(db: Db, organisationId: number): Promise<OrganisationEntry[]> {
  const services = await db
    .selectFrom('services')
    .select(['id', 'slug', 'name', 'status', 'updated_at'])
    .where('provider_id', '=', organisationId)
    .where('status', 'in', ['publie', 'depublie', 'archive'])
    .execute();
  const revisions = await db
    .selectFrom('service_revisions')
    .select(['id', 'service_id', 'status', 'updated_at', 'moderator_comment', sql<string>`content->>'name'`.as('name')])
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', OPEN_REVISION_STATUSES)
    .execute();
  const openByService = new Map(revisions.filter((r) => r.service_id !== null).map((r) => [r.service_id!, r]));
  const toOpen = (r: (typeof revisions)[number]) => ({ id: r.id, status: r.status, name: r.name ?? '', updatedAt: r.updated_at, moderatorComment: r.moderator_comment });
  const entries: OrganisationEntry[] = [
    ...revisions.filter((r) => r.service_id === null).map((r) => ({ service: null, openRevision: toOpen(r) })),
    ...services.map((s) => {
      const open = openByService.get(s.id);
      return {
        service: { id: s.id, slug: s.slug, name: s.name, status: s.status as PublicationStatus, updatedAt: s.updated_at },
        openRevision: open ? toOpen(open) : null,
      };
    }),
  ];
  const changed = (entry: OrganisationEntry) => Math.max(entry.service?.updatedAt.getTime() ?? 0, entry.openRevision?.updatedAt.getTime() ?? 0);
  return entries.sort((a, b) => changed(b) - changed(a));
}

/** E-mail addresses of the organisation's members (to tell them of a decision). */
export async function memberEmails(db: Db, organisationId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select('a.email')
    .where('m.organisation_id', '=', organisationId)
    .execute();
  return [...new Set(rows.map((row) => row.email))];
}

/** ROME codes that exist in the referential, among those given. */
export async function knownRomeCodes(db: Db, codes: string[]): Promise<Set<string>> {
  const wanted = codes.filter((code) => /^[A-N][0-9]{4}$/.test(code));
  if (!wanted.length) return new Set();
  const rows = await db.selectFrom('rome_sheets').select('code').where('code', 'in', wanted).execute();
  return new Set(rows.map((row) => row.code));
}
