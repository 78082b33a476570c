import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { enrolmentOpen, sessionState } from '../session-state.js';

/**
 * Enrols an account in a session. The session row is locked while counting, so that concurrent
 * enrolments never exceed its capacity. Enrolling again after leaving reactivates the same row
 * (progress kept); enrolling while enrolled changes nothing. Refused: ENROLMENT_CLOSED, SESSION_FULL.
 */
export async function enrol(db: Db, sessionId: number, accountId: number, now = new Date()): Promise<{ enrolmentId: number; already: boolean }> {
  return db.transaction().execute(async (trx) => {
    const session = await trx.selectFrom('course_sessions').selectAll().where('id', '=', sessionId).forUpdate().executeTakeFirst();
    if (!session) throw new AppError('SESSION_NOT_FOUND');
    const existing = await trx.selectFrom('enrolments').select(['id', 'status']).where('session_id', '=', sessionId).where('account_id', '=', accountId).executeTakeFirst();
    if (existing?.status === 'inscrit') return { enrolmentId: existing.id, already: true };
    const { n } = await trx
      .selectFrom('enrolments')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('session_id', '=', sessionId)
      .where('status', '=', 'inscrit')
      .executeTakeFirstOrThrow();
    if (!enrolmentOpen(session, now, n)) {
      const state = sessionState(session, now);
      const full = session.capacity !== null && n >= session.capacity && state !== 'terminee' && state !== 'archivee';
      throw new AppError(full ? 'SESSION_FULL' : 'ENROLMENT_CLOSED');
    }
    const row = await trx
      .insertInto('enrolments')
      .values({ session_id: sessionId, account_id: accountId })
      .onConflict((oc) => oc.columns(['session_id', 'account_id']).doUpdateSet({ status: 'inscrit', left_at: null }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return { enrolmentId: row.id, already: false };
  });
}

/** Leaves a session: the row stays (status « désinscrit ») so that coming back keeps the progress. */
export async function leave(db: Db, sessionId: number, accountId: number): Promise<boolean> {
  const result = await db
    .updateTable('enrolments')
    .set({ status: 'desinscrit', left_at: sql<Date>`now()` })
    .where('session_id', '=', sessionId)
    .where('account_id', '=', accountId)
    .where('status', '=', 'inscrit')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
