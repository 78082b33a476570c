import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { IdeaStatus, Visibility } from '../ideas.table.js';

export interface StaffIdea {
  id: number;
  title: string;
  status: IdeaStatus;
  visibility: Visibility;
  merged_into_id: number | null;
  realised_service_id: number | null;
  realised_application: string | null;
}

const columns = ['id', 'title', 'status', 'visibility', 'merged_into_id', 'realised_service_id', 'realised_application'] as const;

export async function findIdea(db: Db, id: number): Promise<StaffIdea | undefined> {
  return db.selectFrom('ideas').select(columns).where('id', '=', id).executeTakeFirst();
}

/** Locks ideas (FOR UPDATE) in id order, so that two transactions locking the same pair never deadlock. */
export async function lockIdeas(trx: Db, ids: number[]): Promise<StaffIdea[]> {
  return trx.selectFrom('ideas').select(columns).where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export async function insertStatusChange(trx: Db, change: { ideaId: number; from: IdeaStatus; to: IdeaStatus; answer: string; staffAccountId: number; staffName: string }): Promise<void> {
  await trx
    .insertInto('idea_status_changes')
    .values({ idea_id: change.ideaId, from_status: change.from, to_status: change.to, answer: change.answer, staff_account_id: change.staffAccountId, staff_name: change.staffName })
    .execute();
}

/** E-mail addresses of an idea's followers. */
export async function followerEmails(db: Db, ideaId: number): Promise<string[]> {
  const rows = await db.selectFrom('idea_followers as f').innerJoin('accounts as a', 'a.id', 'f.account_id').select('a.email').where('f.idea_id', '=', ideaId).orderBy('a.id').execute();
  return rows.map((row) => row.email);
}

/**
 * Moves supports and followers of `from` to `into`: duplicates (accounts already on `into`) are
 * deleted first, the rest re-pointed (the supports trigger keeps both counts exact).
 * Returns how many supports moved and how many duplicates were dropped.
 */
export async function moveSupportsAndFollowers(trx: Db, from: number, into: number): Promise<{ moved: number; duplicates: number }> {
  const duplicates = await sql`
    DELETE FROM idea_supports s WHERE s.idea_id = ${from}
      AND EXISTS (SELECT 1 FROM idea_supports t WHERE t.idea_id = ${into} AND t.account_id = s.account_id)`.execute(trx);
  const moved = await sql`UPDATE idea_supports SET idea_id = ${into} WHERE idea_id = ${from}`.execute(trx);
  await sql`
    DELETE FROM idea_followers f WHERE f.idea_id = ${from}
      AND EXISTS (SELECT 1 FROM idea_followers t WHERE t.idea_id = ${into} AND t.account_id = f.account_id)`.execute(trx);
  await sql`UPDATE idea_followers SET idea_id = ${into} WHERE idea_id = ${from}`.execute(trx);
  return { moved: Number(moved.numAffectedRows ?? 0), duplicates: Number(duplicates.numAffectedRows ?? 0) };
}

export async function findPublishedServiceIdBySlug(db: Db, slug: string): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('services').select(['id', 'name']).where('slug', '=', slug).where('status', '=', 'publie').executeTakeFirst();
}

export async function findServiceSummary(db: Db, id: number): Promise<{ slug: string; name: string } | undefined> {
  return db.selectFrom('services').select(['slug', 'name']).where('id', '=', id).where('status', '=', 'publie').executeTakeFirst();
}

export interface Pledge {
  accountId: number;
  name: string;
  note: string;
  createdAt: Date;
}

export async function listPledges(db: Db, ideaId: number): Promise<Pledge[]> {
  const rows = await db
    .selectFrom('idea_pledges as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select(['p.account_id', 'a.display_name', 'p.note', 'p.created_at'])
    .where('p.idea_id', '=', ideaId)
    .orderBy('p.created_at')
    .orderBy('p.account_id')
    .execute();
  return rows.map((row) => ({ accountId: row.account_id, name: row.display_name.trim() || 'Un développeur', note: row.note, createdAt: row.created_at }));
}

/** Adds the pledge, or removes it when it exists; returns whether the account now pledges. */
export async function togglePledge(db: Db, ideaId: number, accountId: number, note: string): Promise<boolean> {
  const removed = await db.deleteFrom('idea_pledges').where('idea_id', '=', ideaId).where('account_id', '=', accountId).executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) return false;
  await db.insertInto('idea_pledges').values({ idea_id: ideaId, account_id: accountId, note }).onConflict((oc) => oc.doNothing()).execute();
  return true;
}
