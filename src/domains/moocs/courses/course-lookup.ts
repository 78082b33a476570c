import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { type Course, findCourseBySlug, findSession, type SessionWithCount } from '../courses.repository.js';

export const courseParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
export const sessionParams = {
  type: 'object',
  required: ['slug', 'sessionId'],
  properties: { slug: { type: 'string', maxLength: 100 }, sessionId: { type: 'string', maxLength: 20 } },
} as const;

/** A positive integer id from a URL, or null (an unknown id: 404, never 500). */
export function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

export async function requireCourse(app: FastifyInstance, slug: string): Promise<Course> {
  const course = await findCourseBySlug(app.db, slug);
  if (!course) throw new AppError('COURSE_NOT_FOUND');
  return course;
}

export async function requireSession(app: FastifyInstance, course: Course, sessionId: string): Promise<SessionWithCount> {
  const id = parseId(sessionId);
  const session = id ? await findSession(app.db, course.id, id) : undefined;
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  return session;
}

