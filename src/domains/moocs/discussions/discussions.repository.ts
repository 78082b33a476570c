import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { DiscussionStatus } from '../moocs.table.js';

export const THREADS_PER_PAGE = 20;

export interface ThreadSummary {
  id: number;
  title: string;
  author_name: string | null;
  created_at: Date;
  last_activity_at: Date;
  replies: number;
  instructor_answered: boolean;
}

/** Published threads of a session, most recent activity first; `unanswered` keeps those without a visible reply. */
export async function listThreads(db: Db, sessionId: number, options: { unanswered: boolean; page: number }): Promise<{ total: number; threads: ThreadSummary[] }> {
  const visibleReplies = sql`(SELECT count(*)::int FROM discussion_posts p WHERE p.thread_id = t.id AND p.status = 'publie')`;
  const { rows } = await sql<ThreadSummary & { total: number }>`
    SELECT t.id, t.title, nullif(a.display_name, '') AS author_name, t.created_at, t.last_activity_at,
      ${visibleReplies} AS replies,
      EXISTS (SELECT 1 FROM discussion_posts p WHERE p.thread_id = t.id AND p.status = 'publie' AND p.by_instructor) AS instructor_answered,
      count(*) OVER ()::int AS total
    FROM discussion_threads t LEFT JOIN accounts a ON a.id = t.account_id
    WHERE t.session_id = ${sessionId} AND t.status = 'publie' ${options.unanswered ? sql`AND ${visibleReplies} = 0` : sql``}
    ORDER BY t.last_activity_at DESC, t.id DESC
    LIMIT ${THREADS_PER_PAGE} OFFSET ${(options.page - 1) * THREADS_PER_PAGE}`.execute(db);
  const total = rows[0]?.total ?? (options.page > 1 ? await countThreads(db, sessionId, options.unanswered) : 0);
  return { total, threads: rows.map(({ total: _total, ...row }) => row) };
}

async function countThreads(db: Db, sessionId: number, unanswered: boolean): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM discussion_threads t WHERE t.session_id = ${sessionId} AND t.status = 'publie'
    ${unanswered ? sql`AND NOT EXISTS (SELECT 1 FROM discussion_posts p WHERE p.thread_id = t.id AND p.status = 'publie')` : sql``}`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface ThreadRow {
  id: number;
  session_id: number;
  account_id: number | null;
  author_name: string | null;
  lesson_id: number | null;
  lesson_title: string | null;
  title: string;
  body: string;
  status: DiscussionStatus;
  created_at: Date;
  updated_at: Date;
}

export async function findThread(db: Db, sessionId: number, threadId: number): Promise<ThreadRow | undefined> {
  const { rows } = await sql<ThreadRow>`
    SELECT t.id, t.session_id, t.account_id, nullif(a.display_name, '') AS author_name, t.lesson_id, l.title AS lesson_title,
      t.title, t.body, t.status, t.created_at, t.updated_at
    FROM discussion_threads t LEFT JOIN accounts a ON a.id = t.account_id LEFT JOIN course_lessons l ON l.id = t.lesson_id
    WHERE t.id = ${threadId} AND t.session_id = ${sessionId}`.execute(db);
  return rows[0];
}

export interface PostRow {
  id: number;
  account_id: number | null;
  author_name: string | null;
  body: string;
  by_instructor: boolean;
  status: DiscussionStatus;
  created_at: Date;
  votes: number;
  voted: boolean;
  reported: boolean;
}

/** The replies of a thread in order, with their « utile » counts and what the viewer did to each. */
export async function listPosts(db: Db, threadId: number, viewerId: number): Promise<PostRow[]> {
  const { rows } = await sql<PostRow>`
    SELECT p.id, p.account_id, nullif(a.display_name, '') AS author_name, p.body, p.by_instructor, p.status, p.created_at,
      (SELECT count(*)::int FROM discussion_votes v WHERE v.post_id = p.id) AS votes,
      EXISTS (SELECT 1 FROM discussion_votes v WHERE v.post_id = p.id AND v.account_id = ${viewerId}) AS voted,
      EXISTS (SELECT 1 FROM discussion_reports r WHERE r.subject_kind = 'message' AND r.subject_id = p.id AND r.account_id = ${viewerId}) AS reported
    FROM discussion_posts p LEFT JOIN accounts a ON a.id = p.account_id
    WHERE p.thread_id = ${threadId} ORDER BY p.created_at, p.id`.execute(db);
  return rows;
}

export async function hasReportedThread(db: Db, threadId: number, accountId: number): Promise<boolean> {
  const row = await db
    .selectFrom('discussion_reports')
    .select('id')
    .where('subject_kind', '=', 'sujet')
    .where('subject_id', '=', threadId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertThread(trx: Db, values: { sessionId: number; accountId: number; lessonId: number | null; title: string; body: string }): Promise<number> {
  const row = await trx
    .insertInto('discussion_threads')
    .values({ session_id: values.sessionId, account_id: values.accountId, lesson_id: values.lessonId, title: values.title, body: values.body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a reply and moves the thread up the list. */
export async function insertPost(trx: Db, values: { threadId: number; accountId: number; body: string; byInstructor: boolean }): Promise<number> {
  const row = await trx
    .insertInto('discussion_posts')
    .values({ thread_id: values.threadId, account_id: values.accountId, body: values.body, by_instructor: values.byInstructor })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`UPDATE discussion_threads SET last_activity_at = now() WHERE id = ${values.threadId}`.execute(trx);
  return row.id;
}

export async function findPost(db: Db, threadId: number, postId: number) {
  return db.selectFrom('discussion_posts').selectAll().where('id', '=', postId).where('thread_id', '=', threadId).executeTakeFirst();
}

/** Adds the viewer's « utile » vote, or removes it when there is one; true when the post now has it. */
export async function toggleVote(db: Db, postId: number, accountId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('discussion_votes').where('post_id', '=', postId).where('account_id', '=', accountId).executeTakeFirst();
    if (Number(removed.numDeletedRows) > 0) return false;
    await sql`INSERT INTO discussion_votes (post_id, account_id) VALUES (${postId}, ${accountId}) ON CONFLICT DO NOTHING`.execute(trx);
    return true;
  });
}

/** The thread author's address when they want to hear of replies: enrolled in the session, opted in. */
export async function findReplyRecipient(db: Db, threadId: number): Promise<{ account_id: number; email: string } | undefined> {
  const { rows } = await sql<{ account_id: number; email: string }>`
    SELECT a.id AS account_id, a.email FROM discussion_threads t
    JOIN accounts a ON a.id = t.account_id
    JOIN enrolments e ON e.session_id = t.session_id AND e.account_id = a.id
    WHERE t.id = ${threadId} AND e.status = 'inscrit' AND e.notify_discussions`.execute(db);
  return rows[0];
}

export async function setNotifyDiscussions(db: Db, enrolmentId: number, notify: boolean): Promise<void> {
  await db.updateTable('enrolments').set({ notify_discussions: notify }).where('id', '=', enrolmentId).execute();
}
