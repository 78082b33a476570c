import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface AccountSessionRow {
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
}

/** The account's open sessions, without their ids (for the export). */
export async function listAccountSessions(db: Db, accountId: number): Promise<AccountSessionRow[]> {
  return db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('account_id', '=', accountId)
    .where('expires_at', '>', sql`now()` as unknown as Date)
    .orderBy('created_at')
    .execute();
}

export async function deleteAccountRow(db: Db, accountId: number): Promise<number> {
  const result = await db.deleteFrom('accounts').where('id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
