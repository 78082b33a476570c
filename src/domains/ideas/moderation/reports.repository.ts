import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export const REPORT_REASONS = ['spam', 'propos-offensants', 'hors-sujet'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REASON_LABELS: Record<ReportReason, string> = { spam: 'Spam', 'propos-offensants': 'Propos offensants', 'hors-sujet': 'Hors sujet' };

/** idea_reports.subject_kind: an idea or a comment (top-level or reply). */
export type ReportSubjectKind = 'idee' | 'commentaire';

/** Distinct unsettled reports that hide an idea or a comment until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

export type ReportOutcome = 'not-found' | 'already-hidden' | 'own' | 'already' | 'reported' | 'hidden';

const TABLES = { idee: sql.table('ideas'), commentaire: sql.table('idea_comments') } as const;

/**
 * Records a report (one per account and subject) and hides the subject on the third distinct
 * unsettled one. The subject row is locked first, so concurrent reports run one after the other
 * and exactly one of them hides it.
 */
export async function addReport(db: Db, kind: ReportSubjectKind, subjectId: number, accountId: number, reason: ReportReason): Promise<ReportOutcome> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: number | null; visibility: string }>`
      SELECT account_id, visibility FROM ${TABLES[kind]} WHERE id = ${subjectId} FOR UPDATE`.execute(trx);
    const subject = rows[0];
    if (!subject) return 'not-found';
    if (subject.visibility !== 'publie') return 'already-hidden';
    if (subject.account_id === accountId) return 'own';
    const inserted = await sql`INSERT INTO idea_reports (subject_kind, subject_id, account_id, reason) VALUES (${kind}, ${subjectId}, ${accountId}, ${reason})
      ON CONFLICT (subject_kind, subject_id, account_id) DO NOTHING RETURNING id`.execute(trx);
    if (!inserted.rows.length) return 'already';
    const hidden = await sql`UPDATE ${TABLES[kind]} SET visibility = 'masque', updated_at = now()
      WHERE id = ${subjectId} AND visibility = 'publie'
        AND (SELECT count(*) FROM idea_reports WHERE subject_kind = ${kind} AND subject_id = ${subjectId} AND settled_at IS NULL) >= ${REPORTS_TO_HIDE}
      RETURNING id`.execute(trx);
    return hidden.rows.length ? 'hidden' : 'reported';
  });
}

/** Hides or restores an idea or a comment and settles its reports; false when it does not exist. */
export async function applyDecision(trx: Db, kind: ReportSubjectKind, subjectId: number, visibility: 'publie' | 'masque'): Promise<boolean> {
  const locked = await sql`SELECT id FROM ${TABLES[kind]} WHERE id = ${subjectId} FOR UPDATE`.execute(trx);
  if (!locked.rows.length) return false;
  await sql`UPDATE ${TABLES[kind]} SET visibility = ${visibility}, updated_at = now() WHERE id = ${subjectId}`.execute(trx);
  await sql`UPDATE idea_reports SET settled_at = now() WHERE subject_kind = ${kind} AND subject_id = ${subjectId} AND settled_at IS NULL`.execute(trx);
  return true;
}

/** Ids among `subjectIds` that the account has reported (settled or not). */
export async function reportedBy(db: Db, kind: ReportSubjectKind, subjectIds: readonly number[], accountId: number): Promise<Set<number>> {
  if (!subjectIds.length) return new Set();
  const rows = await db
    .selectFrom('idea_reports')
    .select('subject_id')
    .where('subject_kind', '=', kind)
    .where('account_id', '=', accountId)
    .where('subject_id', 'in', [...subjectIds])
    .execute();
  return new Set(rows.map((row) => row.subject_id));
}
