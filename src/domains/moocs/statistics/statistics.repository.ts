import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** Enrolments of the session by Paris day (every sign-up, including people who left afterwards). */
export async function enrolmentsByDay(db: Db, sessionId: number): Promise<{ day: string; n: number }[]> {
  const { rows } = await sql<{ day: string; n: number }>`
    SELECT to_char(enrolled_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day, count(*)::int AS n
    FROM enrolments WHERE session_id = ${sessionId} GROUP BY 1 ORDER BY 1`.execute(db);
  return rows;
}

export async function firstEnrolmentAt(db: Db, sessionId: number): Promise<Date | null> {
  const row = await db.selectFrom('enrolments').select(sql<Date | null>`min(enrolled_at)`.as('first')).where('session_id', '=', sessionId).executeTakeFirst();
  return row?.first ? new Date(row.first) : null;
}

/**
 * Learners active in each 7-day period from `anchor` (0 = the first): distinct enrolments that saw
 * a lesson or attempted a quiz in it.
 */
export async function activeByPeriod(db: Db, sessionId: number, anchor: Date): Promise<Map<number, number>> {
  const { rows } = await sql<{ period: number; n: number }>`
    SELECT floor(extract(epoch FROM (a.at - ${anchor}::timestamptz)) / 604800)::int AS period, count(DISTINCT a.enrolment_id)::int AS n
    FROM (
      SELECT p.enrolment_id, p.seen_at AS at FROM lesson_progress p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.session_id = ${sessionId}
      UNION ALL
      SELECT q.enrolment_id, q.created_at AS at FROM quiz_attempts q JOIN enrolments e ON e.id = q.enrolment_id WHERE e.session_id = ${sessionId}
    ) a
    WHERE a.at >= ${anchor}::timestamptz
    GROUP BY 1`.execute(db);
  return new Map(rows.map((row) => [row.period, row.n]));
}

export interface FunnelCounts {
  enrolled: number;
  started: number;
  completed: number;
  /** Week id → enrolments that finished every lesson of it (seen; quizzes passed). */
  weeksDone: Map<number, number>;
}

/** The completion funnel of the learners still enrolled, with the completion rule of progress.ts. */
export async function funnelCounts(db: Db, sessionId: number, courseId: number): Promise<FunnelCounts> {
  const { rows } = await sql<{ enrolled: number; started: number; completed: number }>`
    SELECT count(*)::int AS enrolled,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lesson_progress p WHERE p.enrolment_id = e.id) OR EXISTS (SELECT 1 FROM quiz_attempts q WHERE q.enrolment_id = e.id))::int AS started,
      count(*) FILTER (WHERE e.completed_at IS NOT NULL)::int AS completed
    FROM enrolments e WHERE e.session_id = ${sessionId} AND e.status = 'inscrit'`.execute(db);
  const weeks = await sql<{ week_id: number; n: number }>`
    WITH done AS (
      SELECT p.enrolment_id, l.week_id, count(*) AS n
      FROM lesson_progress p
      JOIN enrolments e ON e.id = p.enrolment_id AND e.session_id = ${sessionId} AND e.status = 'inscrit'
      JOIN course_lessons l ON l.id = p.lesson_id
      WHERE l.kind <> 'quiz' OR EXISTS (SELECT 1 FROM quiz_attempts q WHERE q.enrolment_id = p.enrolment_id AND q.lesson_id = l.id AND q.passed)
      GROUP BY 1, 2
    ), totals AS (
      SELECT l.week_id, count(*) AS n FROM course_lessons l JOIN course_weeks w ON w.id = l.week_id WHERE w.course_id = ${courseId} GROUP BY 1
    )
    SELECT d.week_id, count(*)::int AS n FROM done d JOIN totals t ON t.week_id = d.week_id AND t.n = d.n GROUP BY 1`.execute(db);
  const counts = rows[0] ?? { enrolled: 0, started: 0, completed: 0 };
  return { ...counts, weeksDone: new Map(weeks.rows.map((row) => [row.week_id, row.n])) };
}

export interface QuizQuestionRow {
  id: number;
  lesson_id: number;
  lesson_title: string;
  week_position: number;
  lesson_position: number;
  position: number;
  prompt: string;
}

/** Every quiz question of the course in reading order, with the ids of its right choices. */
export async function courseQuestions(db: Db, courseId: number): Promise<(QuizQuestionRow & { correct: number[] })[]> {
  const questions = await db
    .selectFrom('quiz_questions as q')
    .innerJoin('course_lessons as l', 'l.id', 'q.lesson_id')
    .innerJoin('course_weeks as w', 'w.id', 'l.week_id')
    .select(['q.id', 'q.lesson_id', 'l.title as lesson_title', 'w.position as week_position', 'l.position as lesson_position', 'q.position', 'q.prompt'])
    .where('w.course_id', '=', courseId)
    .where('l.kind', '=', 'quiz')
    .orderBy('w.position')
    .orderBy('l.position')
    .orderBy('q.position')
    .execute();
  if (!questions.length) return [];
  const correct = await db.selectFrom('quiz_choices').select(['question_id', 'id']).where('correct', '=', true).where('question_id', 'in', questions.map((question) => question.id)).execute();
  return questions.map((question) => ({ ...question, correct: correct.filter((choice) => choice.question_id === question.id).map((choice) => choice.id) }));
}

/** The answers of the first attempt of each learner of the session at each quiz. */
export async function firstAttempts(db: Db, sessionId: number): Promise<{ lesson_id: number; answers: Record<string, number[]> }[]> {
  return db
    .selectFrom('quiz_attempts as a')
    .innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
    .select(['a.lesson_id', 'a.answers'])
    .where('e.session_id', '=', sessionId)
    .where('a.attempt', '=', 1)
    .execute();
}
