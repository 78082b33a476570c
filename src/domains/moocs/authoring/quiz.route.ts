import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { requireInstructor } from '../instructors.js';
import { lessonHref } from './content.page.js';
import { QUESTION_FIELDS, questionForm, type QuestionForm } from './lesson-form.js';
import { validateQuestion } from './lesson-form.js';
import { QuestionEditPage } from './lesson.page.js';
import { move } from './reorder.js';
import { idParams, moveBody } from './route-helpers.js';
import { deleteQuestion, insertQuestion, loadQuestions, requireCourseLesson, updateQuestion } from './structure.repository.js';

type LessonParams = { courseId: number; lessonId: number };
type QuestionParams = LessonParams & { questionId: number };

const emptyQuestion = (): QuestionForm => questionForm({ kind: 'unique' });

async function requireQuiz(app: FastifyInstance, request: FastifyRequest<{ Params: LessonParams }>) {
  const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
  const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
  if (lesson.kind !== 'quiz') throw new AppError('LESSON_NOT_FOUND', "Cette leçon n'est pas un quiz.");
  return { course, lesson };
}

async function requireQuestion(app: FastifyInstance, lessonId: number, questionId: number) {
  const question = (await loadQuestions(app.db, lessonId)).find((item) => item.id === questionId);
  if (!question) throw new AppError('NOT_FOUND', "Cette question n'existe pas.");
  return question;
}

export function registerQuizRoutes(app: FastifyInstance): void {
  const lessonParams = idParams('courseId', 'lessonId');
  const questionParams = idParams('courseId', 'lessonId', 'questionId');
  const body = formBodySchema(QUESTION_FIELDS);

  const render = async (request: FastifyRequest<{ Params: LessonParams & { questionId?: number } }>, reply: FastifyReply, form?: QuestionForm, errors: FieldErrors = {}) => {
    const { course, lesson } = await requireQuiz(app, request);
    const question = request.params.questionId ? await requireQuestion(app, lesson.id, request.params.questionId) : null;
    const values =
      form ??
      (question
        ? {
            kind: question.kind,
            prompt: question.prompt,
            explanation: question.explanation,
            choices: Array.from({ length: 6 }, (_, i) => {
              const choice = question.choices[i];
              return { label: choice?.label ?? '', correct: choice?.correct ?? false, feedback: choice?.feedback ?? '' };
            }),
          }
        : emptyQuestion());
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}${question ? `Question ${question.position}` : 'Nouvelle question'} – ${lesson.title}` },
      h(QuestionEditPage, { course, lesson, question, csrfToken: reply.generateCsrf(), form: values, errors }),
    );
  };

  app.get<{ Params: LessonParams }>('/formateur/cours/:courseId/lecons/:lessonId/questions/nouvelle', { config: { access: 'verified' }, schema: { hide: true, params: lessonParams } }, async (request, reply) =>
    render(request, reply),
  );

  app.post<{ Params: LessonParams; Body: Record<string, string> }>(
    '/formateur/cours/:courseId/lecons/:lessonId/questions',
    { config: { access: 'verified' }, schema: { hide: true, params: lessonParams, body } },
    async (request, reply) => {
      const { course, lesson } = await requireQuiz(app, request);
      const form = questionForm(request.body ?? {});
      const checked = validateQuestion(form);
      if (!checked.ok) return render(request, reply.status(400), form, checked.errors);
      await app.db.transaction().execute((trx) => insertQuestion(trx, lesson.id, checked.values));
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=ajoute#titre-questions`, 303);
    },
  );

  app.get<{ Params: QuestionParams }>('/formateur/cours/:courseId/lecons/:lessonId/questions/:questionId', { config: { access: 'verified' }, schema: { hide: true, params: questionParams } }, async (request, reply) =>
    render(request, reply),
  );

  app.post<{ Params: QuestionParams; Body: Record<string, string> }>(
    '/formateur/cours/:courseId/lecons/:lessonId/questions/:questionId',
    { config: { access: 'verified' }, schema: { hide: true, params: questionParams, body } },
    async (request, reply) => {
      const { course, lesson } = await requireQuiz(app, request);
      const question = await requireQuestion(app, lesson.id, request.params.questionId);
      const form = questionForm(request.body ?? {});
      const checked = validateQuestion(form);
      if (!checked.ok) return render(request, reply.status(400), form, checked.errors);
      await app.db.transaction().execute((trx) => updateQuestion(trx, question.id, checked.values));
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=enregistre#titre-questions`, 303);
    },
  );

  app.post<{ Params: QuestionParams }>(
    '/formateur/cours/:courseId/lecons/:lessonId/questions/:questionId/supprimer',
    { config: { access: 'verified' }, schema: { hide: true, params: questionParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const { course, lesson } = await requireQuiz(app, request);
      const question = await requireQuestion(app, lesson.id, request.params.questionId);
      await app.db.transaction().execute((trx) => deleteQuestion(trx, lesson.id, question.id));
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=supprime#titre-questions`, 303);
    },
  );

  app.post<{ Params: QuestionParams; Body: { sens: 'monter' | 'descendre' } }>(
    '/formateur/cours/:courseId/lecons/:lessonId/questions/:questionId/deplacer',
    { config: { access: 'verified' }, schema: { hide: true, params: questionParams, body: moveBody } },
    async (request, reply) => {
      const { course, lesson } = await requireQuiz(app, request);
      const moved = await app.db.transaction().execute((trx) => move(trx, 'quiz_questions', lesson.id, request.params.questionId, request.body.sens));
      if (!moved) throw new AppError('NOT_FOUND', "Cette question n'existe pas.");
      return reply.redirect(`${lessonHref(course.id, lesson.id)}#titre-questions`, 303);
    },
  );
}
