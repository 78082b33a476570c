import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { type FormBody, formBodySchema, safeReturnPath } from '../../../platform/http/form-body.js';
import type { AccountsService } from '../accounts.service.js';
import { checkCredentials } from '../log-in.service.js';
import { deleteAccountSessions } from '../sessions.repository.js';
import { endSession, startSession } from '../session.js';
import { ForgotPasswordPage, LogInPage, ResetPasswordPage, SignUpPage } from './auth-forms.page.js';

const tokenQuery = { type: 'object', properties: { jeton: { type: 'string', maxLength: 200 } } } as const;

export function registerAuthRoutes(app: FastifyInstance, accounts: AccountsService): void {
  const secure = app.config.secureCookies;
  const publicAccess = { access: 'public' } as const;
  const oidcLabel = app.config.oidc?.label;

  app.get('/inscription', { config: publicAccess }, async (request, reply) => {
    if (request.viewer) return reply.redirect('/mon-espace', 303);
    return reply.page({ title: 'Créer un compte' }, h(SignUpPage, { csrfToken: reply.generateCsrf(), values: { displayName: '', email: '', kind: 'candidat' }, errors: {}, oidcLabel }));
  });

  app.post<{ Body: FormBody<'displayName' | 'email' | 'kind' | 'password' | 'passwordConfirmation'> }>(
    '/inscription',
    { config: publicAccess, schema: { body: formBodySchema(['displayName', 'email', 'kind', 'password', 'passwordConfirmation']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      const values = { displayName: body.displayName ?? '', email: body.email ?? '', kind: body.kind ?? '' };
      const result = await accounts.signUp({ ...values, password: body.password ?? '', passwordConfirmation: body.passwordConfirmation ?? '' });
      if (!result.ok) {
        return reply.status(400).page({ title: 'Erreur — Créer un compte' }, h(SignUpPage, { csrfToken: reply.generateCsrf(), values, errors: result.errors, oidcLabel }));
      }
      await startSession(app.db, request, reply, result.value, secure);
      return reply.redirect('/mon-espace?bienvenue=1', 303);
    },
  );

  app.get<{ Querystring: { retour?: string } }>(
    '/connexion',
    { config: publicAccess, schema: { querystring: { type: 'object', properties: { retour: { type: 'string', maxLength: 2000 } } } } },
    async (request, reply) => {
      const retour = safeReturnPath(request.query.retour);
      if (request.viewer) return reply.redirect(retour, 303);
      const notice = request.query.retour ? 'Connectez-vous pour continuer.' : undefined;
      return reply.page({ title: 'Se connecter' }, h(LogInPage, { csrfToken: reply.generateCsrf(), values: { email: '', retour }, errors: {}, notice, oidcLabel }));
    },
  );

  app.post<{ Body: FormBody<'email' | 'password' | 'retour'> }>(
    '/connexion',
    { config: publicAccess, schema: { body: formBodySchema(['email', 'password', 'retour']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      const values = { email: body.email ?? '', retour: safeReturnPath(body.retour) };
      const result = await checkCredentials(app.db, values.email, body.password ?? '', request.ip);
      if (!result.ok) {
        return reply.status(400).page({ title: 'Erreur — Se connecter' }, h(LogInPage, { csrfToken: reply.generateCsrf(), values, errors: result.errors, oidcLabel }));
      }
      await startSession(app.db, request, reply, result.value, secure);
      return reply.redirect(values.retour, 303);
    },
  );

  app.post('/deconnexion', { config: { access: 'account' }, schema: { body: formBodySchema([]) } }, async (request, reply) => {
    await endSession(app.db, request, reply);
    return reply.redirect('/?deconnecte=1', 303);
  });

  app.post('/deconnexion-partout', { config: { access: 'account' }, schema: { body: formBodySchema([]) } }, async (request, reply) => {
    await deleteAccountSessions(app.db, request.viewer!.accountId);
    await endSession(app.db, request, reply);
    return reply.redirect('/connexion', 303);
  });

  app.get('/mot-de-passe-oublie', { config: publicAccess }, async (_request, reply) =>
    reply.page({ title: 'Mot de passe oublié' }, h(ForgotPasswordPage, { csrfToken: reply.generateCsrf(), values: { email: '' }, errors: {}, sent: false })),
  );

  app.post<{ Body: FormBody<'email'> }>('/mot-de-passe-oublie', { config: publicAccess, schema: { body: formBodySchema(['email']) } }, async (request, reply) => {
    const email = request.body?.email ?? '';
    const result = await accounts.requestPasswordReset(email);
    const page = h(ForgotPasswordPage, { csrfToken: reply.generateCsrf(), values: { email }, errors: result.ok ? {} : result.errors, sent: result.ok });
    return reply.status(result.ok ? 200 : 400).page({ title: 'Mot de passe oublié' }, page);
  });

  app.get<{ Querystring: { jeton?: string } }>('/reinitialiser-mot-de-passe', { config: publicAccess, schema: { querystring: tokenQuery } }, async (request, reply) =>
    reply.page({ title: 'Nouveau mot de passe' }, h(ResetPasswordPage, { csrfToken: reply.generateCsrf(), values: { jeton: request.query.jeton ?? '' }, errors: {} })),
  );

  app.post<{ Body: FormBody<'jeton' | 'password' | 'passwordConfirmation'> }>(
    '/reinitialiser-mot-de-passe',
    { config: publicAccess, schema: { body: formBodySchema(['jeton', 'password', 'passwordConfirmation']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      const result = await accounts.resetPassword(body.jeton ?? '', body.password ?? '', body.passwordConfirmation ?? '');
      if (!result.ok) {
        return reply.status(400).page({ title: 'Erreur — Nouveau mot de passe' }, h(ResetPasswordPage, { csrfToken: reply.generateCsrf(), values: { jeton: body.jeton ?? '' }, errors: result.errors }));
      }
      // Every other session ends: whoever knew the old password is logged out.
      await deleteAccountSessions(app.db, result.value);
      await startSession(app.db, request, reply, result.value, secure);
      return reply.redirect('/mon-espace?mot-de-passe=1', 303);
    },
  );
}
