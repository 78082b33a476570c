import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UsageRecorder } from '../usage/usage.recorder.js';
import { OAuthError, type TokenService } from './token.service.js';

export const TOKEN_PATH = '/connexion/oauth2/access_token';

interface TokenBody {
  grant_type?: string;
  client_id?: string;
  client_secret?: string;
  scope?: string;
}

const oauthError = {
  type: 'object',
  required: ['error', 'error_description'],
  properties: {
    error: { type: 'string', enum: ['invalid_request', 'invalid_client', 'invalid_grant', 'invalid_scope', 'unsupported_grant_type'] },
    error_description: { type: 'string' },
  },
} as const;

/** RFC 6749 §2.3.1: client_id and client_secret form-urlencoded, then base64, after "Basic ". */
function basicCredentials(header: string | undefined): { clientId: string; secret: string } | null | 'malformed' {
  if (!header || !/^basic /i.test(header)) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return 'malformed';
  try {
    const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
    return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

function refuse(reply: FastifyReply, error: OAuthError, basicUsed: boolean) {
  // RFC 6749 §5.2: a client that authenticated with the Authorization header gets 401.
  const status = error.error === 'invalid_client' && basicUsed ? 401 : 400;
  if (status === 401) reply.header('www-authenticate', 'Basic realm="/partenaire"');
  return reply.status(status).headers({ 'cache-control': 'no-store', pragma: 'no-cache' }).send({ error: error.error, error_description: error.description });
}

/**
 * The token endpoint of the agency's protocol: client credentials (form body or HTTP Basic),
 * space-separated scopes, RFC 6749 errors. A valid grant is answered without touching the
 * database (the client directory and the signing keys are in memory).
 */
export function registerTokenRoute(app: FastifyInstance, tokens: TokenService, usage: UsageRecorder): void {
  app.post<{ Body: TokenBody; Querystring: { realm?: string } }>(
    TOKEN_PATH,
    {
      config: { access: 'public' },
      attachValidation: true,
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { realm: { type: 'string', maxLength: 100 } } },
        body: {
          type: 'object',
          properties: {
            grant_type: { type: 'string', maxLength: 100 },
            client_id: { type: 'string', maxLength: 200 },
            client_secret: { type: 'string', maxLength: 200 },
            scope: { type: 'string', maxLength: 2000 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['access_token', 'token_type', 'expires_in', 'scope'],
            properties: { scope: { type: 'string' }, expires_in: { type: 'integer' }, token_type: { type: 'string' }, access_token: { type: 'string' } },
          },
          400: oauthError,
          401: oauthError,
        },
      },
    },
    async (request: FastifyRequest<{ Body: TokenBody; Querystring: { realm?: string } }>, reply) => {
      const basic = basicCredentials(request.headers.authorization);
      const basicUsed = basic !== null;
      let applicationId: number | null = null;
      try {
        if (request.validationError) throw new OAuthError('invalid_request', 'La demande est mal formée : un paramètre est trop long ou n’est pas du texte.');
        const realm = request.query.realm;
        if (realm !== undefined && realm !== '/partenaire') throw new OAuthError('invalid_request', `Le realm « ${realm} » n'existe pas : utilisez realm=/partenaire.`);
        if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '')) {
          throw new OAuthError('invalid_request', 'Le corps de la demande doit être au format application/x-www-form-urlencoded.');
        }
        const body = request.body ?? {};
        if (!body.grant_type) throw new OAuthError('invalid_request', 'Le paramètre grant_type est obligatoire (client_credentials).');
        if (body.grant_type !== 'client_credentials') throw new OAuthError('unsupported_grant_type', `Le type d'autorisation « ${body.grant_type} » n'est pas pris en charge : utilisez client_credentials.`);
        if (basic === 'malformed') throw new OAuthError('invalid_request', "L'en-tête Authorization: Basic est mal formé.");
        if (basic && (body.client_secret !== undefined || (body.client_id !== undefined && body.client_id !== basic.clientId))) {
          throw new OAuthError('invalid_request', 'Envoyez les identifiants du client d’une seule façon : en-tête Authorization ou corps de la demande.');
        }
        const clientId = basic ? basic.clientId : body.client_id;
        const secret = basic ? basic.secret : body.client_secret;
        if (!clientId || !secret) throw new OAuthError('invalid_request', 'Les paramètres client_id et client_secret sont obligatoires.');
        const entry = await tokens.authenticate(clientId, secret);
        applicationId = entry.applicationId;
        const scopes = tokens.resolveScopes(entry, body.scope);
        const { token, expiresIn } = await tokens.issue(entry, scopes);
        usage.recordGrant(entry.applicationId, true);
        return reply.headers({ 'cache-control': 'no-store', pragma: 'no-cache' }).send({ scope: scopes.join(' '), expires_in: expiresIn, token_type: 'Bearer', access_token: token });
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        const refusedApplication = applicationId ?? error.applicationId;
        if (refusedApplication !== null) usage.recordGrant(refusedApplication, false);
        return refuse(reply, error, basicUsed);
      }
    },
  );
}
