import type { Db } from '../../../platform/db/database.js';
import { courseHref } from './session-display.js';

/** A lesson named by its course (the catalogue slug) and its title, as other domains refer to it. */
export interface LessonKey {
  courseSlug: string;
  lessonTitle: string;
}

/** A lesson of a published course, with the link to its week on the course page. */
export interface LessonReference extends LessonKey {
  courseName: string;
  weekPosition: number;
  weekTitle: string;
  /** The course page, at the lesson's week (`/moocs/<slug>#semaine-<n>`): lessons themselves need an enrolment. */
  href: string;
}

/**
 * The lessons that exist among those asked for (published courses only), in the order asked. Used
 * by the interview simulator's debrief to point to the lessons that train a competency.
 */
export async function findLessonReferences(db: Db, keys: readonly LessonKey[]): Promise<LessonReference[]> {
  if (!keys.length) return [];
  const rows = await db
    .selectFrom('course_lessons as l')
    .innerJoin('course_weeks as w', 'w.id', 'l.week_id')
    .innerJoin('courses as c', 'c.id', 'w.course_id')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select(['s.slug as courseSlug', 's.name as courseName', 'w.position as weekPosition', 'w.title as weekTitle', 'l.title as lessonTitle'])
    .where('s.status', '=', 'publie')
    .where('s.slug', 'in', [...new Set(keys.map((key) => key.courseSlug))])
    .where('l.title', 'in', [...new Set(keys.map((key) => key.lessonTitle))])
    .execute();
  const found = new Map(rows.map((row) => [`${row.courseSlug}\u0000${row.lessonTitle}`, row]));
  return keys.flatMap((key) => {
    const row = found.get(`${key.courseSlug}\u0000${key.lessonTitle}`);
    return row ? [{ ...row, href: `${courseHref(row.courseSlug)}#semaine-${row.weekPosition}` }] : [];
  });
}
