import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { declareScheduledJob } from '../../../platform/jobs/index.js';
import { AppError } from '../../../platform/http/errors.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import type { LimitStore } from '../limits/limit-store.js';
import { MemoryLimitStore } from '../limits/memory-store.js';
import { RedisLimitStore } from '../limits/redis-store.js';
import { UsageRecorder } from '../usage/usage.recorder.js';
import { createBearerGate } from './bearer-gate.js';
import { ClientDirectory } from './client-directory.js';
import { clientSecretKey } from './credentials.js';
import type { DeveloperPlatform } from './developer-platform.js';
import { purgeRetiredKeys, rotateSigningKey } from './signing-keys.js';
import { TOKEN_PATH, registerTokenRoute } from './token.route.js';
import { TokenService } from './token.service.js';

/** A signing key older than this is replaced by the rotation job. */
const KEY_MAX_AGE_DAYS = 30;
export const JWKS_PATH = '/connexion/oauth2/jwks';

/**
 * The OAuth2 core of Emploi Store Dev: the token endpoint, the JWKS and the authorisation server
 * metadata, the bearer gate of the developer APIs, usage counting and the key rotation job.
 */
export async function registerOAuth(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const directory = new ClientDirectory(db);
  const tokens = new TokenService(db, directory, await clientSecretKey(db), config.publicUrl);
  const limits: LimitStore = config.redisUrl ? new RedisLimitStore(config.redisUrl) : new MemoryLimitStore();
  const usage = new UsageRecorder(db);

  app.decorateRequest('apiCall', null);
  app.bearerGate.verify = createBearerGate(tokens, directory, limits);
  app.addHook('onResponse', async (request, reply) => {
    if (request.apiCall) usage.recordCall(request.apiCall.applicationId, request.apiCall.api, reply.statusCode, reply.elapsedTime);
  });
  app.addHook('onClose', async () => {
    await usage.close();
    await limits.close();
  });

  const platform: DeveloperPlatform = {
    async issueForApplication(applicationId) {
      const entry = await directory.byApplication(applicationId);
      if (!entry) throw new AppError('APPLICATION_NOT_FOUND');
      if (entry.status !== 'active') throw new AppError('APPLICATION_REVOKED');
      const scopes = DEVELOPER_APIS.filter((api) => entry.grantedApis.has(api.slug)).flatMap((api) => api.scopes);
      const { token, expiresIn } = await tokens.issue(entry, scopes);
      usage.recordGrant(entry.applicationId, true);
      return { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: scopes.join(' ') };
    },
    forgetApplication: (clientId) => directory.forget(clientId),
    flushUsage: () => usage.flush(),
  };
  app.decorate('developer', platform);

  registerTokenRoute(app, tokens, usage);
  app.get(
    JWKS_PATH,
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        response: { 200: { type: 'object', required: ['keys'], properties: { keys: { type: 'array', items: { type: 'object', additionalProperties: true } } } } },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(await tokens.jwks()),
  );
  // RFC 8414 authorisation server metadata, so that clients find the token endpoint and the keys.
  app.get(
    '/.well-known/oauth-authorization-server',
    { config: { access: 'public' }, schema: { hide: true, response: { 200: { type: 'object', additionalProperties: true } } } },
    async () => ({
      issuer: config.publicUrl,
      token_endpoint: `${config.publicUrl}${TOKEN_PATH}?realm=/partenaire`,
      jwks_uri: `${config.publicUrl}${JWKS_PATH}`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      scopes_supported: DEVELOPER_APIS.flatMap((api) => api.scopes),
      service_documentation: `${config.publicUrl}/developpeurs`,
    }),
  );

  declareScheduledJob(app, {
    name: 'oauth-signing-key-rotation',
    everyMs: 24 * 3600_000,
    async run(jobDb) {
      const { rows } = await sql<{ newest: Date | null }>`SELECT max(created_at) AS newest FROM oauth_signing_keys`.execute(jobDb);
      const newest = rows[0]?.newest;
      if (!newest || Date.now() - new Date(newest).getTime() > KEY_MAX_AGE_DAYS * 86400_000) await rotateSigningKey(jobDb);
      await purgeRetiredKeys(jobDb);
    },
  });
}
