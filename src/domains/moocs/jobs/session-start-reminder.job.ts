import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobContext, JobDefinition } from '../../../platform/jobs/index.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import { sessionStartReminderMail } from './start-reminder.mail.js';

/** Sessions that started longer ago than this get no reminder (a late job does not send stale news). */
export const REMINDER_WINDOW_MS = 3 * 24 * 3600 * 1000;

interface Candidate {
  enrolment_id: number;
}

interface Claimed {
  email: string;
  display_name: string;
  course_title: string;
  course_slug: string;
  session_id: number;
  session_name: string;
  weeks_count: number;
  effort_text: string;
}

/**
 * E-mails every learner still enrolled in a dated session that has started (less than three days
 * ago), once. Each enrolment is claimed first (`start_reminder_sent_at` set by an UPDATE that only
 * one process can win), then the mail is sent: a crash between the two loses that learner's mail
 * rather than sending it twice — the safe side for a reminder. A send the mail server refused
 * releases its claim (the next run retries it) and fails the run, so the scheduler logs it.
 */
export async function sendSessionStartReminders(db: Db, mailer: Mailer, publicUrl: string, now = new Date(), signal?: AbortSignal): Promise<number> {
  const candidates = await db
    .selectFrom('enrolments as e')
    .innerJoin('course_sessions as cs', 'cs.id', 'e.session_id')
    .select('e.id as enrolment_id')
    .where('e.status', '=', 'inscrit')
    .where('e.start_reminder_sent_at', 'is', null)
    .where('cs.self_paced', '=', false)
    .where('cs.starts_at', '<=', now)
    .where('cs.starts_at', '>', new Date(now.getTime() - REMINDER_WINDOW_MS))
    .where('cs.ends_at', '>', now)
    .where((eb) => eb.or([eb('cs.archived_at', 'is', null), eb('cs.archived_at', '>', now)]))
    .orderBy('e.id')
    .execute();
  let sent = 0;
  const failures: unknown[] = [];
  for (const { enrolment_id } of candidates as Candidate[]) {
    if (signal?.aborted) break;
    const { rows } = await sql<Claimed>`
      WITH claimed AS (
        UPDATE enrolments SET start_reminder_sent_at = now()
        WHERE id = ${enrolment_id} AND start_reminder_sent_at IS NULL AND status = 'inscrit'
        RETURNING account_id, session_id
      )
      SELECT a.email, a.display_name, s.name AS course_title, s.slug AS course_slug, cs.id AS session_id, cs.name AS session_name,
        c.weeks_count, c.effort_text
      FROM claimed
      JOIN accounts a ON a.id = claimed.account_id
      JOIN course_sessions cs ON cs.id = claimed.session_id
      JOIN courses c ON c.id = cs.course_id
      JOIN services s ON s.id = c.service_id`.execute(db);
    const row = rows[0];
    if (!row) continue; // Another run claimed it, or the learner left meanwhile.
    try {
      await mailer.send(
        sessionStartReminderMail(
          { email: row.email, name: row.display_name },
          { title: row.course_title, sessionName: row.session_name, homeUrl: `${publicUrl}/moocs/${row.course_slug}/sessions/${row.session_id}/contenu`, weeks: row.weeks_count, effort: row.effort_text },
        ),
      );
      sent++;
    } catch (error) {
      // The mail server refused it: release the claim so that the next run tries again.
      await db.updateTable('enrolments').set({ start_reminder_sent_at: null }).where('id', '=', enrolment_id).execute();
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} rappel(s) de début de session non envoyé(s)`);
  return sent;
}

/** The scheduled job (every ten minutes; server.ts runs it). */
export function sessionStartReminderJob(app: FastifyInstance): JobDefinition {
  return {
    name: 'rappel-debut-session',
    everyMs: 10 * 60_000,
    async run(db: Db, context: JobContext) {
      await sendSessionStartReminders(db, app.mailer, app.config.publicUrl, context.now, context.signal);
    },
  };
}
