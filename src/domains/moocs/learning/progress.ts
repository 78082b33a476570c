import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { LessonKind } from '../moocs.table.js';

/** Where a learner stands on one lesson. */
export interface LessonProgress {
  lessonId: number;
  weekId: number;
  position: number;
  kind: LessonKind;
  title: string;
  seen: boolean;
  /** Quizzes: whether an attempt passed; null for other lessons. */
  passed: boolean | null;
  /** Quizzes: the best score (%) and the number of attempts. */
  bestScore: number | null;
  attempts: number;
  /** Seen (text, video) or passed (quiz). */
  done: boolean;
}

export interface WeekProgress {
  weekId: number;
  position: number;
  title: string;
  lessons: LessonProgress[];
  done: number;
  total: number;
  /** 0–100, rounded down (100 only when every lesson is done). */
  percent: number;
}

export interface Progress {
  enrolmentId: number;
  weeks: WeekProgress[];
  done: number;
  total: number;
  percent: number;
  /** Every lesson seen and every quiz passed (a course without lessons is never complete). */
  complete: boolean;
  completedAt: Date | null;
}

const percentOf = (done: number, total: number) => (total ? Math.floor((done * 100) / total) : 0);

/** Progress of an enrolment through its course: per lesson, per week, overall, and the completion rule. */
export async function computeProgress(db: Db, enrolmentId: number): Promise<Progress> {
  const enrolment = await db
    .selectFrom('enrolments as e')
    .innerJoin('course_sessions as cs', 'cs.id', 'e.session_id')
    .select(['e.id', 'e.completed_at', 'cs.course_id'])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirstOrThrow();
  const weeks = await db.selectFrom('course_weeks').select(['id', 'position', 'title']).where('course_id', '=', enrolment.course_id).orderBy('position').execute();
  const lessons = weeks.length
    ? await db
        .selectFrom('course_lessons as l')
        .leftJoin('lesson_progress as p', (join) => join.onRef('p.lesson_id', '=', 'l.id').on('p.enrolment_id', '=', enrolmentId))
        .select(['l.id', 'l.week_id', 'l.position', 'l.kind', 'l.title', 'p.seen_at'])
        .select((eb) => [
          eb.selectFrom('quiz_attempts as a').select(sql<number | null>`max(a.score)`.as('m')).whereRef('a.lesson_id', '=', 'l.id').where('a.enrolment_id', '=', enrolmentId).as('best_score'),
          eb.selectFrom('quiz_attempts as a').select(sql<number>`count(*)::int`.as('n')).whereRef('a.lesson_id', '=', 'l.id').where('a.enrolment_id', '=', enrolmentId).as('attempts'),
          eb.selectFrom('quiz_attempts as a').select(sql<boolean>`bool_or(a.passed)`.as('p')).whereRef('a.lesson_id', '=', 'l.id').where('a.enrolment_id', '=', enrolmentId).as('passed'),
        ])
        .where('l.week_id', 'in', weeks.map((week) => week.id))
        .orderBy('l.position')
        .execute()
    : [];
  const weekProgress: WeekProgress[] = weeks.map((week) => {
    const items: LessonProgress[] = lessons
      .filter((lesson) => lesson.week_id === week.id)
      .map((lesson) => {
        const seen = lesson.seen_at !== null;
        const passed = lesson.kind === 'quiz' ? lesson.passed === true : null;
        return {
          lessonId: lesson.id,
          weekId: lesson.week_id,
          position: lesson.position,
          kind: lesson.kind,
          title: lesson.title,
          seen,
          passed,
          bestScore: lesson.kind === 'quiz' ? (lesson.best_score ?? null) : null,
          attempts: lesson.attempts ?? 0,
          done: lesson.kind === 'quiz' ? seen && passed === true : seen,
        };
      });
    const done = items.filter((item) => item.done).length;
    return { weekId: week.id, position: week.position, title: week.title, lessons: items, done, total: items.length, percent: percentOf(done, items.length) };
  });
  const total = weekProgress.reduce((sum, week) => sum + week.total, 0);
  const done = weekProgress.reduce((sum, week) => sum + week.done, 0);
  return { enrolmentId, weeks: weekProgress, done, total, percent: percentOf(done, total), complete: total > 0 && done === total, completedAt: enrolment.completed_at };
}

/**
 * After a change of progress, in the transaction that made it: sets `completed_at` the first time
 * the enrolment is complete (never again, never unset). Returns the progress.
 */
export async function settleCompletion(trx: Db, enrolmentId: number): Promise<Progress> {
  const progress = await computeProgress(trx, enrolmentId);
  if (progress.complete && !progress.completedAt) {
    const row = await trx
      .updateTable('enrolments')
      .set({ completed_at: sql<Date>`now()` })
      .where('id', '=', enrolmentId)
      .where('completed_at', 'is', null)
      .returning('completed_at')
      .executeTakeFirst();
    if (row) progress.completedAt = row.completed_at;
  }
  return progress;
}

/** Marks a lesson seen (idempotent), remembers it as the place to resume, and settles completion. */
export async function markLessonSeen(db: Db, enrolmentId: number, lessonId: number): Promise<Progress> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('enrolments').select('id').where('id', '=', enrolmentId).forUpdate().executeTakeFirstOrThrow();
    await trx.insertInto('lesson_progress').values({ enrolment_id: enrolmentId, lesson_id: lessonId }).onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing()).execute();
    await trx.updateTable('enrolments').set({ last_lesson_id: lessonId, last_activity_at: sql<Date>`now()` }).where('id', '=', enrolmentId).execute();
    return settleCompletion(trx, enrolmentId);
  });
}
