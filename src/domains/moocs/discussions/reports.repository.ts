import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export const REPORT_REASONS = ['spam', 'propos-offensants', 'hors-sujet'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REASON_LABELS: Record<ReportReason, string> = { spam: 'Spam', 'propos-offensants': 'Propos offensants', 'hors-sujet': 'Hors sujet' };

/** 'sujet': a thread (its opening message); 'message': a reply. */
export type SubjectKind = 'sujet' | 'message';

/** Distinct unsettled reports that hide a thread or a reply until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

export type ReportOutcome = 'not-found' | 'already-hidden' | 'own' | 'already' | 'reported' | 'hidden';

const TABLES = { sujet: sql.table('discussion_threads'), message: sql.table('discussion_posts') } as const;

/**
 * Records a report and hides the subject on the third distinct unsettled one. The subject row is
 * locked first, so concurrent reports run one after the other and exactly one of them hides it.
 */
export async function addReport(db: Db, kind: SubjectKind, subjectId: number, accountId: number, reason: ReportReason): Promise<ReportOutcome> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: number | null; status: string }>`
      SELECT account_id, status FROM ${TABLES[kind]} WHERE id = ${subjectId} FOR UPDATE`.execute(trx);
    const subject = rows[0];
    if (!subject) return 'not-found';
    if (subject.status !== 'publie') return 'already-hidden';
    if (subject.account_id === accountId) return 'own';
    const inserted = await sql`INSERT INTO discussion_reports (subject_kind, subject_id, account_id, reason) VALUES (${kind}, ${subjectId}, ${accountId}, ${reason})
      ON CONFLICT (subject_kind, subject_id, account_id) DO NOTHING RETURNING id`.execute(trx);
    if (!inserted.rows.length) return 'already';
    const hidden = await sql`UPDATE ${TABLES[kind]} SET status = 'masque'
      WHERE id = ${subjectId} AND status = 'publie'
        AND (SELECT count(*) FROM discussion_reports WHERE subject_kind = ${kind} AND subject_id = ${subjectId} AND settled_at IS NULL) >= ${REPORTS_TO_HIDE}
      RETURNING id`.execute(trx);
    return hidden.rows.length ? 'hidden' : 'reported';
  });
}

/** Hides or restores a thread or a reply and settles its reports; false when it does not exist. */
export async function applyDecision(trx: Db, kind: SubjectKind, subjectId: number, status: 'publie' | 'masque'): Promise<boolean> {
  const locked = await sql`SELECT id FROM ${TABLES[kind]} WHERE id = ${subjectId} FOR UPDATE`.execute(trx);
  if (!locked.rows.length) return false;
  await sql`UPDATE ${TABLES[kind]} SET status = ${status} WHERE id = ${subjectId}`.execute(trx);
  await sql`UPDATE discussion_reports SET settled_at = now() WHERE subject_kind = ${kind} AND subject_id = ${subjectId} AND settled_at IS NULL`.execute(trx);
  return true;
}
