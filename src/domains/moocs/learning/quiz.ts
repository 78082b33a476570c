import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import { type Progress, settleCompletion } from './progress.js';

export interface QuizChoice {
  id: number;
  position: number;
  label: string;
  correct: boolean;
  feedback: string;
}

export interface QuizQuestion {
  id: number;
  position: number;
  kind: 'unique' | 'multiple';
  prompt: string;
  explanation: string;
  choices: QuizChoice[];
}

/** { question id: chosen choice ids } */
export type QuizAnswers = Record<string, number[]>;

export interface QuestionResult {
  questionId: number;
  right: boolean;
  chosen: number[];
}

export interface QuizScore {
  /** % of questions answered exactly right (0–100, rounded down). */
  score: number;
  passed: boolean;
  questions: QuestionResult[];
}

export async function loadQuiz(db: Db, lessonId: number): Promise<QuizQuestion[]> {
  const questions = await db.selectFrom('quiz_questions').select(['id', 'position', 'kind', 'prompt', 'explanation']).where('lesson_id', '=', lessonId).orderBy('position').execute();
  if (!questions.length) return [];
  const choices = await db
    .selectFrom('quiz_choices')
    .select(['id', 'question_id', 'position', 'label', 'correct', 'feedback'])
    .where('question_id', 'in', questions.map((question) => question.id))
    .orderBy('position')
    .execute();
  return questions.map((question) => ({ ...question, choices: choices.filter((choice) => choice.question_id === question.id).map(({ question_id: _, ...choice }) => choice) }));
}

/**
 * Reads a submitted quiz form: fields `q<question id>` holding choice ids. Unknown questions or
 * choices, or several choices for a single-choice question, are refused (400). No answer is an
 * empty list (it counts wrong).
 */
export function parseAnswers(questions: QuizQuestion[], body: Record<string, unknown>): QuizAnswers {
  const answers: QuizAnswers = {};
  for (const question of questions) answers[String(question.id)] = [];
  for (const [field, raw] of Object.entries(body)) {
    if (field === '_csrf') continue;
    const match = /^q([0-9]{1,9})$/.exec(field);
    const question = match ? questions.find((candidate) => candidate.id === Number(match[1])) : undefined;
    if (!question) throw new AppError('BAD_REQUEST', 'Le formulaire contient une question qui ne fait pas partie de ce quiz.');
    const values = (Array.isArray(raw) ? raw : [raw]).map(String).filter((value) => value !== '');
    const ids = new Set<number>();
    for (const value of values) {
      const choice = /^[0-9]{1,9}$/.test(value) ? question.choices.find((candidate) => candidate.id === Number(value)) : undefined;
      if (!choice) throw new AppError('BAD_REQUEST', 'Le formulaire contient une réponse qui ne fait pas partie de ce quiz.');
      ids.add(choice.id);
    }
    if (question.kind === 'unique' && ids.size > 1) throw new AppError('BAD_REQUEST', 'Une seule réponse est possible pour cette question.');
    answers[String(question.id)] = [...ids].sort((a, b) => a - b);
  }
  return answers;
}

/** A question is right when exactly its correct choices were chosen; the score is the % of right questions. */
export function scoreQuiz(questions: QuizQuestion[], answers: QuizAnswers, passMark: number): QuizScore {
  const results = questions.map((question) => {
    const chosen = answers[String(question.id)] ?? [];
    const correct = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
    const right = chosen.length === correct.length && correct.every((id) => chosen.includes(id));
    return { questionId: question.id, right, chosen };
  });
  const score = questions.length ? Math.floor((results.filter((result) => result.right).length * 100) / questions.length) : 0;
  return { score, passed: questions.length > 0 && score >= passMark, questions: results };
}

export interface AttemptRow {
  id: number;
  attempt: number;
  score: number;
  passed: boolean;
  answers: QuizAnswers;
  created_at: Date;
}

export async function listAttempts(db: Db, enrolmentId: number, lessonId: number): Promise<AttemptRow[]> {
  return db
    .selectFrom('quiz_attempts')
    .select(['id', 'attempt', 'score', 'passed', 'answers', 'created_at'])
    .where('enrolment_id', '=', enrolmentId)
    .where('lesson_id', '=', lessonId)
    .orderBy('attempt')
    .execute();
}

/**
 * Records an attempt (the enrolment row is locked so that concurrent posts cannot exceed
 * `maxAttempts`), marks the quiz seen and settles completion, all in one transaction.
 */
export async function recordAttempt(
  db: Db,
  input: { enrolmentId: number; lessonId: number; passMark: number; maxAttempts: number | null; questions: QuizQuestion[]; answers: QuizAnswers },
): Promise<{ attempt: number; result: QuizScore; progress: Progress }> {
  const result = scoreQuiz(input.questions, input.answers, input.passMark);
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('enrolments').select('id').where('id', '=', input.enrolmentId).forUpdate().executeTakeFirstOrThrow();
    const { n } = await trx
      .selectFrom('quiz_attempts')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('enrolment_id', '=', input.enrolmentId)
      .where('lesson_id', '=', input.lessonId)
      .executeTakeFirstOrThrow();
    if (input.maxAttempts !== null && n >= input.maxAttempts) throw new AppError('QUIZ_NO_ATTEMPTS_LEFT');
    const attempt = n + 1;
    await trx
      .insertInto('quiz_attempts')
      .values({ enrolment_id: input.enrolmentId, lesson_id: input.lessonId, attempt, score: result.score, passed: result.passed, answers: JSON.stringify(input.answers) })
      .execute();
    await trx.insertInto('lesson_progress').values({ enrolment_id: input.enrolmentId, lesson_id: input.lessonId }).onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing()).execute();
    await trx.updateTable('enrolments').set({ last_lesson_id: input.lessonId, last_activity_at: sql<Date>`now()` }).where('id', '=', input.enrolmentId).execute();
    const progress = await settleCompletion(trx, input.enrolmentId);
    return { attempt, result, progress };
  });
}
