import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { findSession } from '../courses.repository.js';
import { requireInstructor } from '../instructors.js';
import { AnnouncementsPage, announcementsHref } from './announcements.page.js';
import { listAnnouncements } from './announcements.repository.js';
import { type AnnouncementInput, createAnnouncement, deliverAnnouncements } from './announcements.service.js';

interface Route {
  Params: { courseId: string; sessionId: string };
  Querystring: { envoyee?: number };
  Body: FormBody<'subject' | 'body'>;
}

const params = { type: 'object', required: ['courseId', 'sessionId'], properties: { courseId: { type: 'string', maxLength: 40 }, sessionId: { type: 'string', maxLength: 40 } } } as const;
const parseId = (value: string) => (/^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null);
/** Mails sent while the instructor waits (two batches); the scheduled job sends the rest within a minute. */
const BATCHES_IN_REQUEST = 2;

async function sessionOf(request: FastifyRequest<Route>) {
  const courseId = parseId(request.params.courseId);
  if (!courseId) throw new AppError('COURSE_NOT_FOUND');
  const course = await requireInstructor(request.server.db, courseId, request.viewer);
  const sessionId = parseId(request.params.sessionId);
  const session = sessionId ? await findSession(request.server.db, course.id, sessionId) : undefined;
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  return { course, session };
}

async function render(request: FastifyRequest<Route>, reply: FastifyReply, values: AnnouncementInput = { subject: '', body: '' }, errors: FieldErrors = {}, formError?: string) {
  const { course, session } = await sessionOf(request);
  const announcements = await listAnnouncements(request.server.db, session.id);
  const failed = Object.keys(errors).length > 0 || Boolean(formError);
  return reply
    .header('cache-control', 'no-store')
    .page(
      { title: `${failed ? 'Erreur — ' : ''}Annonces — ${session.name} — ${course.name}` },
      h(AnnouncementsPage, { course, session, announcements, csrfToken: reply.generateCsrf(), values, errors, formError, sentTo: failed ? undefined : request.query?.envoyee }),
    );
}

/** Instructors' announcements to a session's learners (the course's internal instructors and administrators). */
export function registerAnnouncementRoutes(app: FastifyInstance): void {
  const url = '/formateur/cours/:courseId/sessions/:sessionId/annonces';
  const config = { access: 'verified' } as const;

  app.get<Route>(url, { config, schema: { hide: true, params, querystring: { type: 'object', properties: { envoyee: { type: 'integer', minimum: 0 } } } } }, async (request, reply) => render(request, reply));

  app.post<Route>(
    url,
    {
      config,
      schema: { hide: true, params, body: formBodySchema(['subject', 'body']) },
      errorHandler: async (error, request, reply) => {
        if (!String((error as { code?: unknown }).code ?? '').startsWith('FST_CSRF_') || !request.viewer) throw error;
        const typed = request as FastifyRequest<Route>;
        const values = { subject: typed.body?.subject ?? '', body: typed.body?.body ?? '' };
        return render(typed, reply.status(403), values, {}, 'Le formulaire a expiré ou ne provient pas de ce site : vos saisies sont conservées ci-dessous, vérifiez-les puis envoyez à nouveau le formulaire.');
      },
    },
    async (request, reply) => {
      const { course, session } = await sessionOf(request);
      const values = { subject: request.body?.subject ?? '', body: request.body?.body ?? '' };
      const result = await createAnnouncement(app.db, session.id, request.viewer!.accountId, values);
      if (!result.ok) return render(request, reply.status(400), values, result.errors);
      // After the commit: each mail is claimed before it is sent, so the job never sends it again.
      await deliverAnnouncements(app.db, app.mailer, app.config.publicUrl, {
        announcementId: result.id,
        maxBatches: BATCHES_IN_REQUEST,
        log: (error) => request.log.error({ err: error }, 'announcement mail failed'),
      });
      return reply.redirect(`${announcementsHref(course.id, session.id)}?envoyee=${result.recipients}`, 303);
    },
  );
}
