import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export const SESSION_DAYS = 30;

export interface SessionAccountRow {
  account_id: number;
  email: string;
  display_name: string;
  roles: string[];
  email_verified_at: Date | null;
  last_seen_at: Date;
}

export async function insertSession(db: Db, idHash: string, accountId: number, userAgent: string | null): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: idHash, account_id: accountId, user_agent: userAgent?.slice(0, 300) ?? null, expires_at: sql`now() + make_interval(days => ${SESSION_DAYS})` as unknown as Date })
    .execute();
}

export async function findSession(db: Db, idHash: string): Promise<SessionAccountRow | undefined> {
  const { rows } = await sql<SessionAccountRow>`
    SELECT s.account_id, a.email, a.display_name, a.roles, a.email_verified_at, s.last_seen_at
    FROM sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.id_hash = ${idHash} AND s.expires_at > now()`.execute(db);
  return rows[0];
}

export async function touchSession(db: Db, idHash: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: sql`now()` as unknown as Date }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteAccountSessions(db: Db, accountId: number, exceptIdHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptIdHash) query = query.where('id_hash', '<>', exceptIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countAccountSessions(db: Db, accountId: number): Promise<number> {
  const row = await db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).where('expires_at', '>', sql`now()` as unknown as Date).executeTakeFirst();
  return Number(row?.n ?? 0);
}
