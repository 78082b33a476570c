import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { CourseContent } from './content.types.js';
import { demoCourses } from './index.js';

const DAY = 24 * 3600 * 1000;

/** 8:00 in Paris (7:00 UTC in winter, 6:00 in summer: close enough for demo dates), `days` from today. */
function morning(now: Date, days: number): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7, 0, 0));
  return new Date(date.getTime() + days * DAY);
}

async function insertCourse(trx: Db, content: CourseContent, now: Date): Promise<void> {
  const service = await trx.selectFrom('services').select('id').where('slug', '=', content.serviceSlug).executeTakeFirst();
  if (!service) return;
  const inserted = await trx
    .insertInto('courses')
    .values({
      service_id: service.id,
      objectives: content.objectives,
      audience_text: content.audienceText,
      prerequisites: content.prerequisites,
      effort_text: content.effortText,
      weeks_count: content.weeks.length,
    })
    .onConflict((oc) => oc.column('service_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return; // Already loaded: loading twice changes nothing.
  const courseId = inserted.id;
  for (const [position, instructor] of content.instructors.entries()) {
    await trx.insertInto('course_instructors').values({ course_id: courseId, name: instructor.name, title: instructor.title, bio: instructor.bio, kind: instructor.kind, position }).execute();
  }
  for (const [weekIndex, week] of content.weeks.entries()) {
    const { id: weekId } = await trx
      .insertInto('course_weeks')
      .values({ course_id: courseId, position: weekIndex + 1, title: week.title, summary: week.summary })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [lessonIndex, lesson] of week.lessons.entries()) {
      const { id: lessonId } = await trx
        .insertInto('course_lessons')
        .values({
          week_id: weekId,
          position: lessonIndex + 1,
          kind: lesson.kind,
          title: lesson.title,
          body: lesson.body,
          duration_minutes: lesson.kind === 'texte' ? lesson.durationMinutes : lesson.questions.length * 2,
          pass_mark: lesson.kind === 'quiz' ? lesson.passMark : null,
          max_attempts: lesson.kind === 'quiz' ? lesson.maxAttempts : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (lesson.kind !== 'quiz') continue;
      for (const [questionIndex, question] of lesson.questions.entries()) {
        const { id: questionId } = await trx
          .insertInto('quiz_questions')
          .values({ lesson_id: lessonId, position: questionIndex + 1, kind: question.kind, prompt: question.prompt, explanation: question.explanation })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('quiz_choices')
          .values(question.choices.map((choice, choiceIndex) => ({ question_id: questionId, position: choiceIndex + 1, label: choice.label, correct: choice.correct, feedback: choice.feedback })))
          .execute();
      }
    }
  }
  // A running session (started ten days ago, enrolment still open for four days) and an upcoming one.
  const runningStart = morning(now, -10);
  const upcomingStart = morning(now, 32);
  const weeks = content.weeks.length;
  const month = (date: Date) => new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
  await trx
    .insertInto('course_sessions')
    .values([
      {
        course_id: courseId,
        name: `Session de ${month(runningStart)}`,
        enrolment_opens_at: new Date(runningStart.getTime() - 30 * DAY),
        enrolment_closes_at: new Date(runningStart.getTime() + 14 * DAY),
        starts_at: runningStart,
        ends_at: new Date(runningStart.getTime() + weeks * 7 * DAY),
      },
      {
        course_id: courseId,
        name: `Session de ${month(upcomingStart)}`,
        enrolment_opens_at: new Date(now.getTime() - 2 * DAY),
        enrolment_closes_at: new Date(upcomingStart.getTime() + 7 * DAY),
        starts_at: upcomingStart,
        ends_at: new Date(upcomingStart.getTime() + weeks * 7 * DAY),
        capacity: 5000,
      },
    ])
    .execute();
}

/** Loads the four launch MOOCs (after the catalogue); idempotent. */
export async function seedMoocsDemo(db: Db, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('seed-moocs'))`.execute(trx);
    for (const content of demoCourses) await insertCourse(trx, content, now);
  });
}
