import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { type Course, isInstructor, loadOutline, type SessionWithCount, type WeekOutline } from '../courses.repository.js';
import { requireCourse, requireSession } from '../courses/course-lookup.js';
import type { EnrolmentRow } from '../moocs.table.js';
import { type SessionState, sessionState } from '../session-state.js';
import { NotEnrolledPage } from './course-home.layout.js';

export interface CourseHome {
  course: Course;
  session: SessionWithCount;
  state: SessionState;
  outline: WeekOutline[];
  now: Date;
  /** The viewer's active enrolment; null in preview. */
  enrolment: EnrolmentRow | null;
  /** An instructor of the course or an administrator who is not enrolled: read-only, nothing recorded. */
  preview: boolean;
}

async function enrolmentOf(app: FastifyInstance, sessionId: number, viewer: Viewer) {
  return app.db.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).where('account_id', '=', viewer.accountId).where('status', '=', 'inscrit').executeTakeFirst();
}

/**
 * The course home of a session for its enrolled learners (its instructors and administrators get
 * a read-only preview). Anyone else gets a 403 page linking to the course page (null is returned:
 * the reply is sent).
 */
export async function loadCourseHome(request: FastifyRequest<{ Params: { slug: string; sessionId: string } }>, reply: FastifyReply): Promise<CourseHome | null> {
  const app = request.server;
  const viewer = request.viewer!;
  const course = await requireCourse(app, request.params.slug);
  const session = await requireSession(app, course, request.params.sessionId);
  const enrolment = (await enrolmentOf(app, session.id, viewer)) ?? null;
  const preview = !enrolment && (viewer.roles.includes('administrateur') || (await isInstructor(app.db, course.id, viewer.accountId)));
  if (!enrolment && !preview) {
    reply.status(403).page({ title: 'Accès refusé' }, h(NotEnrolledPage, { course, session }));
    return null;
  }
  const now = new Date();
  return { course, session, state: sessionState(session, now), outline: await loadOutline(app.db, course.id), now, enrolment, preview };
}
