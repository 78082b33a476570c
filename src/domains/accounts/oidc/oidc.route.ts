import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { OidcConfig } from '../../../config.js';
import { safeReturnPath } from '../../../platform/http/form-body.js';
import { startSession } from '../session.js';
import { resolveAccount } from './oidc-accounts.service.js';
import { OidcErrorPage } from './oidc-error.page.js';
import { saveTransaction, takeTransaction } from './oidc-transaction.js';
import { CALLBACK_PATH, OidcClient, OidcError, type OidcFailure } from './oidc.client.js';

export const START_PATH = '/connexion/oidc';

const MESSAGES: Record<OidcFailure, string> = {
  unavailable: 'Le service de connexion est momentanément indisponible. Réessayez dans quelques minutes, ou connectez-vous avec votre adresse e-mail et votre mot de passe.',
  denied: 'Vous avez annulé la connexion ou refusé de partager vos informations : vous n’êtes pas connecté. Vous pouvez réessayer ou vous connecter avec votre adresse e-mail et votre mot de passe.',
  expired: 'Cette demande de connexion a expiré ou a déjà été utilisée. Recommencez depuis la page de connexion.',
  mismatch: 'La réponse du service de connexion ne correspond pas à votre demande : par sécurité, elle a été refusée. Recommencez depuis la page de connexion.',
  failed: 'La connexion n’a pas pu être vérifiée. Recommencez depuis la page de connexion.',
};

const text = { type: 'string', maxLength: 4000 } as const;
const startQuery = { type: 'object', properties: { retour: { type: 'string', maxLength: 2000 } } } as const;
const callbackQuery = { type: 'object', properties: { code: text, state: text, iss: text, error: text, error_description: text, session_state: text } } as const;

/** Log-in through the configured OpenID Connect provider: a redirect there, and its return here. */
export function registerOidcRoutes(app: FastifyInstance, settings: OidcConfig): void {
  const secure = app.config.secureCookies;
  const oidc = new OidcClient(settings, app.config.publicUrl);

  const failure = (reply: FastifyReply, message: string) =>
    reply.status(400).header('cache-control', 'no-store').page({ title: 'Erreur — Connexion impossible' }, h(OidcErrorPage, { message }));

  const refuse = (reply: FastifyReply, error: unknown) => {
    const reason: OidcFailure = error instanceof OidcError ? error.reason : 'failed';
    const cause = error instanceof Error ? (error.cause ?? error) : error;
    reply.request.log[reason === 'unavailable' ? 'error' : 'warn']({ reason, err: cause }, 'OpenID Connect log-in refused');
    return failure(reply, MESSAGES[reason]);
  };

  app.get<{ Querystring: { retour?: string } }>(START_PATH, { config: { access: 'public' }, schema: { querystring: startQuery } }, async (request, reply) => {
    const retour = safeReturnPath(request.query.retour);
    if (request.viewer) return reply.redirect(retour, 303);
    try {
      const { url, checks } = await oidc.start();
      saveTransaction(reply, checks, retour, secure);
      return reply.header('cache-control', 'no-store').redirect(url.href, 303);
    } catch (error) {
      return refuse(reply, error);
    }
  });

  app.get<{ Querystring: Record<string, string | undefined> }>(CALLBACK_PATH, { config: { access: 'public' }, schema: { querystring: callbackQuery } }, async (request, reply) => {
    const transaction = takeTransaction(request, reply, secure);
    if (request.query.error === 'access_denied') return refuse(reply, new OidcError('denied', 'consent refused'));
    if (!transaction) return refuse(reply, new OidcError('expired', 'no pending log-in'));
    if (request.query.state !== transaction.state) return refuse(reply, new OidcError('mismatch', 'state mismatch'));
    const queryStart = request.url.indexOf('?');
    let identity;
    try {
      identity = await oidc.finish(queryStart === -1 ? '' : request.url.slice(queryStart), transaction);
    } catch (error) {
      return refuse(reply, error);
    }
    const account = await resolveAccount(app.db, identity);
    if (!account.ok) return failure(reply, account.message);
    await startSession(app.db, request, reply, account.accountId, secure);
    return reply.header('cache-control', 'no-store').redirect(safeReturnPath(transaction.retour), 303);
  });
}
