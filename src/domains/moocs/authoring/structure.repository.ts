import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import type { LessonKind, LessonRow, SessionRow, WeekRow } from '../moocs.table.js';
import type { LessonValues, QuestionValues } from './lesson-form.js';
import { nextPosition, renumber } from './reorder.js';
import type { SessionValues } from './session-form.js';

/** A session of the course, or SESSION_NOT_FOUND (also when it belongs to another course). */
export async function requireCourseSession(db: Db, courseId: number, sessionId: number): Promise<SessionRow> {
  const session = await db.selectFrom('course_sessions').selectAll().where('id', '=', sessionId).where('course_id', '=', courseId).executeTakeFirst();
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  return session;
}

export async function insertSession(db: Db, courseId: number, values: SessionValues): Promise<number> {
  const row = await db.insertInto('course_sessions').values({ course_id: courseId, ...values }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSession(db: Db, sessionId: number, values: SessionValues): Promise<void> {
  await db.updateTable('course_sessions').set(values).where('id', '=', sessionId).execute();
}

export async function setSessionArchived(db: Db, sessionId: number, archived: boolean): Promise<void> {
  await db.updateTable('course_sessions').set({ archived_at: archived ? new Date() : null }).where('id', '=', sessionId).execute();
}

export async function requireCourseWeek(db: Db, courseId: number, weekId: number): Promise<WeekRow> {
  const week = await db.selectFrom('course_weeks').selectAll().where('id', '=', weekId).where('course_id', '=', courseId).executeTakeFirst();
  if (!week) throw new AppError('NOT_FOUND', "Cette semaine n'existe pas.");
  return week;
}

export async function insertWeek(trx: Db, courseId: number, title: string, summary: string): Promise<number> {
  const position = await nextPosition(trx, 'course_weeks', courseId);
  const row = await trx.insertInto('course_weeks').values({ course_id: courseId, position, title, summary }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteWeek(trx: Db, courseId: number, weekId: number): Promise<void> {
  await trx.deleteFrom('course_weeks').where('id', '=', weekId).where('course_id', '=', courseId).execute();
  await renumber(trx, 'course_weeks', courseId);
}

export interface AuthoredLesson extends LessonRow {
  course_id: number;
  week_position: number;
  week_title: string;
}

/** A lesson of the course (through its week), or LESSON_NOT_FOUND. */
export async function requireCourseLesson(db: Db, courseId: number, lessonId: number): Promise<AuthoredLesson> {
  const lesson = await db
    .selectFrom('course_lessons as l')
    .innerJoin('course_weeks as w', 'w.id', 'l.week_id')
    .selectAll('l')
    .select(['w.course_id', 'w.position as week_position', 'w.title as week_title'])
    .where('l.id', '=', lessonId)
    .where('w.course_id', '=', courseId)
    .executeTakeFirst();
  if (!lesson) throw new AppError('LESSON_NOT_FOUND');
  return lesson;
}

export async function insertLesson(trx: Db, weekId: number, kind: LessonKind, title: string): Promise<number> {
  const position = await nextPosition(trx, 'course_lessons', weekId);
  const row = await trx
    .insertInto('course_lessons')
    .values({ week_id: weekId, position, kind, title, pass_mark: kind === 'quiz' ? 60 : null, max_attempts: kind === 'quiz' ? 3 : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateLesson(db: Db, lessonId: number, values: LessonValues & { video_id?: string | null }): Promise<void> {
  await db.updateTable('course_lessons').set({ ...values, updated_at: new Date() }).where('id', '=', lessonId).execute();
}

export async function deleteLesson(trx: Db, lesson: { id: number; week_id: number }): Promise<void> {
  await trx.deleteFrom('course_lessons').where('id', '=', lesson.id).execute();
  await renumber(trx, 'course_lessons', lesson.week_id);
}

export interface QuestionWithChoices {
  id: number;
  position: number;
  kind: 'unique' | 'multiple';
  prompt: string;
  explanation: string;
  choices: { id: number; position: number; label: string; correct: boolean; feedback: string }[];
}

/** The questions of a quiz lesson in order, each with its choices in order. */
export async function loadQuestions(db: Db, lessonId: number): Promise<QuestionWithChoices[]> {
  const questions = await db.selectFrom('quiz_questions').select(['id', 'position', 'kind', 'prompt', 'explanation']).where('lesson_id', '=', lessonId).orderBy('position').execute();
  if (!questions.length) return [];
  const choices = await db
    .selectFrom('quiz_choices')
    .select(['id', 'question_id', 'position', 'label', 'correct', 'feedback'])
    .where('question_id', 'in', questions.map((question) => question.id))
    .orderBy('position')
    .execute();
  return questions.map((question) => ({ ...question, choices: choices.filter((choice) => choice.question_id === question.id) }));
}

/** Writes the choices position by position: existing ones are updated (past attempts keep pointing at them), extra ones go. */
async function writeChoices(trx: Db, questionId: number, choices: QuestionValues['choices']): Promise<void> {
  const existing = await trx.selectFrom('quiz_choices').select(['id', 'position']).where('question_id', '=', questionId).orderBy('position').execute();
  for (const [index, choice] of choices.entries()) {
    const row = existing[index];
    const values = { position: index + 1, label: choice.label, correct: choice.correct, feedback: choice.feedback };
    if (row) await trx.updateTable('quiz_choices').set(values).where('id', '=', row.id).execute();
    else await trx.insertInto('quiz_choices').values({ question_id: questionId, ...values }).execute();
  }
  const extra = existing.slice(choices.length).map((row) => row.id);
  if (extra.length) await trx.deleteFrom('quiz_choices').where('id', 'in', extra).execute();
}

export async function insertQuestion(trx: Db, lessonId: number, values: QuestionValues): Promise<number> {
  const position = await nextPosition(trx, 'quiz_questions', lessonId);
  const row = await trx
    .insertInto('quiz_questions')
    .values({ lesson_id: lessonId, position, kind: values.kind, prompt: values.prompt, explanation: values.explanation })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeChoices(trx, row.id, values.choices);
  return row.id;
}

export async function updateQuestion(trx: Db, questionId: number, values: QuestionValues): Promise<void> {
  await trx.updateTable('quiz_questions').set({ kind: values.kind, prompt: values.prompt, explanation: values.explanation }).where('id', '=', questionId).execute();
  await writeChoices(trx, questionId, values.choices);
}

export async function deleteQuestion(trx: Db, lessonId: number, questionId: number): Promise<void> {
  await trx.deleteFrom('quiz_questions').where('id', '=', questionId).where('lesson_id', '=', lessonId).execute();
  await renumber(trx, 'quiz_questions', lessonId);
}
