import type { Db } from '../db/database.js';
import './audit.table.js';

/** Who did a staff action: the account and the name it had then (kept if the account goes). */
export interface AuditActor {
  accountId: number | null;
  displayName: string;
}

export interface AuditEntry {
  actor: AuditActor;
  /** A stable verb, e.g. 'service.publish', 'review.hide', 'theme.update'. */
  action: string;
  /** What was acted on, e.g. 'service', 'avis', 'theme'. */
  subjectKind: string;
  subjectId: string | number | null;
  /** One French sentence for people, e.g. « Publication du service « Mon CV » ». */
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Records a staff action; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_account_id: entry.actor.accountId,
      actor_name: entry.actor.displayName,
      action: entry.action,
      subject_kind: entry.subjectKind,
      subject_id: entry.subjectId === null ? null : String(entry.subjectId),
      summary: entry.summary,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
