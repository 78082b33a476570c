import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../../platform/html/forms.js';
import { AppError } from '../../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../../platform/http/form-body.js';
import { type DiscussionContext, requireDiscussionAccess } from '../discussion-access.js';
import { replyNotificationMail } from '../discussions.mails.js';
import { discussionsHref, parseId, threadHref } from '../discussions.paths.js';
import { findPost, findThread, hasReportedThread, listPosts, type ThreadRow, toggleVote } from '../discussions.repository.js';
import { createReply, report } from '../discussions.service.js';
import type { ReportOutcome } from '../reports.repository.js';
import { enrolPromptOnRefusal, EXPIRED_FORM, isCsrfError, noticeOf, postParams, type SessionParams, threadParams } from './route-helpers.js';
import { THREAD_NOTICES, ThreadPage, type ThreadPageProps } from './thread.page.js';

type ThreadParams = SessionParams & { threadId: string };
interface ThreadRoute {
  Params: ThreadParams;
  Querystring: { info?: string };
  Body: FormBody<'body' | 'reason'>;
}
interface PostRoute {
  Params: ThreadParams & { postId: string };
  Body: FormBody<'reason'>;
}

/** The session's thread of the URL, when the viewer may see it: hidden threads only for staff (moderators). */
async function threadOf(request: FastifyRequest<{ Params: ThreadParams }>): Promise<{ context: DiscussionContext; thread: ThreadRow }> {
  const { db } = request.server;
  const context = await requireDiscussionAccess(db, request.params.slug, request.params.sessionId, request.viewer);
  const threadId = parseId(request.params.threadId);
  const thread = threadId ? await findThread(db, context.session.id, threadId) : undefined;
  if (!thread || (thread.status !== 'publie' && context.participation !== 'equipe')) throw new AppError('THREAD_NOT_FOUND');
  return { context, thread };
}

interface RenderOptions {
  values?: { body: string };
  errors?: FieldErrors;
  formError?: string;
  alert?: string;
  notice?: ThreadPageProps['notice'];
}

async function render({ context, thread }: { context: DiscussionContext; thread: ThreadRow }, reply: FastifyReply, options: RenderOptions = {}) {
  const { db } = reply.server;
  const [posts, threadReported] = await Promise.all([listPosts(db, thread.id, context.viewer.accountId), hasReportedThread(db, thread.id, context.viewer.accountId)]);
  const errors = options.errors ?? {};
  const failed = Object.keys(errors).length > 0 || Boolean(options.formError || options.alert);
  return reply.header('cache-control', 'no-store').page(
    { title: `${failed ? 'Erreur — ' : ''}${thread.title} — Discussions — ${context.course.name}` },
    h(ThreadPage, { context, thread, posts, threadReported, csrfToken: reply.generateCsrf(), values: options.values ?? { body: '' }, errors, formError: options.formError, alert: options.alert, notice: options.notice }),
  );
}

const reportRedirect = (outcome: ReportOutcome, threadUrl: string, anchor: string) => `${threadUrl}?info=${outcome === 'already' ? 'deja-signale' : 'signale'}${anchor}`;

/** A thread, its replies, votes and reports. */
export function registerThreadRoutes(app: FastifyInstance): void {
  const config = { access: 'verified' } as const;
  const reasonBody = formBodySchema(['reason']);

  app.get<ThreadRoute>(
    '/moocs/:slug/sessions/:sessionId/discussions/:threadId',
    { config, schema: { hide: true, params: threadParams, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } }, errorHandler: enrolPromptOnRefusal },
    async (request, reply) => render(await threadOf(request), reply, { notice: noticeOf(request.query.info, THREAD_NOTICES) }),
  );

  app.post<ThreadRoute>(
    '/moocs/:slug/sessions/:sessionId/discussions/:threadId/repondre',
    {
      config,
      schema: { hide: true, params: threadParams, body: formBodySchema(['body']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer) throw error;
        const typed = request as FastifyRequest<ThreadRoute>;
        return render(await threadOf(typed), reply.status(403), { values: { body: typed.body?.body ?? '' }, formError: EXPIRED_FORM });
      },
    },
    async (request, reply) => {
      const found = await threadOf(request);
      const { context, thread } = found;
      if (thread.status !== 'publie') throw new AppError('THREAD_NOT_FOUND');
      const values = { body: request.body?.body ?? '' };
      const result = await createReply(app.db, context, thread.id, values.body);
      if (!result.ok) {
        if (result.limited) reply.status(429).header('retry-after', String(result.limited.retryAfter));
        else reply.status(400);
        return render(found, reply, { values, errors: result.errors, formError: result.limited?.message });
      }
      const url = threadHref(context.course.slug, context.session.id, thread.id);
      if (result.value.notify) {
        const publicUrl = app.config.publicUrl;
        const mail = replyNotificationMail(result.value.notify.email, {
          courseName: context.course.name,
          threadTitle: thread.title,
          body: values.body,
          link: `${publicUrl}${url}#message-${result.value.postId}`,
          settingsLink: `${publicUrl}${discussionsHref(context.course.slug, context.session.id)}#notifications`,
        });
        // After the commit; a mail that cannot be sent does not undo the reply.
        await app.mailer.send(mail).catch((error: unknown) => request.log.error({ err: error }, 'discussion reply notification failed'));
      }
      return reply.redirect(`${url}?info=reponse#message-${result.value.postId}`, 303);
    },
  );

  app.post<ThreadRoute>('/moocs/:slug/sessions/:sessionId/discussions/:threadId/signaler', { config, schema: { hide: true, params: threadParams, body: reasonBody } }, async (request, reply) => {
    const found = await threadOf(request);
    const { context, thread } = found;
    const result = await report(app.db, 'sujet', thread.id, context.viewer.accountId, request.body?.reason ?? '');
    if (!result.ok) {
      if (result.limited) throw new AppError('REPORT_RATE_LIMITED', result.limited.message);
      return render(found, reply.status(400), { alert: result.errors.reason });
    }
    const listUrl = discussionsHref(context.course.slug, context.session.id);
    if (result.value === 'not-found') throw new AppError('THREAD_NOT_FOUND');
    if (result.value === 'own') throw new AppError('FORBIDDEN', 'Vous ne pouvez pas signaler votre propre sujet.');
    if (result.value === 'hidden' || result.value === 'already-hidden') return reply.redirect(`${listUrl}?info=sujet-masque`, 303);
    return reply.redirect(reportRedirect(result.value, threadHref(context.course.slug, context.session.id, thread.id), ''), 303);
  });

  /** The reply of the URL, published, in a visible thread. */
  async function postOf(request: FastifyRequest<PostRoute>) {
    const found = await threadOf(request);
    const postId = parseId(request.params.postId);
    const post = postId && found.thread.status === 'publie' ? await findPost(app.db, found.thread.id, postId) : undefined;
    if (!post || post.status !== 'publie') throw new AppError('NOT_FOUND', "Cette réponse n'existe pas ou n'est plus visible.");
    return { ...found, post, url: threadHref(found.context.course.slug, found.context.session.id, found.thread.id) };
  }

  app.post<PostRoute>('/moocs/:slug/sessions/:sessionId/discussions/:threadId/messages/:postId/utile', { config, schema: { hide: true, params: postParams, body: reasonBody } }, async (request, reply) => {
    const { context, post, url } = await postOf(request);
    if (post.account_id === context.viewer.accountId) throw new AppError('FORBIDDEN', 'Vous ne pouvez pas voter pour votre propre réponse.');
    const voted = await toggleVote(app.db, post.id, context.viewer.accountId);
    return reply.redirect(`${url}?info=${voted ? 'vote-ajoute' : 'vote-retire'}#message-${post.id}`, 303);
  });

  app.post<PostRoute>('/moocs/:slug/sessions/:sessionId/discussions/:threadId/messages/:postId/signaler', { config, schema: { hide: true, params: postParams, body: reasonBody } }, async (request, reply) => {
    const { context, thread, post, url } = await postOf(request);
    const result = await report(app.db, 'message', post.id, context.viewer.accountId, request.body?.reason ?? '');
    if (!result.ok) {
      if (result.limited) throw new AppError('REPORT_RATE_LIMITED', result.limited.message);
      return render({ context, thread }, reply.status(400), { alert: result.errors.reason });
    }
    if (result.value === 'not-found') throw new AppError('NOT_FOUND');
    if (result.value === 'own') throw new AppError('FORBIDDEN', 'Vous ne pouvez pas signaler votre propre réponse.');
    if (result.value === 'hidden' || result.value === 'already-hidden') return reply.redirect(`${url}?info=masque#message-${post.id}`, 303);
    return reply.redirect(reportRedirect(result.value, url, `#message-${post.id}`), 303);
  });
}
