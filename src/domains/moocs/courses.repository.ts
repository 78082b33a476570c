import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { CourseRow, LessonRow, SessionRow, WeekRow } from './moocs.table.js';

/** A course with its catalogue entry (name, pitch, description, logo: the one source of truth). */
export interface Course extends CourseRow {
  slug: string;
  name: string;
  pitch: string;
  description: string;
  logo_path: string | null;
  service_status: string;
  provider_name: string;
}

function selectCourses(db: Db) {
  return db
    .selectFrom('courses as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .innerJoin('organisations as o', 'o.id', 's.provider_id')
    .selectAll('c')
    .select(['s.slug', 's.name', 's.pitch', 's.description', 's.logo_path', 's.status as service_status', 'o.name as provider_name']);
}

/** A course whose catalogue entry is published, by the entry's slug. */
export async function findCourseBySlug(db: Db, slug: string): Promise<Course | undefined> {
  return selectCourses(db).where('s.slug', '=', slug).where('s.status', '=', 'publie').executeTakeFirst();
}

/** Any course (authoring: also those whose catalogue entry is not published). */
export async function findCourseById(db: Db, id: number): Promise<Course | undefined> {
  return selectCourses(db).where('c.id', '=', id).executeTakeFirst();
}

export async function listPublishedCourses(db: Db): Promise<Course[]> {
  return selectCourses(db).where('s.status', '=', 'publie').orderBy('s.name').execute();
}

export interface SessionWithCount extends SessionRow {
  enrolled: number;
}

/** The sessions of a course with their enrolment counts, the most recent start first. */
export async function listSessions(db: Db, courseId: number): Promise<SessionWithCount[]> {
  return db
    .selectFrom('course_sessions as cs')
    .selectAll('cs')
    .select((eb) =>
      eb
        .selectFrom('enrolments as e')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('e.session_id', '=', 'cs.id')
        .where('e.status', '=', 'inscrit')
        .as('enrolled'),
    )
    .where('cs.course_id', '=', courseId)
    .orderBy(sql`cs.starts_at DESC NULLS FIRST`)
    .execute() as Promise<SessionWithCount[]>;
}

export async function findSession(db: Db, courseId: number, sessionId: number): Promise<SessionWithCount | undefined> {
  return (await listSessions(db, courseId)).find((session) => session.id === sessionId);
}

export interface WeekOutline extends WeekRow {
  lessons: Pick<LessonRow, 'id' | 'week_id' | 'position' | 'kind' | 'title' | 'duration_minutes'>[];
}

/** Weeks in order, each with its lessons in order (titles only). */
export async function loadOutline(db: Db, courseId: number): Promise<WeekOutline[]> {
  const weeks = await db.selectFrom('course_weeks').selectAll().where('course_id', '=', courseId).orderBy('position').execute();
  if (!weeks.length) return [];
  const lessons = await db
    .selectFrom('course_lessons')
    .select(['id', 'week_id', 'position', 'kind', 'title', 'duration_minutes'])
    .where('week_id', 'in', weeks.map((week) => week.id))
    .orderBy('position')
    .execute();
  return weeks.map((week) => ({ ...week, lessons: lessons.filter((lesson) => lesson.week_id === week.id) }));
}

/** Whether the account is an internal instructor of the course (it may author it). */
export async function isInstructor(db: Db, courseId: number, accountId: number): Promise<boolean> {
  const row = await db.selectFrom('course_instructors').select('id').where('course_id', '=', courseId).where('account_id', '=', accountId).executeTakeFirst();
  return Boolean(row);
}

export async function listInstructors(db: Db, courseId: number) {
  return db.selectFrom('course_instructors').selectAll().where('course_id', '=', courseId).orderBy('position').orderBy('id').execute();
}

export async function findEnrolment(db: Db, sessionId: number, accountId: number) {
  return db.selectFrom('enrolments').selectAll().where('session_id', '=', sessionId).where('account_id', '=', accountId).executeTakeFirst();
}
