import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ReportSubjectKind } from './reports.repository.js';

/** The moderation queue's kinds (moderation_decisions.subject_kind) for ideas and their comments. */
export const MODERATION_KINDS: Record<ReportSubjectKind, string> = { idee: 'idee', commentaire: 'commentaire-idee' };

export interface ModeratedRow {
  id: number;
  account_id: number | null;
  author_name: string | null;
  /** The idea's description, or the comment's text. */
  body: string;
  visibility: 'publie' | 'masque';
  created_at: Date;
  idea_id: number;
  idea_title: string;
  idea_status: string;
  /** For a comment: whether it is a reply. */
  is_reply: boolean;
  last_decision: string | null;
  reasons: { reason: string; count: number }[];
  waiting_since: Date | null;
}

/** Both kinds as one shape: x is the subject (idea or comment), i its idea. */
const FROM: Record<ReportSubjectKind, RawBuilder<unknown>> = {
  idee: sql`ideas x JOIN ideas i ON i.id = x.id`,
  commentaire: sql`idea_comments x JOIN ideas i ON i.id = x.idea_id`,
};

const BODY: Record<ReportSubjectKind, RawBuilder<string>> = { idee: sql`x.description`, commentaire: sql`x.body` };
const IS_REPLY: Record<ReportSubjectKind, RawBuilder<boolean>> = { idee: sql`false`, commentaire: sql`x.parent_id IS NOT NULL` };

const lastDecision = (kind: ReportSubjectKind) =>
  sql`(SELECT d.decision FROM moderation_decisions d WHERE d.subject_kind = ${MODERATION_KINDS[kind]} AND d.subject_id = x.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`;

/** Reported (unsettled reports), or hidden without a moderator having hidden it. */
const pending = (kind: ReportSubjectKind) => sql<boolean>`(
  EXISTS (SELECT 1 FROM idea_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = x.id AND r.settled_at IS NULL)
  OR (x.visibility = 'masque' AND ${lastDecision(kind)} IS DISTINCT FROM 'masquer'))`;

function select(kind: ReportSubjectKind, where: RawBuilder<boolean>, waitingBefore: Date | null, limit: number) {
  return sql<ModeratedRow & { total: number }>`
    WITH items AS (
      SELECT x.id, x.account_id, ${BODY[kind]} AS body, x.visibility, x.created_at, i.id AS idea_id, i.title AS idea_title, i.status AS idea_status,
        ${IS_REPLY[kind]} AS is_reply, ${lastDecision(kind)} AS last_decision,
        CASE WHEN ${pending(kind)} THEN coalesce(
          (SELECT min(r.created_at) FROM idea_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = x.id AND r.settled_at IS NULL), x.updated_at) END AS waiting_since
      FROM ${FROM[kind]} WHERE ${where}
    )
    SELECT it.*, nullif(a.display_name, '') AS author_name,
      (SELECT coalesce(json_agg(json_build_object('reason', y.reason, 'count', y.n) ORDER BY y.n DESC, y.reason), '[]'::json)
        FROM (SELECT r.reason, count(*)::int AS n FROM idea_reports r WHERE r.subject_kind = ${kind} AND r.subject_id = it.id AND r.settled_at IS NULL GROUP BY r.reason) y) AS reasons,
      count(*) OVER ()::int AS total
    FROM items it
    LEFT JOIN accounts a ON a.id = it.account_id
    WHERE ${waitingBefore ? sql`it.waiting_since <= ${waitingBefore}` : sql`true`}
    ORDER BY it.waiting_since NULLS LAST, it.id
    LIMIT ${limit}`;
}

export async function listPending(db: Db, kind: ReportSubjectKind, waitingBefore: Date | null, limit: number): Promise<{ total: number; rows: ModeratedRow[] }> {
  const { rows } = await select(kind, pending(kind), waitingBefore, limit).execute(db);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function findModerated(db: Db, kind: ReportSubjectKind, id: number): Promise<ModeratedRow | undefined> {
  const { rows } = await select(kind, sql<boolean>`x.id = ${id}`, null, 1).execute(db);
  return rows[0];
}

export async function describeSubjects(db: Db, kind: ReportSubjectKind, ids: number[]): Promise<ModeratedRow[]> {
  if (!ids.length) return [];
  const { rows } = await select(kind, sql<boolean>`x.id = ANY (${ids}::int[])`, null, ids.length).execute(db);
  return rows;
}

/** Subjects whose idea title, author or text matches a search (the decision history). */
export async function searchSubjectIds(db: Db, kind: ReportSubjectKind, text: string, limit = 500): Promise<number[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ id: number }>`
    SELECT x.id FROM ${FROM[kind]} LEFT JOIN accounts a ON a.id = x.account_id
    WHERE i.title ILIKE ${pattern} OR a.display_name ILIKE ${pattern} OR ${BODY[kind]} ILIKE ${pattern}
    ORDER BY x.id DESC LIMIT ${limit}`.execute(db);
  return rows.map((row) => row.id);
}
