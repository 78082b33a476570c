import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export interface AnnouncementRow {
  id: number;
  session_id: number;
  author_name: string | null;
  subject: string;
  body: string;
  created_at: Date;
  recipients: number;
  sent: number;
}

/** A session's announcements, newest first, with how many learners they went to. */
export async function listAnnouncements(db: Db, sessionId: number, limit = 100): Promise<AnnouncementRow[]> {
  const { rows } = await sql<AnnouncementRow>`
    SELECT n.id, n.session_id, nullif(a.display_name, '') AS author_name, n.subject, n.body, n.created_at,
      (SELECT count(*)::int FROM course_announcement_deliveries d WHERE d.announcement_id = n.id) AS recipients,
      (SELECT count(*)::int FROM course_announcement_deliveries d WHERE d.announcement_id = n.id AND d.sent_at IS NOT NULL) AS sent
    FROM course_announcements n LEFT JOIN accounts a ON a.id = n.author_account_id
    WHERE n.session_id = ${sessionId} ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * Records an announcement and one delivery per learner enrolled now (status 'inscrit'), in the
 * caller's transaction: the mails are sent after the commit, each claimed once.
 */
export async function insertAnnouncement(trx: Db, values: { sessionId: number; authorAccountId: number; subject: string; body: string }): Promise<{ id: number; recipients: number }> {
  const { id } = await trx
    .insertInto('course_announcements')
    .values({ session_id: values.sessionId, author_account_id: values.authorAccountId, subject: values.subject, body: values.body })
    .returning('id')
    .executeTakeFirstOrThrow();
  const inserted = await sql`INSERT INTO course_announcement_deliveries (announcement_id, enrolment_id)
    SELECT ${id}, e.id FROM enrolments e WHERE e.session_id = ${values.sessionId} AND e.status = 'inscrit'`.execute(trx);
  return { id, recipients: Number(inserted.numAffectedRows ?? 0) };
}

export interface ClaimedDelivery {
  announcement_id: number;
  enrolment_id: number;
  email: string;
  still_enrolled: boolean;
  subject: string;
  body: string;
  session_id: number;
  session_name: string;
  course_slug: string;
  course_name: string;
}

/**
 * Claims up to `limit` unsent deliveries (of one announcement, or of all) by marking them sent in
 * one UPDATE: a row is claimed by one process only, even with several running at once (rows
 * another one is claiming are skipped), so no mail goes out twice.
 */
export async function claimDeliveries(db: Db, options: { announcementId?: number; limit: number }): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
    WITH claimed AS (
      UPDATE course_announcement_deliveries d SET sent_at = now()
      WHERE (d.announcement_id, d.enrolment_id) IN (
        SELECT announcement_id, enrolment_id FROM course_announcement_deliveries
        WHERE sent_at IS NULL ${options.announcementId ? sql`AND announcement_id = ${options.announcementId}` : sql``}
        ORDER BY announcement_id, enrolment_id LIMIT ${options.limit} FOR UPDATE SKIP LOCKED)
      AND d.sent_at IS NULL
      RETURNING d.announcement_id, d.enrolment_id)
    SELECT c.announcement_id, c.enrolment_id, a.email, e.status = 'inscrit' AS still_enrolled, n.subject, n.body,
      cs.id AS session_id, cs.name AS session_name, s.slug AS course_slug, s.name AS course_name
    FROM claimed c
    JOIN course_announcements n ON n.id = c.announcement_id
    JOIN enrolments e ON e.id = c.enrolment_id JOIN accounts a ON a.id = e.account_id
    JOIN course_sessions cs ON cs.id = n.session_id JOIN courses co ON co.id = cs.course_id JOIN services s ON s.id = co.service_id
    ORDER BY c.announcement_id, c.enrolment_id`.execute(db);
  return rows;
}

/** Gives a claimed delivery back (its mail could not be sent): a later run tries again. */
export async function releaseDelivery(db: Db, announcementId: number, enrolmentId: number): Promise<void> {
  await db.updateTable('course_announcement_deliveries').set({ sent_at: null }).where('announcement_id', '=', announcementId).where('enrolment_id', '=', enrolmentId).execute();
}
