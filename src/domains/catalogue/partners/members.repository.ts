import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { MemberRole } from './partners.table.js';

export interface MemberRow {
  account_id: number;
  display_name: string;
  email: string;
  role: MemberRole;
  created_at: Date;
}

/** Members of an organisation: owners first, then by name. */
export async function listMembers(db: Db, organisationId: number): Promise<MemberRow[]> {
  return db
    .selectFrom('organisation_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(['m.account_id', 'a.display_name', 'a.email', 'm.role', 'm.created_at'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy(sql`m.role = 'proprietaire'`, 'desc')
    .orderBy(sql`lower(coalesce(nullif(a.display_name, ''), a.email))`)
    .execute();
}

export async function findMember(db: Db, organisationId: number, accountId: number): Promise<MemberRow | undefined> {
  return db
    .selectFrom('organisation_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(['m.account_id', 'a.display_name', 'a.email', 'm.role', 'm.created_at'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.account_id', '=', accountId)
    .executeTakeFirst();
}

/**
 * Locks the organisation row until the end of the transaction: every change of its members goes
 * through this lock, so two of them never decide on the same count of owners.
 */
export async function lockOrganisation(trx: Db, organisationId: number): Promise<boolean> {
  const { rows } = await sql`SELECT id FROM organisations WHERE id = ${organisationId} FOR UPDATE`.execute(trx);
  return rows.length > 0;
}

export async function countOwners(trx: Db, organisationId: number): Promise<number> {
  const row = await trx
    .selectFrom('organisation_members')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'proprietaire')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function setMemberRole(trx: Db, organisationId: number, accountId: number, role: MemberRole): Promise<void> {
  await trx.updateTable('organisation_members').set({ role }).where('organisation_id', '=', organisationId).where('account_id', '=', accountId).execute();
}

export async function deleteMember(trx: Db, organisationId: number, accountId: number): Promise<void> {
  await trx.deleteFrom('organisation_members').where('organisation_id', '=', organisationId).where('account_id', '=', accountId).execute();
}

/** Adds a member; nothing happens when the account already is one (its role is kept). */
export async function addMember(trx: Db, organisationId: number, accountId: number, role: MemberRole): Promise<boolean> {
  const result = await trx
    .insertInto('organisation_members')
    .values({ organisation_id: organisationId, account_id: accountId, role })
    .onConflict((oc) => oc.columns(['organisation_id', 'account_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** E-mail addresses of the owners (to tell them someone joined). */
export async function ownerEmails(db: Db, organisationId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select('a.email')
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', '=', 'proprietaire')
    .execute();
  return rows.map((row) => row.email);
}
