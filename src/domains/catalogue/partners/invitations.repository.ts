import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { MemberRole } from './partners.table.js';

export interface PendingInvitationRow {
  id: number;
  email: string;
  role: MemberRole;
  created_at: Date;
  expires_at: Date;
  invited_by_name: string | null;
}

/** Invitations neither accepted nor cancelled (expired ones included, marked by their date). */
export async function listPendingInvitations(db: Db, organisationId: number): Promise<PendingInvitationRow[]> {
  return db
    .selectFrom('organisation_invitations as i')
    .leftJoin('accounts as a', 'a.id', 'i.invited_by')
    .select(['i.id', 'i.email', 'i.role', 'i.created_at', 'i.expires_at', sql<string | null>`coalesce(nullif(a.display_name, ''), a.email)`.as('invited_by_name')])
    .where('i.organisation_id', '=', organisationId)
    .where('i.accepted_at', 'is', null)
    .where('i.cancelled_at', 'is', null)
    .orderBy('i.created_at', 'desc')
    .execute();
}

/** Cancels the pending invitation of that address, if any (a new one replaces it). */
export async function cancelPendingInvitationsTo(trx: Db, organisationId: number, email: string): Promise<void> {
  await trx
    .updateTable('organisation_invitations')
    .set({ cancelled_at: sql<Date>`now()` })
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`lower(email) = ${email.toLowerCase()}`)
    .where('accepted_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

export async function insertInvitation(
  trx: Db,
  invitation: { organisationId: number; email: string; role: MemberRole; tokenHash: string; invitedBy: number; expiresAt: Date },
): Promise<number> {
  const row = await trx
    .insertInto('organisation_invitations')
    .values({
      organisation_id: invitation.organisationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Cancels one pending invitation of this organisation (never another's). */
export async function cancelInvitation(db: Db, organisationId: number, id: number): Promise<{ email: string } | undefined> {
  return db
    .updateTable('organisation_invitations')
    .set({ cancelled_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('email')
    .executeTakeFirst();
}

export interface InvitationDetails {
  id: number;
  organisation_id: number;
  organisation_slug: string;
  organisation_name: string;
  email: string;
  role: MemberRole;
  invited_by_name: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: number | null;
  cancelled_at: Date | null;
  expired: boolean;
}

/** The invitation behind a token hash, with its organisation; `lock` holds it until the transaction ends. */
export async function findInvitationByTokenHash(db: Db, tokenHash: string, lock = false): Promise<InvitationDetails | undefined> {
  const { rows } = await sql<InvitationDetails>`
    SELECT i.id, i.organisation_id, o.slug AS organisation_slug, o.name AS organisation_name, i.email, i.role,
      coalesce(nullif(a.display_name, ''), a.email) AS invited_by_name, i.expires_at, i.accepted_at, i.accepted_by,
      i.cancelled_at, i.expires_at <= now() AS expired
    FROM organisation_invitations i
    JOIN organisations o ON o.id = i.organisation_id
    LEFT JOIN accounts a ON a.id = i.invited_by
    WHERE i.token_hash = ${tokenHash}
    ${lock ? sql`FOR UPDATE OF i` : sql``}`.execute(db);
  return rows[0];
}

export async function markInvitationAccepted(trx: Db, id: number, accountId: number): Promise<void> {
  await trx.updateTable('organisation_invitations').set({ accepted_at: sql<Date>`now()`, accepted_by: accountId }).where('id', '=', id).execute();
}

/** Whether the account holding that address is already a member. */
export async function isMemberByEmail(db: Db, organisationId: number, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisation_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select('m.account_id')
    .where('m.organisation_id', '=', organisationId)
    .where('a.email_normalized', '=', email)
    .executeTakeFirst();
  return Boolean(row);
}

/** For the personal data export: the invitations the account sent, and those it accepted. */
export async function exportInvitations(db: Db, accountId: number) {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT o.name AS organisation, i.email AS "adresseInvitee", i.role AS role, i.created_at AS "envoyeeLe",
      i.expires_at AS "expireLe", i.accepted_at AS "accepteeLe", i.cancelled_at AS "annuleeLe",
      CASE WHEN i.invited_by = ${accountId} THEN 'envoyee' ELSE 'recue' END AS sens
    FROM organisation_invitations i JOIN organisations o ON o.id = i.organisation_id
    WHERE i.invited_by = ${accountId} OR i.accepted_by = ${accountId}
    ORDER BY i.created_at`.execute(db);
  return rows;
}
