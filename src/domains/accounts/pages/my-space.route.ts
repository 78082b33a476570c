import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { findAccountById } from '../accounts.repository.js';
import type { AccountsService } from '../accounts.service.js';
import { countAccountSessions } from '../sessions.repository.js';
import { startSession } from '../session.js';
import { ConfirmLinkPage } from './auth-forms.page.js';
import { type MySpaceSection, MySpacePage, noticeFor, SecurityPage } from './my-space.page.js';

const tokenQuery = { type: 'object', properties: { jeton: { type: 'string', maxLength: 200 } } } as const;
const noticeQuery = { type: 'object', additionalProperties: { type: 'string', maxLength: 10 } } as const;

export function registerMySpaceRoutes(app: FastifyInstance, accounts: AccountsService, sections: MySpaceSection[]): void {
  app.get<{ Querystring: Record<string, string> }>('/mon-espace', { config: { access: 'account' }, schema: { querystring: noticeQuery } }, async (request, reply) => {
    const shown = await Promise.all(sections.map(async (section) => !section.visible || (await section.visible(app.db, request.viewer!))));
    const visible = sections.filter((_, index) => shown[index]);
    return reply.page({ title: 'Mon espace' }, h(MySpacePage, { viewer: request.viewer!, csrfToken: reply.generateCsrf(), notice: noticeFor(request.query), sections: visible }));
  });

  const renderSecurity = async (request: FastifyRequest, reply: FastifyReply, values = { newEmail: '' }, errors: FieldErrors = {}, notice?: string) => {
    // Accounts created through an OpenID Connect provider have no password until they choose one.
    const hasPassword = Boolean((await findAccountById(app.db, request.viewer!.accountId))?.password_hash);
    const sessionCount = await countAccountSessions(app.db, request.viewer!.accountId);
    return reply.page({ title: 'Sécurité du compte' }, h(SecurityPage, { viewer: request.viewer!, csrfToken: reply.generateCsrf(), values, errors, notice, sessionCount, hasPassword }));
  };

  app.get<{ Querystring: Record<string, string> }>('/mon-espace/securite', { config: { access: 'account' }, schema: { querystring: noticeQuery } }, async (request, reply) =>
    renderSecurity(request, reply, undefined, undefined, noticeFor(request.query)),
  );

  app.post<{ Body: FormBody<'currentPassword' | 'password' | 'passwordConfirmation'> }>(
    '/mon-espace/mot-de-passe',
    { config: { access: 'account' }, schema: { body: formBodySchema(['currentPassword', 'password', 'passwordConfirmation']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      const result = await accounts.changePassword(request.viewer!.accountId, body.currentPassword ?? '', body.password ?? '', body.passwordConfirmation ?? '');
      if (!result.ok) return renderSecurity(request, reply.status(400), undefined, result.errors);
      return reply.redirect('/mon-espace/securite?mot-de-passe=1', 303);
    },
  );

  app.post<{ Body: FormBody<'newEmail' | 'emailPassword'> }>(
    '/mon-espace/email',
    { config: { access: 'account' }, schema: { body: formBodySchema(['newEmail', 'emailPassword']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      const result = await accounts.requestEmailChange(request.viewer!.accountId, body.newEmail ?? '', body.emailPassword ?? '');
      if (!result.ok) return renderSecurity(request, reply.status(400), { newEmail: body.newEmail ?? '' }, result.errors);
      return reply.redirect('/mon-espace/securite?email-demande=1', 303);
    },
  );

  app.post('/mon-espace/renvoyer-confirmation', { config: { access: 'account' }, schema: { body: formBodySchema([]) } }, async (request, reply) => {
    if (!request.viewer!.emailVerified) await accounts.sendVerification(request.viewer!.accountId, request.viewer!.email);
    return reply.redirect('/mon-espace?email-envoye=1', 303);
  });

  // E-mail links land on a page with one button: a GET never consumes a token.
  const linkPage = (path: string, title: string, button: string) =>
    app.get<{ Querystring: { jeton?: string } }>(path, { config: { access: 'public' }, schema: { querystring: tokenQuery } }, async (request, reply) =>
      reply.page({ title }, h(ConfirmLinkPage, { csrfToken: reply.generateCsrf(), title, action: path, token: request.query.jeton ?? '', button })),
    );
  linkPage('/verification-email', 'Confirmer mon adresse e-mail', 'Confirmer mon adresse e-mail');
  linkPage('/mon-espace/confirmer-email', 'Confirmer ma nouvelle adresse', 'Confirmer ma nouvelle adresse');

  app.post<{ Body: FormBody<'jeton'> }>('/verification-email', { config: { access: 'public' }, schema: { body: formBodySchema(['jeton']) } }, async (request, reply) => {
    const result = await accounts.verifyEmail(request.body?.jeton ?? '');
    if (!result.ok) {
      const title = 'Confirmer mon adresse e-mail';
      return reply.status(400).page({ title }, h(ConfirmLinkPage, { csrfToken: reply.generateCsrf(), title, action: '/verification-email', token: '', error: result.errors.jeton, button: '' }));
    }
    if (!request.viewer || request.viewer.accountId !== result.value) await startSession(app.db, request, reply, result.value, app.config.secureCookies);
    return reply.redirect('/mon-espace?email-verifie=1', 303);
  });

  app.post<{ Body: FormBody<'jeton'> }>('/mon-espace/confirmer-email', { config: { access: 'public' }, schema: { body: formBodySchema(['jeton']) } }, async (request, reply) => {
    const result = await accounts.confirmEmailChange(request.body?.jeton ?? '');
    if (!result.ok) {
      const title = 'Confirmer ma nouvelle adresse';
      return reply.status(400).page({ title }, h(ConfirmLinkPage, { csrfToken: reply.generateCsrf(), title, action: '/mon-espace/confirmer-email', token: '', error: result.errors.jeton, button: '' }));
    }
    return reply.redirect(request.viewer ? '/mon-espace/securite?email-change=1' : '/connexion', 303);
  });
}
