import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type Course, findCourseBySlug, findEnrolment, findSession, isInstructor, type SessionWithCount } from '../courses.repository.js';
import type { EnrolmentRow } from '../moocs.table.js';
import { parseId } from './discussions.paths.js';

/** Who takes part: an enrolled learner, an instructor of the course, or staff (moderators, administrators). */
export type Participation = 'apprenant' | 'formateur' | 'equipe';

export interface DiscussionContext {
  course: Course;
  session: SessionWithCount;
  viewer: Viewer;
  participation: Participation;
  /** The viewer's enrolment when enrolled (status 'inscrit'). */
  enrolment: EnrolmentRow | undefined;
  /** An internal instructor of the course: their replies are marked « Formateur ». */
  instructor: boolean;
}

const isStaff = (viewer: Viewer) => viewer.roles.includes('moderateur') || viewer.roles.includes('administrateur');

/**
 * The course and session of a discussions URL, when the viewer may read and write there: learners
 * enrolled in that session, the course's instructors and staff. Unknown course or session: 404;
 * anyone else: 403 NOT_ENROLLED.
 */
export async function requireDiscussionAccess(db: Db, slug: string, rawSessionId: string, viewer: Viewer | null): Promise<DiscussionContext> {
  if (!viewer) throw new AppError('UNAUTHENTICATED');
  const course = await findCourseBySlug(db, slug);
  if (!course) throw new AppError('COURSE_NOT_FOUND');
  const sessionId = parseId(rawSessionId);
  const session = sessionId ? await findSession(db, course.id, sessionId) : undefined;
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  const found = await findEnrolment(db, session.id, viewer.accountId);
  const enrolment = found?.status === 'inscrit' ? found : undefined;
  const instructor = await isInstructor(db, course.id, viewer.accountId);
  const participation: Participation | null = enrolment ? 'apprenant' : instructor ? 'formateur' : isStaff(viewer) ? 'equipe' : null;
  if (!participation) throw new AppError('NOT_ENROLLED', 'Inscrivez-vous à cette session pour lire et écrire dans ses discussions.');
  return { course, session, viewer, participation, enrolment, instructor };
}
