import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../../platform/html/forms.js';
import { AppError } from '../../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../../platform/http/form-body.js';
import { loadSessionAnnouncements } from '../../announcements/session-announcements.js';
import { loadOutline } from '../../courses.repository.js';
import { type DiscussionContext, requireDiscussionAccess } from '../discussion-access.js';
import { discussionsHref, threadHref } from '../discussions.paths.js';
import { listThreads, setNotifyDiscussions, THREADS_PER_PAGE } from '../discussions.repository.js';
import { createThread, type ThreadInput } from '../discussions.service.js';
import { NewThreadPage } from './new-thread.page.js';
import { enrolPromptOnRefusal, EXPIRED_FORM, isCsrfError, noticeOf, type SessionParams, sessionParams } from './route-helpers.js';
import { NOTICES, ThreadsPage } from './threads.page.js';

interface ListRoute {
  Params: SessionParams;
  Querystring: { page?: number; filtre?: string; info?: string };
}
interface FormRoute {
  Params: SessionParams;
  Body: FormBody<'title' | 'body' | 'lessonId' | 'notify'>;
}

const listQuery = {
  type: 'object',
  properties: { page: { type: 'integer', minimum: 1, maximum: 100_000 }, filtre: { type: 'string', enum: ['', 'sans-reponse'] }, info: { type: 'string', maxLength: 40 } },
} as const;

const access = (request: FastifyRequest<{ Params: SessionParams }>) => requireDiscussionAccess(request.server.db, request.params.slug, request.params.sessionId, request.viewer);

async function renderNewThread(context: DiscussionContext, reply: FastifyReply, values: ThreadInput, errors: FieldErrors = {}, formError?: string) {
  const outline = await loadOutline(reply.server.db, context.course.id);
  const failed = Object.keys(errors).length > 0 || Boolean(formError);
  return reply
    .header('cache-control', 'no-store')
    .page({ title: `${failed ? 'Erreur — ' : ''}Ouvrir un sujet — ${context.course.name}` }, h(NewThreadPage, { context, outline, csrfToken: reply.generateCsrf(), values, errors, formError }));
}

const inputOf = (body: FormRoute['Body'] | undefined): ThreadInput => ({ title: body?.title ?? '', body: body?.body ?? '', lessonId: body?.lessonId ?? '' });

/** The « Discussions » tab (threads, filter, pagination, notification setting) and opening a thread. */
export function registerThreadsRoutes(app: FastifyInstance): void {
  const config = { access: 'verified' } as const;

  app.get<ListRoute>('/moocs/:slug/sessions/:sessionId/discussions', { config, schema: { hide: true, params: sessionParams, querystring: listQuery }, errorHandler: enrolPromptOnRefusal }, async (request, reply) => {
    const context = await access(request);
    const page = request.query.page ?? 1;
    const unanswered = request.query.filtre === 'sans-reponse';
    const [{ total, threads }, announcements] = await Promise.all([listThreads(app.db, context.session.id, { unanswered, page }), loadSessionAnnouncements(app.db, context.session.id)]);
    const pageCount = Math.max(1, Math.ceil(total / THREADS_PER_PAGE));
    if (page > pageCount) throw new AppError('PAGE_OUT_OF_RANGE');
    const notice = noticeOf(request.query.info, NOTICES);
    return reply
      .header('cache-control', 'no-store')
      .page(
        { title: `Discussions — ${context.course.name}${page > 1 ? ` (page ${page})` : ''}` },
        h(ThreadsPage, { context, threads, total, page, pageCount, unanswered, announcements, notice, csrfToken: reply.generateCsrf() }),
      );
  });

  app.post<FormRoute>('/moocs/:slug/sessions/:sessionId/discussions/notifications', { config, schema: { hide: true, params: sessionParams, body: formBodySchema(['notify']) } }, async (request, reply) => {
    const context = await access(request);
    if (!context.enrolment) throw new AppError('NOT_ENROLLED', 'Seuls les apprenants inscrits à la session reçoivent ces e-mails.');
    const notify = request.body?.notify;
    if (notify !== 'oui' && notify !== 'non') throw new AppError('BAD_REQUEST', 'Choisissez de recevoir ou non les e-mails.');
    await setNotifyDiscussions(app.db, context.enrolment.id, notify === 'oui');
    return reply.redirect(`${discussionsHref(context.course.slug, context.session.id)}?info=notifications-${notify}`, 303);
  });

  app.get<FormRoute>('/moocs/:slug/sessions/:sessionId/discussions/nouveau', { config, schema: { hide: true, params: sessionParams }, errorHandler: enrolPromptOnRefusal }, async (request, reply) =>
    renderNewThread(await access(request), reply, inputOf(undefined)),
  );

  app.post<FormRoute>(
    '/moocs/:slug/sessions/:sessionId/discussions/nouveau',
    {
      config,
      schema: { hide: true, params: sessionParams, body: formBodySchema(['title', 'body', 'lessonId']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer) throw error;
        const typed = request as FastifyRequest<FormRoute>;
        return renderNewThread(await access(typed), reply.status(403), inputOf(typed.body), {}, EXPIRED_FORM);
      },
    },
    async (request, reply) => {
      const context = await access(request);
      const values = inputOf(request.body);
      const outline = await loadOutline(app.db, context.course.id);
      const lessonIds = outline.flatMap((week) => week.lessons.map((lesson) => lesson.id));
      const result = await createThread(app.db, context, values, lessonIds);
      if (!result.ok) {
        if (result.limited) reply.status(429).header('retry-after', String(result.limited.retryAfter));
        else reply.status(400);
        return renderNewThread(context, reply, values, result.errors, result.limited?.message);
      }
      return reply.redirect(`${threadHref(context.course.slug, context.session.id, result.value.threadId)}?info=publie`, 303);
    },
  );
}
