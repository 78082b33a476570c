import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { AccountRow } from './accounts.table.js';

export async function findAccountByEmail(db: Db, emailNormalized: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('email_normalized', '=', emailNormalized).executeTakeFirst();
}

export async function findAccountById(db: Db, id: number): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(db: Db, values: { email: string; emailNormalized: string; passwordHash: string | null; displayName: string; roles: string[] }) {
  return db
    .insertInto('accounts')
    .values({ email: values.email, email_normalized: values.emailNormalized, password_hash: values.passwordHash, display_name: values.displayName, roles: values.roles })
    .onConflict((oc) => oc.column('email_normalized').doNothing())
    .returning(['id'])
    .executeTakeFirst();
}

export async function updateAccount(db: Db, id: number, values: Partial<{ email: string; email_normalized: string; password_hash: string; email_verified_at: Date; display_name: string; roles: string[] }>) {
  await db.updateTable('accounts').set({ ...values, updated_at: sql`now()` as unknown as Date }).where('id', '=', id).execute();
}

/** Stores a single-use token (hashed) valid for `ttlMinutes`. */
export async function insertToken(db: Db, accountId: number, purpose: 'verifier-email' | 'reinitialiser-mot-de-passe' | 'changer-email', hash: string, ttlMinutes: number, payload: unknown = null) {
  await db
    .insertInto('account_tokens')
    .values({
      token_hash: hash,
      account_id: accountId,
      purpose,
      payload: payload === null ? null : JSON.stringify(payload),
      expires_at: sql`now() + make_interval(mins => ${ttlMinutes})` as unknown as Date,
    })
    .execute();
}

export type TokenCheck = { status: 'ok'; accountId: number; payload: unknown } | { status: 'unknown' | 'expired' | 'used' };

/** Marks a token used, atomically: a second use or an expired token is refused. */
export async function consumeToken(db: Db, purpose: string, hash: string): Promise<TokenCheck> {
  const used = await sql<{ account_id: number; payload: unknown }>`
    UPDATE account_tokens SET used_at = now()
    WHERE token_hash = ${hash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > now()
    RETURNING account_id, payload`.execute(db);
  const row = used.rows[0];
  if (row) return { status: 'ok', accountId: row.account_id, payload: row.payload };
  const existing = await db.selectFrom('account_tokens').select(['used_at', 'expires_at']).where('token_hash', '=', hash).where('purpose', '=', purpose as never).executeTakeFirst();
  if (!existing) return { status: 'unknown' };
  return { status: existing.used_at ? 'used' : 'expired' };
}

/** Peeks at a token without using it (to show the reset form only for a valid link). */
export async function tokenIsUsable(db: Db, purpose: string, hash: string): Promise<TokenCheck['status']> {
  const row = await db.selectFrom('account_tokens').select(['used_at', 'expires_at']).where('token_hash', '=', hash).where('purpose', '=', purpose as never).executeTakeFirst();
  if (!row) return 'unknown';
  if (row.used_at) return 'used';
  if (new Date(row.expires_at).getTime() <= Date.now()) return 'expired';
  return 'ok';
}

export async function invalidateTokens(db: Db, accountId: number, purpose: string): Promise<void> {
  await db.updateTable('account_tokens').set({ used_at: sql`now()` as unknown as Date }).where('account_id', '=', accountId).where('purpose', '=', purpose as never).where('used_at', 'is', null).execute();
}
