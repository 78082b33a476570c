import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { firstFreeSlug, slugify } from '../../../platform/text/slug.js';
import type { CourseTexts } from './course-form.js';

export interface CourseListItem {
  id: number;
  slug: string;
  name: string;
  service_status: string;
  sessions: number;
  weeks: number;
}

/** Courses the account teaches (internal instructor), or all of them (`all`, for administrators), by name. */
export async function listAuthoredCourses(db: Db, accountId: number, all: boolean): Promise<CourseListItem[]> {
  let query = db
    .selectFrom('courses as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select(['c.id', 's.slug', 's.name', 's.status as service_status'])
    .select((eb) => [
      eb.selectFrom('course_sessions as cs').select(sql<number>`count(*)::int`.as('n')).whereRef('cs.course_id', '=', 'c.id').as('sessions'),
      eb.selectFrom('course_weeks as w').select(sql<number>`count(*)::int`.as('n')).whereRef('w.course_id', '=', 'c.id').as('weeks'),
    ]);
  if (!all) query = query.where((eb) => eb.exists(eb.selectFrom('course_instructors as i').select('i.id').whereRef('i.course_id', '=', 'c.id').where('i.account_id', '=', accountId)));
  return (await query.orderBy('s.name').execute()) as CourseListItem[];
}

/** The operator's organisation: it provides the courses in the catalogue. */
export async function findOperator(db: Db): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'operateur').orderBy('id').executeTakeFirst();
}

export interface NewCourse {
  texts: CourseTexts;
  themes: string[];
  publish: boolean;
  providerId: number;
  publicUrl: string;
}

/**
 * Creates the catalogue entry (a service of type 'mooc', provided by the operator) and the course
 * on it; call inside a transaction. The slug comes from the name and never changes afterwards.
 */
export async function insertCourse(trx: Db, course: NewCourse): Promise<{ id: number; serviceId: number; slug: string }> {
  const base = slugify(course.texts.name);
  const taken = await trx.selectFrom('services').select('slug').where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)])).execute();
  const slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
  const service = await trx
    .insertInto('services')
    .values({
      slug,
      name: course.texts.name,
      pitch: course.texts.pitch,
      description: course.texts.description,
      provider_id: course.providerId,
      type: 'mooc',
      themes: course.themes,
      audience: 'candidats',
      price_model: 'gratuit',
      price_text: null,
      platforms: ['web'],
      url: `${course.publicUrl.replace(/\/+$/, '')}/moocs/${slug}`,
      logo_path: null,
      status: course.publish ? 'publie' : 'depublie',
      published_at: course.publish ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const inserted = await trx
    .insertInto('courses')
    .values({
      service_id: service.id,
      objectives: course.texts.objectives,
      audience_text: course.texts.audienceText,
      prerequisites: course.texts.prerequisites,
      effort_text: course.texts.effortText,
      weeks_count: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: inserted.id, serviceId: service.id, slug };
}

/** Writes the texts: the catalogue entry's and the course's, so that both pages agree. */
export async function updateCourseTexts(trx: Db, courseId: number, serviceId: number, texts: CourseTexts): Promise<void> {
  await trx.updateTable('services').set({ name: texts.name, pitch: texts.pitch, description: texts.description, updated_at: new Date() }).where('id', '=', serviceId).execute();
  await trx
    .updateTable('courses')
    .set({ objectives: texts.objectives, audience_text: texts.audienceText, prerequisites: texts.prerequisites, effort_text: texts.effortText, updated_at: new Date() })
    .where('id', '=', courseId)
    .execute();
}

/** Publishes the catalogue entry (it then shows in the Store and on /moocs) or withdraws it. */
export async function setCoursePublished(trx: Db, serviceId: number, publish: boolean): Promise<void> {
  await trx
    .updateTable('services')
    .set((eb) => ({
      status: publish ? 'publie' : 'depublie',
      published_at: publish ? eb.fn.coalesce('published_at', sql<Date>`now()`) : eb.ref('published_at'),
      updated_at: new Date(),
    }))
    .where('id', '=', serviceId)
    .execute();
}

/** Keeps `courses.weeks_count` equal to the number of weeks (at least 1, as its CHECK wants). */
export async function syncWeeksCount(trx: Db, courseId: number): Promise<void> {
  await sql`UPDATE courses SET weeks_count = GREATEST(1, LEAST(52, (SELECT count(*) FROM course_weeks WHERE course_id = ${courseId}))), updated_at = now() WHERE id = ${courseId}`.execute(trx);
}

/** Whether the account is an internal instructor of at least one course. */
export async function isInstructorOfAny(db: Db, accountId: number): Promise<boolean> {
  return Boolean(await db.selectFrom('course_instructors').select('id').where('account_id', '=', accountId).executeTakeFirst());
}
