import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { AccountRow } from '../accounts.table.js';

const now = () => sql`now()` as unknown as Date;

export async function findAccountBySubject(db: Db, issuer: string, subject: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('oidc_issuer', '=', issuer).where('oidc_subject', '=', subject).executeTakeFirst();
}

/**
 * Links an account to the provider's subject, unless it is already linked to another one. The
 * provider verified the address, so it counts as verified here; when it was not verified here,
 * whoever set the password never proved the address: the password is dropped.
 */
export async function linkAccount(db: Db, accountId: number, issuer: string, subject: string): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({
      oidc_issuer: issuer,
      oidc_subject: subject,
      password_hash: sql<string | null>`CASE WHEN email_verified_at IS NULL THEN NULL ELSE password_hash END`,
      email_verified_at: sql<Date>`coalesce(email_verified_at, now())`,
      updated_at: now(),
    })
    .where('id', '=', accountId)
    .where('oidc_subject', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new account without a password; undefined when the e-mail or the subject is already taken. */
export async function insertLinkedAccount(db: Db, values: { email: string; emailNormalized: string; emailVerified: boolean; issuer: string; subject: string }) {
  return db
    .insertInto('accounts')
    .values({
      email: values.email,
      email_normalized: values.emailNormalized,
      password_hash: null,
      roles: ['candidat'],
      email_verified_at: values.emailVerified ? now() : null,
      oidc_issuer: values.issuer,
      oidc_subject: values.subject,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(['id'])
    .executeTakeFirst();
}
