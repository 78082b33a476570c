import { sql } from 'kysely';
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
  // An account without a display name is shown by its e-mail, as everywhere else.
  const actor = !entry.actor.displayName.trim() && entry.actor.accountId !== null ? await findAuditActor(db, entry.actor.accountId) : entry.actor;
  await db
    .insertInto('audit_log')
    .values({
      actor_account_id: actor.accountId,
      actor_name: actor.displayName,
      action: entry.action,
      subject_kind: entry.subjectKind,
      subject_id: entry.subjectId === null ? null : String(entry.subjectId),
      summary: entry.summary,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** The actor of a request's viewer: their display name, or their e-mail when they chose none. */
export function auditActorOf(viewer: { accountId: number; displayName: string; email: string }): AuditActor {
  return { accountId: viewer.accountId, displayName: viewer.displayName.trim() || viewer.email };
}

/** The actor for an account id (as above), read in the caller's transaction. */
export async function findAuditActor(db: Db, accountId: number): Promise<AuditActor> {
  const { rows } = await sql<{ name: string }>`
    SELECT CASE WHEN btrim(display_name) <> '' THEN display_name ELSE email END AS name FROM accounts WHERE id = ${accountId}`.execute(db);
  return { accountId, displayName: rows[0]?.name ?? `Compte n° ${accountId}` };
}
