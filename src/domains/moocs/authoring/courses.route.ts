import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { THEMES } from '../../catalogue/index.js';
import { requireInstructor } from '../instructors.js';
import { authoringHref } from './authoring-layout.js';
import { COURSE_TEXT_FIELDS, courseTextsForm, type CourseTextsForm, validateCourseTexts } from './course-form.js';
import { findOperator, insertCourse, listAuthoredCourses, setCoursePublished, updateCourseTexts } from './courses.repository.js';
import { CoursePresentationPage, type CreateCourseForm, FormateurHomePage } from './courses.page.js';
import { auditActor, idParams, isAdmin, noticeFor, noticeQuery } from './route-helpers.js';

const themeOptions = THEMES.map((theme) => ({ slug: theme.slug, name: theme.name }));

const createBody = {
  type: 'object',
  properties: {
    ...formBodySchema([...COURSE_TEXT_FIELDS, 'publish']).properties,
    themes: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 20 },
  },
} as const;

type CreateBody = FormBody<(typeof COURSE_TEXT_FIELDS)[number] | 'publish'> & { themes?: string[] };

const emptyCreateForm = (): CreateCourseForm => ({ ...courseTextsForm({}), themes: [], publish: false });

export function registerCourseRoutes(app: FastifyInstance): void {
  const renderHome = async (request: FastifyRequest, reply: FastifyReply, form = emptyCreateForm(), errors: FieldErrors = {}) => {
    const viewer = request.viewer!;
    const admin = isAdmin(viewer);
    const courses = await listAuthoredCourses(app.db, viewer.accountId, admin);
    return reply.page({ title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Espace formateur` }, h(FormateurHomePage, { courses, isAdmin: admin, csrfToken: reply.generateCsrf(), themes: themeOptions, form, errors }));
  };

  app.get('/formateur', { config: { access: 'verified' }, schema: { hide: true } }, async (request, reply) => renderHome(request, reply));

  app.post<{ Body: CreateBody }>('/formateur/cours', { config: { access: ['administrateur'] }, schema: { hide: true, body: createBody } }, async (request, reply) => {
    const body = request.body ?? {};
    const themes = (body.themes ?? []).filter((slug, index, all) => all.indexOf(slug) === index);
    const form: CreateCourseForm = { ...courseTextsForm(body), themes, publish: body.publish === 'oui' };
    const checked = validateCourseTexts(form);
    const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!themes.length) errors.themes = 'Choisissez au moins une thématique du Store.';
    else if (themes.some((slug) => !themeOptions.some((theme) => theme.slug === slug))) errors.themes = 'Cette thématique n’existe pas.';
    const operator = await findOperator(app.db);
    if (!operator) errors.name = 'Aucune organisation « opérateur » n’existe : créez-la d’abord dans l’administration.';
    if (!checked.ok || Object.keys(errors).length || !operator) return renderHome(request, reply.status(400), form, errors);
    const viewer = request.viewer!;
    const created = await app.db.transaction().execute(async (trx) => {
      const course = await insertCourse(trx, { texts: checked.texts, themes, publish: form.publish, providerId: operator.id, publicUrl: app.config.publicUrl });
      await recordAudit(trx, {
        actor: auditActor(viewer),
        action: 'course.create',
        subjectKind: 'cours',
        subjectId: course.id,
        summary: `Création du cours « ${checked.texts.name} »${form.publish ? ', publié dans le Store' : ''}`,
        after: { slug: course.slug, ...checked.texts, themes, publish: form.publish },
      });
      return course;
    });
    return reply.redirect(`${authoringHref(created.id)}?ok=cree`, 303);
  });

  const params = idParams('courseId');

  const renderCourse = async (request: FastifyRequest<{ Params: { courseId: number } }>, reply: FastifyReply, form?: CourseTextsForm, errors: FieldErrors = {}, notice?: string) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const values: CourseTextsForm = form ?? {
      name: course.name,
      pitch: course.pitch,
      description: course.description,
      objectives: course.objectives.join('\n'),
      audienceText: course.audience_text,
      prerequisites: course.prerequisites,
      effortText: course.effort_text,
    };
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Présentation – ${course.name}` },
      h(CoursePresentationPage, { course, isAdmin: isAdmin(request.viewer), csrfToken: reply.generateCsrf(), form: values, errors, notice }),
    );
  };

  app.get<{ Params: { courseId: number }; Querystring: { ok?: string } }>(
    '/formateur/cours/:courseId',
    { config: { access: 'verified' }, schema: { hide: true, params, querystring: noticeQuery } },
    async (request, reply) => renderCourse(request, reply, undefined, undefined, noticeFor(request.query)),
  );

  app.post<{ Params: { courseId: number }; Body: FormBody<(typeof COURSE_TEXT_FIELDS)[number]> }>(
    '/formateur/cours/:courseId',
    { config: { access: 'verified' }, schema: { hide: true, params, body: formBodySchema(COURSE_TEXT_FIELDS) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const form = courseTextsForm(request.body ?? {});
      const checked = validateCourseTexts(form);
      if (!checked.ok) return renderCourse(request, reply.status(400), form, checked.errors);
      const before = { name: course.name, pitch: course.pitch, description: course.description, objectives: course.objectives, audienceText: course.audience_text, prerequisites: course.prerequisites, effortText: course.effort_text };
      await app.db.transaction().execute(async (trx) => {
        await updateCourseTexts(trx, course.id, course.service_id, checked.texts);
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.update', subjectKind: 'cours', subjectId: course.id, summary: `Modification des textes du cours « ${checked.texts.name} »`, before, after: checked.texts });
      });
      return reply.redirect(`${authoringHref(course.id)}?ok=enregistre`, 303);
    },
  );

  app.post<{ Params: { courseId: number }; Body: FormBody<'publish'> }>(
    '/formateur/cours/:courseId/publication',
    { config: { access: ['administrateur'] }, schema: { hide: true, params, body: formBodySchema(['publish']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const publish = request.body?.publish;
      if (publish !== 'oui' && publish !== 'non') throw new AppError('INVALID_PARAMETER', 'Choisissez de publier le cours ou de le retirer du Store.');
      await app.db.transaction().execute(async (trx) => {
        await setCoursePublished(trx, course.service_id, publish === 'oui');
        await recordAudit(trx, {
          actor: auditActor(request.viewer!),
          action: publish === 'oui' ? 'course.publish' : 'course.unpublish',
          subjectKind: 'cours',
          subjectId: course.id,
          summary: `${publish === 'oui' ? 'Publication' : 'Retrait'} du cours « ${course.name} » ${publish === 'oui' ? 'dans le' : 'du'} Store`,
          before: { status: course.service_status },
          after: { status: publish === 'oui' ? 'publie' : 'depublie' },
        });
      });
      return reply.redirect(`${authoringHref(course.id)}?ok=${publish === 'oui' ? 'publie' : 'depublie'}`, 303);
    },
  );
}
