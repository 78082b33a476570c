import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { h } from 'preact';
import { formatDateTime } from '../../../platform/html/components.js';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import { AppError } from '../../../platform/http/errors.js';
import { parseId } from '../courses/course-lookup.js';
import { lessonHref } from '../courses/session-display.js';
import { type CourseHome, loadCourseHome } from './course-home.js';
import { neighbours, weekAccess } from './course-home.service.js';
import { LessonPage, type QuizView } from './lesson.page.js';
import { markLessonSeen } from './progress.js';
import { type AttemptRow, listAttempts, loadQuiz, parseAnswers, type QuizQuestion, type QuizScore, recordAttempt, scoreQuiz } from './quiz.js';
import { findVideo } from './video.storage.js';

type LessonRoute = { Params: { slug: string; sessionId: string; lessonId: string }; Querystring: { tentative?: number } };

const lessonParams = {
  type: 'object',
  required: ['slug', 'sessionId', 'lessonId'],
  properties: { slug: { type: 'string', maxLength: 100 }, sessionId: { type: 'string', maxLength: 20 }, lessonId: { type: 'string', maxLength: 20 } },
} as const;

const quizBody = {
  type: 'object',
  properties: { _csrf: { type: 'string', maxLength: 200 } },
  patternProperties: { '^q[0-9]{1,9}$': { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 12 } } },
  additionalProperties: false,
} as const;

/** The lesson of the course home (it must belong to the course, and its week be open: LESSON_NOT_OPEN with the date). */
async function openLesson(app: FastifyInstance, home: CourseHome, lessonIdParam: string) {
  const id = parseId(lessonIdParam);
  const week = id ? home.outline.find((candidate) => candidate.lessons.some((lesson) => lesson.id === id)) : undefined;
  if (!id || !week) throw new AppError('LESSON_NOT_FOUND');
  const access = weekAccess(home, week.position);
  if (!access.open) {
    throw new AppError('LESSON_NOT_OPEN', `Cette leçon n’est pas encore ouverte : la semaine ${week.position} ouvrira le ${formatDateTime(access.opensAt!)}.`);
  }
  const lesson = await app.db.selectFrom('course_lessons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { lesson, week };
}

function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  return maxAttempts === null ? null : Math.max(maxAttempts - used, 0);
}

function scoreOf(questions: QuizQuestion[], attempt: AttemptRow, passMark: number): QuizScore {
  const score = scoreQuiz(questions, attempt.answers, passMark);
  // What was recorded stands, even if the quiz was edited since.
  return { ...score, score: attempt.score, passed: attempt.passed };
}

async function renderLesson(request: FastifyRequest<LessonRoute>, reply: FastifyReply, home: CourseHome, preview?: { score: QuizScore }) {
  const app = request.server;
  const { lesson, week } = await openLesson(app, home, request.params.lessonId);
  let quiz: QuizView | null = null;
  if (lesson.kind === 'quiz') {
    const questions = await loadQuiz(app.db, lesson.id);
    const attempts = home.enrolment ? await listAttempts(app.db, home.enrolment.id, lesson.id) : [];
    const shown = request.query.tentative ? attempts.find((attempt) => attempt.attempt === request.query.tentative) : undefined;
    const best = attempts.length ? Math.max(...attempts.map((attempt) => attempt.score)) : null;
    quiz = {
      questions,
      csrfToken: reply.generateCsrf(),
      result: preview ? { score: preview.score, attempt: null } : shown ? { score: scoreOf(questions, shown, lesson.pass_mark ?? 0), attempt: shown.attempt } : null,
      attemptsLeft: attemptsLeft(lesson.max_attempts, attempts.length),
      bestScore: best,
      passed: attempts.some((attempt) => attempt.passed),
    };
  } else if (home.enrolment && request.method === 'GET') {
    // Opening a text or video lesson is reading it: recorded on GET (the learner is logged in, the
    // effect is idempotent), so it works without any script or extra click.
    await markLessonSeen(app.db, home.enrolment.id, lesson.id);
  }
  if (lesson.kind === 'quiz' && home.enrolment && request.method === 'GET') {
    await app.db.updateTable('enrolments').set({ last_lesson_id: lesson.id, last_activity_at: sql<Date>`now()` }).where('id', '=', home.enrolment.id).execute();
  }
  let video: { src: string; type?: string; external: boolean } | null = null;
  if (lesson.kind === 'video') {
    const stored = lesson.video_id ? await findVideo(app.db, lesson.video_id) : undefined;
    if (stored) video = { src: `/moocs/videos/${stored.id}`, type: stored.content_type, external: false };
    else if (lesson.video_url) video = { src: lesson.video_url, external: true };
  }
  const { previous, next } = neighbours(home.outline, lesson.id);
  const nextOpen = next && weekAccess(home, next.weekPosition).open ? next : null;
  return reply.header('cache-control', 'no-store').page(
    { title: `${lesson.title} — ${home.course.name}` },
    h(LessonPage, { home, lesson, weekPosition: week.position, bodyHtml: lesson.body ? renderMarkdown(lesson.body) : '', video, quiz, previous, next: nextOpen }),
  );
}

/** Lessons of a course home: reading (marks seen), quizzes (attempts with feedback). */
export function registerLessonRoutes(app: FastifyInstance): void {
  app.get<LessonRoute>(
    '/moocs/:slug/sessions/:sessionId/lecons/:lessonId',
    {
      config: { access: 'verified' },
      schema: { hide: true, params: lessonParams, querystring: { type: 'object', properties: { tentative: { type: 'integer', minimum: 1, maximum: 1000 } } } },
    },
    async (request, reply) => {
      const home = await loadCourseHome(request, reply);
      if (!home) return reply;
      return renderLesson(request, reply, home);
    },
  );

  app.post<LessonRoute & { Body: Record<string, string | string[]> }>(
    '/moocs/:slug/sessions/:sessionId/lecons/:lessonId/quiz',
    { config: { access: 'verified' }, schema: { hide: true, params: lessonParams, body: quizBody } },
    async (request, reply) => {
      const home = await loadCourseHome(request, reply);
      if (!home) return reply;
      const { lesson } = await openLesson(app, home, request.params.lessonId);
      if (lesson.kind !== 'quiz') throw new AppError('BAD_REQUEST', 'Cette leçon n’est pas un quiz.');
      const questions = await loadQuiz(app.db, lesson.id);
      const answers = parseAnswers(questions, request.body ?? {});
      if (!home.enrolment) {
        // Preview: the result is shown, nothing is recorded.
        return renderLesson(request, reply, home, { score: scoreQuiz(questions, answers, lesson.pass_mark ?? 0) });
      }
      const { attempt } = await recordAttempt(app.db, { enrolmentId: home.enrolment.id, lessonId: lesson.id, passMark: lesson.pass_mark ?? 0, maxAttempts: lesson.max_attempts, questions, answers });
      return reply.redirect(`${lessonHref(home.course.slug, home.session.id, lesson.id)}?tentative=${attempt}#resultat`, 303);
    },
  );
}
