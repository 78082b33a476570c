import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { isAppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import type { DeveloperApplication } from '../developer.table.js';
import { applicationsPersonalData } from './applications.personal-data.js';
import { activeOnly, DEVELOPERS, idParams, infoQuery, NOTICES, ownApplication } from './applications.access.js';
import { listOwnApplications, listValidSecrets } from './applications.repository.js';
import {
  type ApplicationFormValues,
  becomeDeveloper,
  createApplication,
  editApplication,
  type IssuedSecret,
  isGracePeriod,
  REVOCATION_REASON_MAX,
  revokeApplication,
  rotateSecret,
} from './applications.service.js';
import { registerApplicationsBackoffice } from './backoffice/backoffice.route.js';
import { ApplicationPage } from './pages/application.page.js';
import { NewApplicationPage } from './pages/application-form.page.js';
import { BecomeDeveloperPage } from './pages/become-developer.page.js';
import { APPLICATIONS_HREF, applicationHref } from './pages/components.js';
import { MyApplicationsPage } from './pages/my-applications.page.js';
import { RevokeApplicationPage } from './pages/revoke.page.js';
import { RotateSecretPage } from './pages/rotate.page.js';
import { SecretPage } from './pages/secret.page.js';
import { bindSubscriptionsModeration } from './subscriptions.moderation.js';
import { listSubscriptions } from './subscriptions.repository.js';
import { registerSubscriptionRoutes } from './subscriptions.route.js';

const FIELDS = ['name', 'description', 'website'] as const;
type IdRoute<B extends string = never> = { Params: { id: string }; Body: FormBody<B> };

const formValues = (body: FormBody<(typeof FIELDS)[number]> | undefined): ApplicationFormValues => ({ name: body?.name ?? '', description: body?.description ?? '', website: body?.website ?? '' });

/**
 * The one exception to post/redirect/get: a client secret exists in clear only in the memory of
 * the request that made it (the database keeps its keyed hash). A redirect would need to carry it
 * through a URL, a cookie or storage; answering the POST directly, with no-store so that no cache
 * or history keeps the page, shows it once and nowhere else.
 */
function showSecretOnce(reply: FastifyReply, issued: IssuedSecret, mode: 'creation' | 'renouvellement'): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .page({ title: mode === 'creation' ? 'Application créée' : 'Nouvelle clé secrète' }, h(SecretPage, { issued, mode }));
}

/** Developer applications: becoming a developer, applications, credentials, subscriptions, back-office. */
export function registerApplicationRoutes(app: FastifyInstance): void {
  const renderTerms = (reply: FastifyReply, errors: FieldErrors = {}) =>
    reply.header('cache-control', 'no-store').page({ title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Devenir développeur` }, h(BecomeDeveloperPage, { csrfToken: reply.generateCsrf(), errors }));

  app.get<{ Querystring: { info?: string } }>('/developpeurs/applications', { config: { access: 'verified' }, schema: { hide: true, querystring: infoQuery } }, async (request, reply) => {
    const viewer = request.viewer!;
    if (!viewer.roles.includes('developpeur')) return renderTerms(reply);
    const applications = await listOwnApplications(app.db, viewer.accountId);
    return reply.header('cache-control', 'no-store').page({ title: 'Mes applications' }, h(MyApplicationsPage, { applications, notice: NOTICES[request.query.info ?? ''] }));
  });

  app.post<{ Body: FormBody<'accepte'> }>('/developpeurs/devenir', { config: { access: 'verified' }, schema: { hide: true, body: formBodySchema(['accepte']) } }, async (request, reply) => {
    if (request.body?.accepte !== 'oui') return renderTerms(reply.status(400), { accepte: 'Cochez la case pour accepter les conditions d’utilisation des API.' });
    await becomeDeveloper(app.db, request.viewer!);
    return reply.redirect(`${APPLICATIONS_HREF}?info=bienvenue`, 303);
  });

  const renderNew = (reply: FastifyReply, values: ApplicationFormValues, errors: FieldErrors = {}, formError?: string) =>
    reply
      .header('cache-control', 'no-store')
      .page({ title: `${Object.keys(errors).length || formError ? 'Erreur — ' : ''}Créer une application` }, h(NewApplicationPage, { values, errors, formError, csrfToken: reply.generateCsrf() }));

  app.get(`${APPLICATIONS_HREF}/nouvelle`, { config: { access: DEVELOPERS }, schema: { hide: true } }, async (_request, reply) => renderNew(reply, { name: '', description: '', website: '' }));

  app.post<{ Body: FormBody<(typeof FIELDS)[number]> }>(`${APPLICATIONS_HREF}/nouvelle`, { config: { access: DEVELOPERS }, schema: { hide: true, body: formBodySchema(FIELDS) } }, async (request, reply) => {
    const values = formValues(request.body);
    try {
      const result = await createApplication(app.db, request.viewer!.accountId, values);
      if (result.kind === 'invalid') return renderNew(reply.status(400), values, result.errors);
      app.developer.forgetApplication(result.issued.clientId);
      return showSecretOnce(reply, result.issued, 'creation');
    } catch (error) {
      if (isAppError(error) && error.code === 'APPLICATION_LIMIT') return renderNew(reply.status(error.status), values, {}, error.message);
      throw error;
    }
  });

  const renderApplication = async (reply: FastifyReply, application: DeveloperApplication, options: { values?: ApplicationFormValues; errors?: FieldErrors; notice?: string } = {}) => {
    const [secrets, subscriptions] = await Promise.all([listValidSecrets(app.db, application.id), listSubscriptions(app.db, application.id)]);
    const values = options.values ?? { name: application.name, description: application.description, website: application.website ?? '' };
    const errors = options.errors ?? {};
    return reply
      .header('cache-control', 'no-store')
      .page(
        { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}${application.name}` },
        h(ApplicationPage, { application, secrets, subscriptions, values, errors, notice: options.notice, csrfToken: reply.generateCsrf() }),
      );
  };

  app.get<IdRoute & { Querystring: { info?: string } }>(`${APPLICATIONS_HREF}/:id`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, querystring: infoQuery } }, async (request, reply) => {
    const application = await ownApplication(app, request.viewer!.accountId, request.params.id);
    return renderApplication(reply, application, { notice: NOTICES[request.query.info ?? ''] });
  });

  app.post<IdRoute<(typeof FIELDS)[number]>>(`${APPLICATIONS_HREF}/:id`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, body: formBodySchema(FIELDS) } }, async (request, reply) => {
    const application = activeOnly(await ownApplication(app, request.viewer!.accountId, request.params.id));
    const values = formValues(request.body);
    const result = await editApplication(app.db, request.viewer!.accountId, application.id, values);
    if (!result.ok) return renderApplication(reply.status(400), application, { values, errors: result.errors });
    return reply.redirect(`${applicationHref(application.id)}?info=modifiee`, 303);
  });

  const renderRotate = async (reply: FastifyReply, application: DeveloperApplication, grace = '', errors: FieldErrors = {}) =>
    reply
      .header('cache-control', 'no-store')
      .page(
        { title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Renouveler la clé secrète de ${application.name}` },
        h(RotateSecretPage, { application, secrets: await listValidSecrets(app.db, application.id), grace, errors, csrfToken: reply.generateCsrf() }),
      );

  app.get<IdRoute>(`${APPLICATIONS_HREF}/:id/secret`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams } }, async (request, reply) =>
    renderRotate(reply, activeOnly(await ownApplication(app, request.viewer!.accountId, request.params.id)), '24h'),
  );

  app.post<IdRoute<'grace'>>(`${APPLICATIONS_HREF}/:id/secret`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, body: formBodySchema(['grace']) } }, async (request, reply) => {
    const application = activeOnly(await ownApplication(app, request.viewer!.accountId, request.params.id));
    const grace = request.body?.grace ?? '';
    if (!isGracePeriod(grace)) return renderRotate(reply.status(400), application, '', { grace: 'Choisissez combien de temps les clés actuelles restent valides.' });
    const issued = await rotateSecret(app.db, request.viewer!.accountId, application.id, grace);
    app.developer.forgetApplication(application.client_id);
    return showSecretOnce(reply, issued, 'renouvellement');
  });

  const renderRevoke = (reply: FastifyReply, application: DeveloperApplication, reason = '', errors: FieldErrors = {}) =>
    reply
      .header('cache-control', 'no-store')
      .page({ title: `${Object.keys(errors).length ? 'Erreur — ' : ''}Révoquer ${application.name}` }, h(RevokeApplicationPage, { application, reason, errors, csrfToken: reply.generateCsrf() }));

  app.get<IdRoute>(`${APPLICATIONS_HREF}/:id/revoquer`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams } }, async (request, reply) =>
    renderRevoke(reply, activeOnly(await ownApplication(app, request.viewer!.accountId, request.params.id))),
  );

  app.post<IdRoute<'reason'>>(`${APPLICATIONS_HREF}/:id/revoquer`, { config: { access: DEVELOPERS }, schema: { hide: true, params: idParams, body: formBodySchema(['reason']) } }, async (request, reply) => {
    const application = activeOnly(await ownApplication(app, request.viewer!.accountId, request.params.id));
    const reason = (request.body?.reason ?? '').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
    if ([...reason].length > REVOCATION_REASON_MAX) return renderRevoke(reply.status(400), application, reason, { reason: `Le motif ne doit pas dépasser ${REVOCATION_REASON_MAX} caractères.` });
    await revokeApplication(app.db, application.id, { ownerId: request.viewer!.accountId }, reason);
    app.developer.forgetApplication(application.client_id);
    return reply.redirect(`${applicationHref(application.id)}?info=revoquee`, 303);
  });

  registerSubscriptionRoutes(app);
  registerApplicationsBackoffice(app);
  bindSubscriptionsModeration(app);
  app.personalData.push(applicationsPersonalData(app));
  app.mySpaceSections.push({
    title: 'Mes applications',
    description: 'Vos applications développeur, leurs identifiants et leurs abonnements aux API.',
    href: APPLICATIONS_HREF,
    visible: async (_db, viewer) => viewer.roles.includes('developpeur'),
  });
}
