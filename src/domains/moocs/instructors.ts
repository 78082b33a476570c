import type { Viewer } from '../../platform/http/access.plugin.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { type Course, findCourseById, isInstructor } from './courses.repository.js';

/**
 * The course, when the viewer may author it and see its learners' statistics: its internal
 * instructors, and administrators. Anyone else gets 403 (404 when the course does not exist).
 */
export async function requireInstructor(db: Db, courseId: number, viewer: Viewer | null): Promise<Course> {
  if (!viewer) throw new AppError('UNAUTHENTICATED');
  const course = await findCourseById(db, courseId);
  if (!course) throw new AppError('COURSE_NOT_FOUND');
  if (viewer.roles.includes('administrateur') || (await isInstructor(db, courseId, viewer.accountId))) return course;
  throw new AppError('NOT_INSTRUCTOR');
}
