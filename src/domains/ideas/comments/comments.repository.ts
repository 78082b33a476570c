import type { Db } from '../../../platform/db/database.js';

export interface CommentRow {
  id: number;
  parent_id: number | null;
  account_id: number | null;
  author_name: string | null;
  body: string;
  visibility: 'publie' | 'masque';
  created_at: Date;
}

/** Every comment of an idea, oldest first (top-level comments and replies together). */
export function listComments(db: Db, ideaId: number): Promise<CommentRow[]> {
  return db
    .selectFrom('idea_comments as c')
    .leftJoin('accounts as a', 'a.id', 'c.account_id')
    .select(['c.id', 'c.parent_id', 'c.account_id', 'a.display_name as author_name', 'c.body', 'c.visibility', 'c.created_at'])
    .where('c.idea_id', '=', ideaId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export interface CommentedIdea {
  id: number;
  visibility: 'publie' | 'masque';
  status: string;
  merged_into_id: number | null;
}

export function findIdea(db: Db, ideaId: number): Promise<CommentedIdea | undefined> {
  return db.selectFrom('ideas').select(['id', 'visibility', 'status', 'merged_into_id']).where('id', '=', ideaId).executeTakeFirst();
}

export function findComment(db: Db, ideaId: number, commentId: number) {
  return db
    .selectFrom('idea_comments')
    .select(['id', 'idea_id', 'parent_id', 'account_id', 'visibility'])
    .where('idea_id', '=', ideaId)
    .where('id', '=', commentId)
    .executeTakeFirst();
}

export async function insertComment(db: Db, values: { ideaId: number; parentId: number | null; accountId: number; body: string }): Promise<number> {
  const row = await db
    .insertInto('idea_comments')
    .values({ idea_id: values.ideaId, parent_id: values.parentId, account_id: values.accountId, body: values.body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
