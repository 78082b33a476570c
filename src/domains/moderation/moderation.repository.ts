import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface DecisionRow {
  id: number;
  subject_kind: string;
  subject_id: number;
  decision: string;
  reason: string;
  moderator_name: string | null;
  created_at: Date;
}

export interface NewDecision {
  kind: string;
  subjectId: number;
  decision: string;
  reason: string;
  moderatorAccountId: number;
}

export async function insertDecision(trx: Db, decision: NewDecision): Promise<void> {
  await sql`INSERT INTO moderation_decisions (subject_kind, subject_id, decision, reason, moderator_account_id)
    VALUES (${decision.kind}, ${decision.subjectId}, ${decision.decision}, ${decision.reason}, ${decision.moderatorAccountId})`.execute(trx);
}

export interface DecisionFilter {
  kinds: string[];
  /** null: any subject; otherwise only these subject ids, by kind. */
  subjects: Map<string, number[]> | null;
  limit: number;
  offset: number;
}

const columns = sql`d.id, d.subject_kind, d.subject_id, d.decision, d.reason, d.created_at,
  CASE WHEN a.id IS NULL THEN NULL WHEN a.display_name <> '' THEN a.display_name ELSE a.email END AS moderator_name`;

/** The decision history, newest first, with the moderator's name (null once their account is deleted). */
export async function listDecisions(db: Db, filter: DecisionFilter): Promise<{ total: number; rows: DecisionRow[] }> {
  const conditions: RawBuilder<unknown>[] = filter.subjects
    ? [...filter.subjects].map(([kind, ids]) => sql`(d.subject_kind = ${kind} AND d.subject_id = ANY (${ids}::int[]))`)
    : [sql`d.subject_kind = ANY (${filter.kinds}::text[])`];
  if (!conditions.length) return { total: 0, rows: [] };
  const where = sql.join(conditions, sql` OR `);
  const { rows } = await sql<DecisionRow & { total: number }>`
    SELECT ${columns}, count(*) OVER () AS total
    FROM moderation_decisions d LEFT JOIN accounts a ON a.id = d.moderator_account_id
    WHERE ${where}
    ORDER BY d.created_at DESC, d.id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function listSubjectDecisions(db: Db, kind: string, subjectId: number): Promise<DecisionRow[]> {
  const { rows } = await sql<DecisionRow>`
    SELECT ${columns} FROM moderation_decisions d LEFT JOIN accounts a ON a.id = d.moderator_account_id
    WHERE d.subject_kind = ${kind} AND d.subject_id = ${subjectId}
    ORDER BY d.created_at DESC, d.id DESC`.execute(db);
  return rows;
}
