import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Membership } from './membership.js';
import { countOwners, deleteMember, findMember, lockOrganisation, type MemberRow, setMemberRole } from './members.repository.js';
import type { MemberRole } from './partners.table.js';

export const ROLE_LABELS: Record<MemberRole, string> = { proprietaire: 'Propriétaire', editeur: 'Éditeur' };

export const isMemberRole = (value: string): value is MemberRole => value === 'proprietaire' || value === 'editeur';

export const memberName = (member: Pick<MemberRow, 'display_name' | 'email'>) => member.display_name || member.email;

/**
 * Runs a change of one member under the organisation's lock, refusing it when it would leave the
 * organisation without an owner (two owners demoting each other at once: the second one waits for
 * the first, then sees a single owner left and is refused).
 */
async function changeMember(
  db: Db,
  membership: Membership,
  accountId: number,
  removesOwner: (member: MemberRow) => boolean,
  apply: (trx: Db, member: MemberRow) => Promise<void>,
): Promise<MemberRow> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockOrganisation(trx, membership.organisation.id))) throw new AppError('ORGANISATION_NOT_FOUND');
    const member = await findMember(trx, membership.organisation.id, accountId);
    if (!member) throw new AppError('NOT_FOUND', "Cette personne n'est pas membre de l'organisation.");
    if (member.role === 'proprietaire' && removesOwner(member) && (await countOwners(trx, membership.organisation.id)) <= 1) {
      throw new AppError('LAST_OWNER');
    }
    await apply(trx, member);
    return member;
  });
}

function audit(trx: Db, viewer: Viewer, membership: Membership, action: string, summary: string, before: unknown, after: unknown) {
  if (!membership.asStaff) return Promise.resolve();
  return recordAudit(trx, {
    actor: { accountId: viewer.accountId, displayName: viewer.displayName },
    action,
    subjectKind: 'organisation',
    subjectId: membership.organisation.id,
    summary,
    before,
    after,
  });
}

/** An owner changes a member's role (the last owner cannot be demoted). */
export async function changeMemberRole(db: Db, viewer: Viewer, membership: Membership, accountId: number, role: MemberRole): Promise<MemberRow> {
  return changeMember(
    db,
    membership,
    accountId,
    () => role !== 'proprietaire',
    async (trx, member) => {
      if (member.role === role) return;
      await setMemberRole(trx, membership.organisation.id, accountId, role);
      const summary = `Rôle de ${memberName(member)} dans « ${membership.organisation.name} » : ${ROLE_LABELS[member.role]} → ${ROLE_LABELS[role]}`;
      await audit(trx, viewer, membership, 'organisation.member.role', summary, { accountId, role: member.role }, { accountId, role });
    },
  );
}

/** An owner removes a member, or a member leaves (the last owner can do neither). */
export async function removeMember(db: Db, viewer: Viewer, membership: Membership, accountId: number): Promise<MemberRow> {
  return changeMember(
    db,
    membership,
    accountId,
    () => true,
    async (trx, member) => {
      await deleteMember(trx, membership.organisation.id, accountId);
      const summary = `Retrait de ${memberName(member)} de l’organisation « ${membership.organisation.name} »`;
      await audit(trx, viewer, membership, 'organisation.member.remove', summary, { accountId, role: member.role }, null);
    },
  );
}
