import { firstFreeSlug } from '../../../platform/text/slug.js';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { OrganisationRow } from '../catalogue.table.js';

export interface PublicOrganisationRow {
  slug: string;
  name: string;
  kind: string;
  logo_path: string | null;
  services: number;
}

/** Organisations with at least one published service, with how many, by name. */
export async function listPublicOrganisations(db: Db): Promise<PublicOrganisationRow[]> {
  const { rows } = await sql<PublicOrganisationRow>`
    SELECT o.slug, o.name, o.kind, o.logo_path, count(*)::int AS services
    FROM organisations o JOIN services s ON s.provider_id = o.id AND s.status = 'publie'
    GROUP BY o.id
    ORDER BY unaccent(lower(o.name)), o.id`.execute(db);
  return rows;
}

export async function findOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function countPublishedServices(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('provider_id', '=', organisationId)
    .where('status', '=', 'publie')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The first free slug among `base`, `base-2`, `base-3`… */
export async function freeSlug(db: Db, base: string): Promise<string> {
  const { rows } = await sql<{ slug: string }>`
    SELECT slug FROM organisations WHERE slug = ${base} OR slug ~ ${`^${base}-[0-9]+$`}`.execute(db);
  return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
}

export interface OrganisationFields {
  name: string;
  kind: string;
  website: string | null;
  siret: string | null;
  description: string;
}

/** Creates the organisation with its creator as owner (in the caller's transaction). */
export async function insertOrganisationWithOwner(trx: Db, slug: string, fields: OrganisationFields, ownerId: number): Promise<{ id: number; slug: string }> {
  const organisation = await trx.insertInto('organisations').values({ slug, ...fields }).returning(['id', 'slug']).executeTakeFirstOrThrow();
  await trx.insertInto('organisation_members').values({ organisation_id: organisation.id, account_id: ownerId, role: 'proprietaire' }).execute();
  return organisation;
}

export async function updateOrganisation(db: Db, id: number, fields: Partial<OrganisationFields> & { logo_path?: string | null }): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ ...fields, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export interface DashboardCounts {
  services: Record<'publie' | 'depublie' | 'archive', number>;
  submissions: Record<'brouillon' | 'soumis' | 'modifications-demandees', number>;
  members: number;
  pendingInvitations: number;
}

/** What the dashboard shows: services by status, submissions in progress, members, pending invitations. */
export async function dashboardCounts(db: Db, organisationId: number): Promise<DashboardCounts> {
  const [services, submissions, members, invitations] = await Promise.all([
    sql<{ status: string; count: number }>`
      SELECT status, count(*)::int AS count FROM services WHERE provider_id = ${organisationId} GROUP BY status`.execute(db),
    sql<{ status: string; count: number }>`
      SELECT status, count(*)::int AS count FROM service_revisions
      WHERE organisation_id = ${organisationId} AND status IN ('brouillon', 'soumis', 'modifications-demandees') GROUP BY status`.execute(db),
    sql<{ count: number }>`SELECT count(*)::int AS count FROM organisation_members WHERE organisation_id = ${organisationId}`.execute(db),
    sql<{ count: number }>`
      SELECT count(*)::int AS count FROM organisation_invitations
      WHERE organisation_id = ${organisationId} AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > now()`.execute(db),
  ]);
  const of = (rows: { status: string; count: number }[], status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return {
    services: { publie: of(services.rows, 'publie'), depublie: of(services.rows, 'depublie'), archive: of(services.rows, 'archive') },
    submissions: { brouillon: of(submissions.rows, 'brouillon'), soumis: of(submissions.rows, 'soumis'), 'modifications-demandees': of(submissions.rows, 'modifications-demandees') },
    members: members.rows[0]?.count ?? 0,
    pendingInvitations: invitations.rows[0]?.count ?? 0,
  };
}
