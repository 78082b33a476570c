import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { commentHref } from '../moderation/ideas.moderation.js';
import { reportSubject } from '../moderation/reports.service.js';
import { CommentErrorPage } from './comment-error.page.js';
import { findComment } from './comments.repository.js';
import { createComment, parseId, requireIdea } from './comments.service.js';

const id = { type: 'string', maxLength: 40 } as const;
const ideaParams = { type: 'object', required: ['id'], properties: { id } } as const;
const commentParams = { type: 'object', required: ['id', 'commentId'], properties: { id, commentId: id } } as const;

interface CommentRoute {
  Params: { id: string };
  Body: FormBody<'body' | 'parent'>;
}
interface ReportRoute {
  Params: { id: string; commentId: string };
  Body: FormBody<'reason'>;
}

const isCsrfError = (error: Error) => String((error as { code?: unknown }).code ?? '').startsWith('FST_CSRF_');
const EXPIRED_FORM = 'Le formulaire a expiré ou ne provient pas de ce site : votre texte est conservé ci-dessous, vérifiez-le puis envoyez-le à nouveau.';

function renderError(reply: FastifyReply, ideaId: number, values: { body: string; parent: string }, errors: FieldErrors, formError?: string) {
  return reply
    .header('cache-control', 'no-store')
    .page({ title: `Erreur — ${values.parent ? 'Votre réponse' : 'Votre commentaire'}` }, h(CommentErrorPage, { ideaId, csrfToken: reply.generateCsrf(), values, errors, formError }));
}

const valuesOf = (request: FastifyRequest<CommentRoute>) => ({ body: request.body?.body ?? '', parent: request.body?.parent ?? '' });

/** POST a comment or a reply on an idea; report a comment. */
export function registerCommentRoutes(app: FastifyInstance): void {
  const config = { access: 'verified' } as const;

  app.post<CommentRoute>(
    '/idees/:id/commentaires',
    {
      config,
      schema: { hide: true, params: ideaParams, body: formBodySchema(['body', 'parent']) },
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer) throw error;
        const typed = request as FastifyRequest<CommentRoute>;
        const idea = await requireIdea(app.db, parseId(typed.params.id), request.viewer);
        return renderError(reply.status(403), idea.id, valuesOf(typed), {}, EXPIRED_FORM);
      },
    },
    async (request, reply) => {
      const viewer = request.viewer!;
      const idea = await requireIdea(app.db, parseId(request.params.id), viewer);
      const values = valuesOf(request);
      const result = await createComment(app.db, idea, viewer.accountId, values);
      if (!result.ok) {
        reply.status(result.status);
        if (result.retryAfter) reply.header('retry-after', String(result.retryAfter));
        return renderError(reply, idea.id, values, result.errors, result.formError);
      }
      return reply.redirect(commentHref(idea.id, result.commentId), 303);
    },
  );

  app.post<ReportRoute>('/idees/:id/commentaires/:commentId/signaler', { config, schema: { hide: true, params: commentParams, body: formBodySchema(['reason']) } }, async (request, reply) => {
    const viewer = request.viewer!;
    const idea = await requireIdea(app.db, parseId(request.params.id), viewer);
    const commentId = parseId(request.params.commentId);
    const comment = commentId ? await findComment(app.db, idea.id, commentId) : undefined;
    if (!comment) throw new AppError('COMMENT_NOT_FOUND');
    const outcome = await reportSubject(app.db, 'commentaire', comment.id, viewer.accountId, request.body?.reason);
    if (outcome === 'not-found') throw new AppError('COMMENT_NOT_FOUND');
    if (outcome === 'own') throw new AppError('FORBIDDEN', 'Vous ne pouvez pas signaler votre propre commentaire.');
    // 'reported', 'hidden', 'already' (idempotent) and 'already-hidden' all lead back to the comment.
    return reply.redirect(commentHref(idea.id, comment.id), 303);
  });
}
