import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Role } from '../../../platform/http/access.plugin.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { AGE_FILTERS, type AgeFilter, type ModerationService } from '../moderation.service.js';
import { DecisionsPage } from './decisions.page.js';
import { ItemPage } from './item.page.js';
import { QueuePage } from './queue.page.js';

const MODERATORS: readonly Role[] = ['moderateur', 'administrateur'];
const kindParam = { type: 'string', pattern: '^[a-z0-9-]{0,40}$' } as const;
const pageParam = { type: 'integer', minimum: 1, maximum: 10000, default: 1 } as const;
const itemParams = { type: 'object', required: ['type', 'id'], properties: { type: { type: 'string', maxLength: 40 }, id: { type: 'string', maxLength: 40 } } } as const;

interface ItemRoute {
  Params: { type: string; id: string };
  Body: FormBody<'decision' | 'reason'>;
}

const isCsrfError = (error: unknown) => String((error as { code?: unknown })?.code ?? '').startsWith('FST_CSRF_');

export function registerModerationRoutes(app: FastifyInstance, moderation: ModerationService): void {
  const kinds = () => moderation.kinds.map((source) => ({ kind: source.kind, label: source.label }));

  app.get<{ Querystring: { type?: string; age?: AgeFilter; page?: number; enregistree?: string } }>(
    '/moderation',
    {
      config: { access: MODERATORS },
      schema: {
        querystring: {
          type: 'object',
          properties: { type: kindParam, age: { type: 'string', enum: Object.keys(AGE_FILTERS) }, page: pageParam, enregistree: { type: 'string', maxLength: 10 } },
        },
      },
    },
    async (request, reply) => {
      const filter = { type: request.query.type ?? '', age: request.query.age ?? '', page: request.query.page ?? 1 };
      const result = await moderation.queue(filter.type, filter.age, filter.page);
      const notice = request.query.enregistree !== undefined ? 'La décision est enregistrée.' : undefined;
      return reply.header('cache-control', 'no-store').page({ title: 'Modération' }, h(QueuePage, { kinds: kinds(), filter, ...result, notice }));
    },
  );

  app.get<{ Querystring: { type?: string; q?: string; page?: number } }>(
    '/moderation/decisions',
    {
      config: { access: MODERATORS },
      schema: { querystring: { type: 'object', properties: { type: kindParam, q: { type: 'string', maxLength: 200 }, page: pageParam } } },
    },
    async (request, reply) => {
      const filter = { type: request.query.type ?? '', q: request.query.q ?? '', page: request.query.page ?? 1 };
      const result = await moderation.history(filter.type, filter.q, filter.page);
      return reply.header('cache-control', 'no-store').page({ title: 'Historique des décisions de modération' }, h(DecisionsPage, { kinds: kinds(), filter, ...result }));
    },
  );

  const renderItem = async (request: FastifyRequest<ItemRoute>, reply: FastifyReply, values = { decision: '', reason: '' }, errors: FieldErrors = {}, formError?: string) => {
    const found = await moderation.find(request.params.type, request.params.id);
    const title = `${Object.keys(errors).length || formError ? 'Erreur — ' : ''}Modération : ${found.item.title}`;
    return reply.header('cache-control', 'no-store').page({ title }, h(ItemPage, { ...found, csrfToken: reply.generateCsrf(), values, errors, formError }));
  };

  app.get<ItemRoute>('/moderation/:type/:id', { config: { access: MODERATORS }, schema: { params: itemParams } }, async (request, reply) => renderItem(request, reply));

  app.post<ItemRoute>(
    '/moderation/:type/:id',
    {
      config: { access: MODERATORS },
      schema: { params: itemParams, body: formBodySchema(['decision', 'reason']) },
      // An expired form (CSRF) comes back with what the moderator typed, rather than an error page.
      errorHandler: async (error, request, reply) => {
        if (!isCsrfError(error) || !request.viewer) throw error;
        const body = (request.body ?? {}) as ItemRoute['Body'];
        const message = 'Le formulaire a expiré ou ne provient pas de ce site : vos saisies sont conservées, vérifiez-les puis enregistrez à nouveau.';
        return renderItem(request as FastifyRequest<ItemRoute>, reply.status(403), { decision: body.decision ?? '', reason: body.reason ?? '' }, {}, message);
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const values = { decision: body.decision ?? '', reason: body.reason ?? '' };
      const { source, item } = await moderation.find(request.params.type, request.params.id);
      const result = await moderation.decide(source, item.id, values, request.viewer!.accountId);
      if (!result.ok) return renderItem(request, reply.status(400), values, result.errors);
      return reply.redirect('/moderation?enregistree=1', 303);
    },
  );
}
