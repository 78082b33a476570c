import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { SubjectKind } from './reports.repository.js';

/** The moderation queue's kinds (moderation_decisions.subject_kind) for threads and replies. */
export const MODERATION_KINDS: Record<SubjectKind, string> = { sujet: 'sujet-mooc', message: 'message-mooc' };

export interface ModeratedRow {
  id: number;
  account_id: number | null;
  author_name: string | null;
  body: string;
  status: 'publie' | 'masque';
  created_at: Date;
  thread_id: number;
  thread_title: string;
  session_id: number;
  session_name: string;
  course_slug: string;
  course_name: string;
  last_decision: string | null;
  reasons: { reason: string; count: number }[];
  waiting_since: Date | null;
}

/** Both kinds as one shape: x is the subject (thread or reply), t its thread. */
const FROM: Record<SubjectKind, RawBuilder<unknown>> = {
  sujet: sql`discussion_threads x JOIN discussion_threads t ON t.id = x.id`,
  message: sql`discussion_posts x JOIN discussion_threads t ON t.id = x.thread_id`,
};

const lastDecision = (kind: SubjectKind) =>
  sql`(SELECT d.decision FROM moderation_decisions d WHERE d.subject_kind = ${MODERATION_KINDS[kind]} AND d.subject_id = x.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`;

/** Reported (unsettled reports), or hidden without a moderator having hidden it. */
const pending = (kind: SubjectKind) => sql<boolean>`(
  EXISTS (SELECT 1 FROM discussion_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = x.id AND r.settled_at IS NULL)
  OR (x.status = 'masque' AND ${lastDecision(kind)} IS DISTINCT FROM 'masquer'))`;

function select(kind: SubjectKind, where: RawBuilder<boolean>, waitingBefore: Date | null, limit: number) {
  return sql<ModeratedRow & { total: number }>`
    WITH items AS (
      SELECT x.id, x.account_id, x.body, x.status, x.created_at, t.id AS thread_id, t.title AS thread_title, t.session_id,
        ${lastDecision(kind)} AS last_decision,
        CASE WHEN ${pending(kind)} THEN coalesce(
          (SELECT min(r.created_at) FROM discussion_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = x.id AND r.settled_at IS NULL), x.updated_at) END AS waiting_since
      FROM ${FROM[kind]} WHERE ${where}
    )
    SELECT i.*, nullif(a.display_name, '') AS author_name, cs.name AS session_name, s.slug AS course_slug, s.name AS course_name,
      (SELECT coalesce(json_agg(json_build_object('reason', y.reason, 'count', y.n) ORDER BY y.n DESC, y.reason), '[]'::json)
        FROM (SELECT r.reason, count(*)::int AS n FROM discussion_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = i.id AND r.settled_at IS NULL GROUP BY r.reason) y) AS reasons,
      count(*) OVER ()::int AS total
    FROM items i
    JOIN course_sessions cs ON cs.id = i.session_id JOIN courses c ON c.id = cs.course_id JOIN services s ON s.id = c.service_id
    LEFT JOIN accounts a ON a.id = i.account_id
    WHERE ${waitingBefore ? sql`i.waiting_since <= ${waitingBefore}` : sql`true`}
    ORDER BY i.waiting_since NULLS LAST, i.id
    LIMIT ${limit}`;
}

export async function listPending(db: Db, kind: SubjectKind, waitingBefore: Date | null, limit: number): Promise<{ total: number; rows: ModeratedRow[] }> {
  const { rows } = await select(kind, pending(kind), waitingBefore, limit).execute(db);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function findModerated(db: Db, kind: SubjectKind, id: number): Promise<ModeratedRow | undefined> {
  const { rows } = await select(kind, sql<boolean>`x.id = ${id}`, null, 1).execute(db);
  return rows[0];
}

export async function describeSubjects(db: Db, kind: SubjectKind, ids: number[]): Promise<ModeratedRow[]> {
  if (!ids.length) return [];
  const { rows } = await select(kind, sql<boolean>`x.id = ANY (${ids}::int[])`, null, ids.length).execute(db);
  return rows;
}

/** Subjects whose thread title, author or text matches a search (the decision history). */
export async function searchSubjectIds(db: Db, kind: SubjectKind, text: string, limit = 500): Promise<number[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ id: number }>`
    SELECT x.id FROM ${FROM[kind]} LEFT JOIN accounts a ON a.id = x.account_id
    WHERE t.title ILIKE ${pattern} OR a.display_name ILIKE ${pattern} OR x.body ILIKE ${pattern}
    ORDER BY x.id DESC LIMIT ${limit}`.execute(db);
  return rows.map((row) => row.id);
}
