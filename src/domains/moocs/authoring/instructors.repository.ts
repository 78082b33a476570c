import type { Db } from '../../../platform/db/database.js';
import { nextPosition, renumber } from './reorder.js';

/** A verified account, by e-mail (already normalised), that can become an internal instructor. */
export async function findVerifiedAccountByEmail(db: Db, emailNormalized: string) {
  return db.selectFrom('accounts').select(['id', 'display_name', 'email']).where('email_normalized', '=', emailNormalized).where('email_verified_at', 'is not', null).executeTakeFirst();
}

export async function insertInstructor(
  trx: Db,
  courseId: number,
  instructor: { accountId: number | null; name: string; title: string; bio: string; kind: 'interne' | 'externe' },
): Promise<number> {
  const position = await nextPosition(trx, 'course_instructors', courseId);
  const row = await trx
    .insertInto('course_instructors')
    .values({ course_id: courseId, account_id: instructor.accountId, name: instructor.name, title: instructor.title, bio: instructor.bio, kind: instructor.kind, position })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findCourseInstructor(db: Db, courseId: number, instructorId: number) {
  return db.selectFrom('course_instructors').selectAll().where('id', '=', instructorId).where('course_id', '=', courseId).executeTakeFirst();
}

export async function updateInstructor(db: Db, instructorId: number, values: { name: string; title: string; bio: string }): Promise<void> {
  await db.updateTable('course_instructors').set(values).where('id', '=', instructorId).execute();
}

export async function deleteInstructor(trx: Db, courseId: number, instructorId: number): Promise<void> {
  await trx.deleteFrom('course_instructors').where('id', '=', instructorId).where('course_id', '=', courseId).execute();
  await renumber(trx, 'course_instructors', courseId);
}
