import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import type { DeveloperApi } from '../apis.registry.js';
import type { DeveloperApplication } from '../developer.table.js';
import { DEVELOPERS, NOTICES, ownApplication } from './applications.access.js';
import { applicationHref, APPLICATIONS_HREF } from './pages/components.js';
import { SubscriptionRequestPage } from './pages/subscription-request.page.js';
import { findSubscription } from './subscriptions.repository.js';
import { apiOrNotFound, type RequestIntent, saveRequest, subscribeOpen, unsubscribeOpen } from './subscriptions.service.js';

const params = {
  type: 'object',
  required: ['id', 'api'],
  properties: { id: { type: 'string', maxLength: 40 }, api: { type: 'string', maxLength: 80 } },
} as const;
type ApiRoute<B extends string = never> = { Params: { id: string; api: string }; Body: FormBody<B> };

/** An application's subscriptions: open APIs in one click, restricted ones through a request. */
export function registerSubscriptionRoutes(app: FastifyInstance): void {
  const base = `${APPLICATIONS_HREF}/:id/abonnements/:api`;

  app.post<ApiRoute>(`${base}/souscrire`, { config: { access: DEVELOPERS }, schema: { hide: true, params, body: formBodySchema([]) } }, async (request, reply) => {
    const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
    const api = apiOrNotFound(request.params.api);
    const clientId = await subscribeOpen(app.db, request.viewer!.accountId, application.id, api);
    app.developer.forgetApplication(clientId);
    return reply.redirect(`${applicationHref(application.id)}?info=abonnee#abonnements`, 303);
  });

  app.post<ApiRoute>(`${base}/desabonner`, { config: { access: DEVELOPERS }, schema: { hide: true, params, body: formBodySchema([]) } }, async (request, reply) => {
    const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
    const api = apiOrNotFound(request.params.api);
    const clientId = await unsubscribeOpen(app.db, request.viewer!.accountId, application.id, api);
    app.developer.forgetApplication(clientId);
    return reply.redirect(`${applicationHref(application.id)}?info=desabonnee#abonnements`, 303);
  });

  const render = async (reply: FastifyReply, application: DeveloperApplication, api: DeveloperApi, options: { useCase?: string; errors?: FieldErrors; notice?: string } = {}) => {
    const subscription = await findSubscription(app.db, application.id, api.slug);
    const errors = options.errors ?? {};
    return reply.header('cache-control', 'no-store').page(
      { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Accès à l’API ${api.name} pour ${application.name}` },
      h(SubscriptionRequestPage, { application, api, subscription, useCase: options.useCase ?? subscription?.use_case ?? '', errors, notice: options.notice, csrfToken: reply.generateCsrf() }),
    );
  };

  /** The request form exists for restricted APIs only (an open API is subscribed in one click). */
  const restrictedApi = (slug: string): DeveloperApi => {
    const api = apiOrNotFound(slug);
    if (api.access !== 'sur-validation') throw new AppError('SUBSCRIPTION_NOT_FOUND', 'Cette API est ouverte : abonnez-y l’application depuis sa page, sans demande.');
    return api;
  };

  app.get<ApiRoute & { Querystring: { info?: string } }>(
    base,
    { config: { access: DEVELOPERS }, schema: { hide: true, params, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } },
    async (request, reply) => {
      const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
      return render(reply, application, restrictedApi(request.params.api), { notice: NOTICES[request.query.info ?? ''] });
    },
  );

  app.post<ApiRoute<'useCase' | 'intent'>>(base, { config: { access: DEVELOPERS }, schema: { hide: true, params, body: formBodySchema(['useCase', 'intent']) } }, async (request, reply) => {
    const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
    const api = restrictedApi(request.params.api);
    const intent: RequestIntent = request.body?.intent === 'enregistrer' ? 'enregistrer' : 'envoyer';
    const useCase = request.body?.useCase ?? '';
    const result = await saveRequest(app.db, request.viewer!.accountId, application.id, api, useCase, intent);
    if (!result.ok) return render(reply.status(400), application, api, { useCase, errors: result.errors });
    app.developer.forgetApplication(result.clientId);
    if (intent === 'enregistrer') return reply.redirect(`${applicationHref(application.id)}/abonnements/${api.slug}?info=brouillon`, 303);
    return reply.redirect(`${applicationHref(application.id)}?info=envoyee#abonnements`, 303);
  });
}
