import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { type MultipartBody, multipartBodySchema, uploadedFile } from '../../../platform/http/multipart.js';
import { listSessions, loadOutline } from '../courses.repository.js';
import { requireInstructor } from '../instructors.js';
import { authoringHref } from './authoring-layout.js';
import { ContentPage, lessonHref, type NewLessonForm, WeekEditPage, type WeekForm } from './content.page.js';
import { syncWeeksCount } from './courses.repository.js';
import { isLessonKind, isWebVtt, LESSON_FIELDS, lessonForm, type LessonForm, lessonToForm, validateLesson } from './lesson-form.js';
import { LessonEditPage } from './lesson.page.js';
import { LessonPreviewPage } from './preview.page.js';
import { move } from './reorder.js';
import { idParams, moveBody, noticeFor, noticeQuery } from './route-helpers.js';
import { deleteLesson, deleteWeek, insertLesson, insertWeek, loadQuestions, requireCourseLesson, requireCourseWeek, updateLesson } from './structure.repository.js';

type CourseParams = { courseId: number };
type WeekParams = CourseParams & { weekId: number };
type LessonParams = CourseParams & { lessonId: number };

function checkWeek(form: WeekForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.title) errors.title = 'Indiquez le titre de la semaine.';
  else if (form.title.length > 200) errors.title = 'Le titre doit faire 200 caractères au plus.';
  if (form.summary.length > 5000) errors.summary = 'Le résumé doit faire 5 000 caractères au plus.';
  return errors;
}
const weekForm = (body: Partial<Record<string, string>>): WeekForm => ({ title: (body.title ?? '').trim(), summary: (body.summary ?? '').replace(/\r\n/g, '\n').trim() });

/** Renders a lesson's edit page; shared with the quiz and video routes (they re-render it with their errors). */
export async function renderLessonPage(
  app: FastifyInstance,
  request: FastifyRequest<{ Params: LessonParams }>,
  reply: FastifyReply,
  options: { form?: LessonForm; errors?: FieldErrors; notice?: string } = {},
) {
  const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
  const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
  const errors = options.errors ?? {};
  const questions = lesson.kind === 'quiz' ? await loadQuestions(app.db, lesson.id) : [];
  return reply.page(
    { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Leçon « ${lesson.title} » – ${course.name}` },
    h(LessonEditPage, { course, lesson, csrfToken: reply.generateCsrf(), form: options.form ?? lessonToForm(lesson), errors, notice: options.notice, questions, videoUpload: true }),
  );
}

export function registerContentRoutes(app: FastifyInstance): void {
  const params = idParams('courseId');
  const weekParams = idParams('courseId', 'weekId');
  const lessonParams = idParams('courseId', 'lessonId');

  const renderOutline = async (request: FastifyRequest<{ Params: CourseParams }>, reply: FastifyReply, options: { weekForm?: WeekForm; lessonForm?: NewLessonForm; errors?: FieldErrors; notice?: string } = {}) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const outline = await loadOutline(app.db, course.id);
    const errors = options.errors ?? {};
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Semaines et leçons – ${course.name}` },
      h(ContentPage, { course, outline, csrfToken: reply.generateCsrf(), weekForm: options.weekForm ?? { title: '', summary: '' }, lessonForm: options.lessonForm, errors, notice: options.notice }),
    );
  };
  const outlineHref = (courseId: number, ok: string) => `${authoringHref(courseId, 'contenu')}?ok=${ok}`;

  app.get<{ Params: CourseParams; Querystring: { ok?: string } }>(
    '/formateur/cours/:courseId/contenu',
    { config: { access: 'verified' }, schema: { hide: true, params, querystring: noticeQuery } },
    async (request, reply) => renderOutline(request, reply, { notice: noticeFor(request.query) }),
  );

  app.post<{ Params: CourseParams; Body: FormBody<'title' | 'summary'> }>(
    '/formateur/cours/:courseId/semaines',
    { config: { access: 'verified' }, schema: { hide: true, params, body: formBodySchema(['title', 'summary']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const form = weekForm(request.body ?? {});
      const errors = checkWeek(form);
      if (Object.keys(errors).length) return renderOutline(request, reply.status(400), { weekForm: form, errors });
      const count = (await loadOutline(app.db, course.id)).length;
      if (count >= 52) return renderOutline(request, reply.status(400), { weekForm: form, errors: { title: 'Un cours compte 52 semaines au plus.' } });
      await app.db.transaction().execute(async (trx) => {
        await insertWeek(trx, course.id, form.title, form.summary);
        await syncWeeksCount(trx, course.id);
      });
      return reply.redirect(outlineHref(course.id, 'ajoute'), 303);
    },
  );

  const renderWeek = async (request: FastifyRequest<{ Params: WeekParams }>, reply: FastifyReply, form?: WeekForm, errors: FieldErrors = {}) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const week = await requireCourseWeek(app.db, course.id, request.params.weekId);
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Semaine ${week.position} – ${course.name}` },
      h(WeekEditPage, { course, week, csrfToken: reply.generateCsrf(), form: form ?? { title: week.title, summary: week.summary }, errors }),
    );
  };

  app.get<{ Params: WeekParams }>('/formateur/cours/:courseId/semaines/:weekId', { config: { access: 'verified' }, schema: { hide: true, params: weekParams } }, async (request, reply) =>
    renderWeek(request, reply),
  );

  app.post<{ Params: WeekParams; Body: FormBody<'title' | 'summary'> }>(
    '/formateur/cours/:courseId/semaines/:weekId',
    { config: { access: 'verified' }, schema: { hide: true, params: weekParams, body: formBodySchema(['title', 'summary']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const week = await requireCourseWeek(app.db, course.id, request.params.weekId);
      const form = weekForm(request.body ?? {});
      const errors = checkWeek(form);
      if (Object.keys(errors).length) return renderWeek(request, reply.status(400), form, errors);
      await app.db.updateTable('course_weeks').set({ title: form.title, summary: form.summary }).where('id', '=', week.id).execute();
      return reply.redirect(outlineHref(course.id, 'enregistre'), 303);
    },
  );

  app.post<{ Params: WeekParams }>(
    '/formateur/cours/:courseId/semaines/:weekId/supprimer',
    { config: { access: 'verified' }, schema: { hide: true, params: weekParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const week = await requireCourseWeek(app.db, course.id, request.params.weekId);
      await app.db.transaction().execute(async (trx) => {
        await deleteWeek(trx, course.id, week.id);
        await syncWeeksCount(trx, course.id);
      });
      return reply.redirect(outlineHref(course.id, 'supprime'), 303);
    },
  );

  app.post<{ Params: WeekParams; Body: { sens: 'monter' | 'descendre' } }>(
    '/formateur/cours/:courseId/semaines/:weekId/deplacer',
    { config: { access: 'verified' }, schema: { hide: true, params: weekParams, body: moveBody } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const moved = await app.db.transaction().execute((trx) => move(trx, 'course_weeks', course.id, request.params.weekId, request.body.sens));
      if (!moved) throw new AppError('NOT_FOUND', "Cette semaine n'existe pas.");
      return reply.redirect(`${authoringHref(course.id, 'contenu')}#semaine-${request.params.weekId}`, 303);
    },
  );

  app.post<{ Params: WeekParams; Body: Record<string, string> }>(
    '/formateur/cours/:courseId/semaines/:weekId/lecons',
    { config: { access: 'verified' }, schema: { hide: true, params: weekParams, body: { type: 'object', additionalProperties: { type: 'string', maxLength: 1000 } } } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const week = await requireCourseWeek(app.db, course.id, request.params.weekId);
      const body = request.body ?? {};
      const form: NewLessonForm = { weekId: week.id, kind: (body[`kind-${week.id}`] ?? '').trim(), title: (body[`title-${week.id}`] ?? '').trim() };
      const errors: FieldErrors = {};
      if (!isLessonKind(form.kind)) errors[`kind-${week.id}`] = 'Choisissez le type de la leçon : texte, vidéo ou quiz.';
      if (!form.title) errors[`title-${week.id}`] = 'Indiquez le titre de la leçon.';
      else if (form.title.length > 200) errors[`title-${week.id}`] = 'Le titre doit faire 200 caractères au plus.';
      if (Object.keys(errors).length || !isLessonKind(form.kind)) return renderOutline(request, reply.status(400), { lessonForm: form, errors });
      const kind = form.kind;
      const id = await app.db.transaction().execute((trx) => insertLesson(trx, week.id, kind, form.title));
      return reply.redirect(`${lessonHref(course.id, id)}?ok=ajoute`, 303);
    },
  );

  app.get<{ Params: LessonParams; Querystring: { ok?: string } }>(
    '/formateur/cours/:courseId/lecons/:lessonId',
    { config: { access: 'verified' }, schema: { hide: true, params: lessonParams, querystring: noticeQuery } },
    async (request, reply) => renderLessonPage(app, request, reply, { notice: noticeFor(request.query) }),
  );

  app.post<{ Params: LessonParams; Body: MultipartBody<(typeof LESSON_FIELDS)[number], 'captionsFile'> }>(
    '/formateur/cours/:courseId/lecons/:lessonId',
    { config: { access: 'verified', multipart: true }, schema: { hide: true, params: lessonParams, body: multipartBodySchema(LESSON_FIELDS, ['captionsFile']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
      const body = request.body ?? {};
      const form = lessonForm(body);
      const file = uploadedFile(body.captionsFile);
      const fileErrors: FieldErrors = {};
      if (file) {
        const text = file.truncated ? '' : file.data.toString('utf8');
        if (file.truncated) fileErrors.captionsFile = 'Le fichier de sous-titres dépasse 2 Mo.';
        else if (!isWebVtt(text)) fileErrors.captionsFile = 'Ce fichier n’est pas au format WebVTT : il doit commencer par « WEBVTT ».';
        else form.captionsVtt = text.replace(/\r\n/g, '\n').trim();
      }
      const checked = validateLesson(lesson.kind, form);
      if (!checked.ok || Object.keys(fileErrors).length) return renderLessonPage(app, request, reply.status(400), { form, errors: { ...(checked.ok ? {} : checked.errors), ...fileErrors } });
      await updateLesson(app.db, lesson.id, checked.values);
      return reply.redirect(`${lessonHref(course.id, lesson.id)}?ok=enregistre`, 303);
    },
  );

  app.post<{ Params: LessonParams }>(
    '/formateur/cours/:courseId/lecons/:lessonId/supprimer',
    { config: { access: 'verified' }, schema: { hide: true, params: lessonParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
      await app.db.transaction().execute((trx) => deleteLesson(trx, lesson));
      return reply.redirect(outlineHref(course.id, 'supprime'), 303);
    },
  );

  app.post<{ Params: LessonParams; Body: { sens: 'monter' | 'descendre' } }>(
    '/formateur/cours/:courseId/lecons/:lessonId/deplacer',
    { config: { access: 'verified' }, schema: { hide: true, params: lessonParams, body: moveBody } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
      await app.db.transaction().execute((trx) => move(trx, 'course_lessons', lesson.week_id, lesson.id, request.body.sens));
      return reply.redirect(`${authoringHref(course.id, 'contenu')}#semaine-${lesson.week_id}`, 303);
    },
  );

  app.get<{ Params: LessonParams }>('/formateur/cours/:courseId/lecons/:lessonId/apercu', { config: { access: 'verified' }, schema: { hide: true, params: lessonParams } }, async (request, reply) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const lesson = await requireCourseLesson(app.db, course.id, request.params.lessonId);
    const questions = lesson.kind === 'quiz' ? await loadQuestions(app.db, lesson.id) : [];
    const sessions = (await listSessions(app.db, course.id)).filter((session) => !session.archived_at);
    return reply.page(
      { title: `Aperçu de « ${lesson.title} » – ${course.name}` },
      h(LessonPreviewPage, { course, lesson, bodyHtml: lesson.body ? renderMarkdown(lesson.body) : '', questions, sessions, csrfToken: reply.generateCsrf() }),
    );
  });
}
