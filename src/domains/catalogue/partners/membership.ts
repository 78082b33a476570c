import type { Viewer } from '../../../platform/http/access.plugin.js';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import type { MemberRole } from './partners.table.js';

export interface OrganisationSummary {
  id: number;
  slug: string;
  name: string;
  kind: string;
}

export interface Membership {
  organisation: OrganisationSummary;
  /** The viewer's role; administrators of the operator act as owners of every organisation. */
  role: MemberRole;
  /** True when the viewer acts as operator staff, not as a member. */
  asStaff: boolean;
}

export async function findOrganisationSummary(db: Db, slug: string): Promise<OrganisationSummary | undefined> {
  return db.selectFrom('organisations').select(['id', 'slug', 'name', 'kind']).where('slug', '=', slug).executeTakeFirst();
}

/**
 * The viewer's membership of an organisation, or an error: 404 when it does not exist, 403 when
 * the viewer is not a member (or only an editor where an owner is required). Every partner-space
 * route goes through this before reading or changing anything.
 */
export async function requireMembership(db: Db, slug: string, viewer: Viewer | null, needed: MemberRole = 'editeur'): Promise<Membership> {
  if (!viewer) throw new AppError('UNAUTHENTICATED');
  const organisation = await findOrganisationSummary(db, slug);
  if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
  const member = await db
    .selectFrom('organisation_members')
    .select('role')
    .where('organisation_id', '=', organisation.id)
    .where('account_id', '=', viewer.accountId)
    .executeTakeFirst();
  if (member) {
    if (needed === 'proprietaire' && member.role !== 'proprietaire') throw new AppError('OWNER_ONLY');
    return { organisation, role: member.role, asStaff: false };
  }
  if (viewer.roles.includes('administrateur')) return { organisation, role: 'proprietaire', asStaff: true };
  throw new AppError('NOT_ORGANISATION_MEMBER');
}

/** Organisations the account belongs to, with its role in each. */
export async function listMemberships(db: Db, accountId: number) {
  return db
    .selectFrom('organisation_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.slug', 'o.name', 'o.kind', 'm.role'])
    .where('m.account_id', '=', accountId)
    .orderBy('o.name')
    .execute();
}
