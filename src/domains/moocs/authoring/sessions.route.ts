import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { listSessions } from '../courses.repository.js';
import { requireInstructor } from '../instructors.js';
import { authoringHref } from './authoring-layout.js';
import { auditActor, idParams, noticeFor, noticeQuery } from './route-helpers.js';
import { emptySessionForm, SESSION_FIELDS, sessionForm, type SessionForm, sessionToForm, validateSession } from './session-form.js';
import { SessionEditPage, SessionsPage } from './sessions.page.js';
import { insertSession, requireCourseSession, setSessionArchived, updateSession } from './structure.repository.js';

type CourseParams = { courseId: number };
type SessionParams = CourseParams & { sessionId: number };
type SessionBody = FormBody<(typeof SESSION_FIELDS)[number]>;

export function registerSessionRoutes(app: FastifyInstance): void {
  const params = idParams('courseId');
  const itemParams = idParams('courseId', 'sessionId');
  const body = formBodySchema(SESSION_FIELDS);

  const renderList = async (request: FastifyRequest<{ Params: CourseParams }>, reply: FastifyReply, form = emptySessionForm(), errors: FieldErrors = {}, notice?: string) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const sessions = await listSessions(app.db, course.id);
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Sessions – ${course.name}` },
      h(SessionsPage, { course, sessions, csrfToken: reply.generateCsrf(), form, errors, notice, now: new Date() }),
    );
  };

  app.get<{ Params: CourseParams; Querystring: { ok?: string } }>(
    '/formateur/cours/:courseId/sessions',
    { config: { access: 'verified' }, schema: { hide: true, params, querystring: noticeQuery } },
    async (request, reply) => renderList(request, reply, undefined, undefined, noticeFor(request.query)),
  );

  app.post<{ Params: CourseParams; Body: SessionBody }>('/formateur/cours/:courseId/sessions', { config: { access: 'verified' }, schema: { hide: true, params, body } }, async (request, reply) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const form = sessionForm(request.body ?? {});
    const checked = validateSession(form);
    if (!checked.ok) return renderList(request, reply.status(400), form, checked.errors);
    await app.db.transaction().execute(async (trx) => {
      const id = await insertSession(trx, course.id, checked.values);
      await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.session.create', subjectKind: 'cours', subjectId: course.id, summary: `Création de la session « ${checked.values.name} » du cours « ${course.name} »`, after: { sessionId: id, ...checked.values } });
    });
    return reply.redirect(`${authoringHref(course.id, 'sessions')}?ok=ajoute`, 303);
  });

  const renderEdit = async (request: FastifyRequest<{ Params: SessionParams }>, reply: FastifyReply, form?: SessionForm, errors: FieldErrors = {}) => {
    const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
    const session = await requireCourseSession(app.db, course.id, request.params.sessionId);
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Modifier la session « ${session.name} » – ${course.name}` },
      h(SessionEditPage, { course, session, csrfToken: reply.generateCsrf(), form: form ?? sessionToForm(session), errors }),
    );
  };

  app.get<{ Params: SessionParams }>('/formateur/cours/:courseId/sessions/:sessionId', { config: { access: 'verified' }, schema: { hide: true, params: itemParams } }, async (request, reply) =>
    renderEdit(request, reply),
  );

  app.post<{ Params: SessionParams; Body: SessionBody }>(
    '/formateur/cours/:courseId/sessions/:sessionId',
    { config: { access: 'verified' }, schema: { hide: true, params: itemParams, body } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const session = await requireCourseSession(app.db, course.id, request.params.sessionId);
      const form = sessionForm(request.body ?? {});
      const checked = validateSession(form);
      if (!checked.ok) return renderEdit(request, reply.status(400), form, checked.errors);
      await app.db.transaction().execute(async (trx) => {
        await updateSession(trx, session.id, checked.values);
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: 'course.session.update', subjectKind: 'cours', subjectId: course.id, summary: `Modification de la session « ${checked.values.name} » du cours « ${course.name} »`, before: session, after: checked.values });
      });
      return reply.redirect(`${authoringHref(course.id, 'sessions')}?ok=enregistre`, 303);
    },
  );

  app.post<{ Params: SessionParams; Body: FormBody<'archive'> }>(
    '/formateur/cours/:courseId/sessions/:sessionId/archiver',
    { config: { access: 'verified' }, schema: { hide: true, params: itemParams, body: formBodySchema(['archive']) } },
    async (request, reply) => {
      const course = await requireInstructor(app.db, request.params.courseId, request.viewer);
      const session = await requireCourseSession(app.db, course.id, request.params.sessionId);
      const archive = request.body?.archive;
      if (archive !== 'oui' && archive !== 'non') throw new AppError('INVALID_PARAMETER', 'Choisissez d’archiver la session ou de la désarchiver.');
      await app.db.transaction().execute(async (trx) => {
        await setSessionArchived(trx, session.id, archive === 'oui');
        await recordAudit(trx, { actor: auditActor(request.viewer!), action: archive === 'oui' ? 'course.session.archive' : 'course.session.unarchive', subjectKind: 'cours', subjectId: course.id, summary: `${archive === 'oui' ? 'Archivage' : 'Désarchivage'} de la session « ${session.name} » du cours « ${course.name} »` });
      });
      return reply.redirect(`${authoringHref(course.id, 'sessions')}?ok=${archive === 'oui' ? 'archive' : 'desarchive'}`, 303);
    },
  );
}
