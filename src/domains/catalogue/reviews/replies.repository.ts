import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** Whether the account belongs to the organisation (any role): members answer reviews of its services. */
export async function isOrganisationMember(db: Db, organisationId: number, accountId: number): Promise<boolean> {
  const row = await db
    .selectFrom('organisation_members')
    .select('account_id')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The ids of the organisations the account belongs to. */
export async function listMemberOrganisationIds(db: Db, accountId: number): Promise<number[]> {
  const rows = await db.selectFrom('organisation_members').select('organisation_id').where('account_id', '=', accountId).execute();
  return rows.map((row) => row.organisation_id);
}

/** The provider's one reply to a review, created or replaced. */
export async function upsertReply(db: Db, reply: { reviewId: number; organisationId: number; authorAccountId: number; body: string }): Promise<void> {
  await sql`INSERT INTO review_replies (review_id, organisation_id, author_account_id, body)
    VALUES (${reply.reviewId}, ${reply.organisationId}, ${reply.authorAccountId}, ${reply.body})
    ON CONFLICT (review_id) DO UPDATE SET organisation_id = excluded.organisation_id, author_account_id = excluded.author_account_id,
      body = excluded.body, updated_at = now()`.execute(db);
}
