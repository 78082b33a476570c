import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { accountsPlugin } from './domains/accounts/index.js';
import { backofficePlugin } from './domains/backoffice/index.js';
import { catalogueNavigation, cataloguePlugin } from './domains/catalogue/index.js';
import { developerOpenApi, developerPlugin } from './domains/developer/index.js';
import { ideasPlugin } from './domains/ideas/index.js';
import { moderationPlugin } from './domains/moderation/index.js';
import { moocsPlugin } from './domains/moocs/index.js';
import { offersPlugin } from './domains/offers/index.js';
import { simulatorPlugin } from './domains/simulator/index.js';
import { sitePlugin } from './domains/site/index.js';
import { openApiPlugin } from './platform/api/openapi.plugin.js';
import type { Db } from './platform/db/database.js';
import { getOrCreateSecret } from './platform/db/secrets.js';
import { htmlPlugin } from './platform/html/html.plugin.js';
import { accessPlugin } from './platform/http/access.plugin.js';
import { csrfPlugin } from './platform/http/csrf.plugin.js';
import { AppError } from './platform/http/errors.js';
import { errorHandlerPlugin, sendError, toAppError } from './platform/http/error-handler.js';
import { multipartPlugin } from './platform/http/multipart.js';
import { securityPlugin } from './platform/http/security.plugin.js';
import { createMailer, type Mailer } from './platform/mail/mailer.js';
import { mediaPlugin } from './platform/media/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    /** Sends e-mails (SMTP, or the outbox folder); every domain uses this one. */
    mailer: Mailer;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DSFR_DIST = path.join(path.dirname(createRequire(import.meta.url).resolve('@gouvfr/dsfr/package.json')), 'dist');

export interface AppDependencies {
  /** A migrated database; the caller owns it (opens and closes it). */
  db: Db;
  /** Defaults to SMTP_URL, or the outbox folder. */
  mailer?: Mailer;
}

/** Builds the whole portal; `server.ts` only makes it listen. The caller owns the database. */
export async function buildApp(config: Config, { db, mailer = createMailer(config) }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Errors raised before routing (a malformed path) go through the same pages as the rest.
    frameworkErrors: (error, request, reply) => {
      void sendError(request, reply, toAppError(error));
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });
  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('mailer', mailer);

  await app.register(htmlPlugin, { settings: { operatorName: config.operatorName, navigation: catalogueNavigation } });
  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin);
  await app.register(accessPlugin);
  await app.register(csrfPlugin, { secret: config.cookieSecret ?? (await getOrCreateSecret(db, 'cookie-secret')), secure: config.secureCookies });
  await app.register(formbody);
  await app.register(multipartPlugin);
  await app.register(fastifyStatic, { root: DSFR_DIST, prefix: '/dsfr/', maxAge: '1d', index: false });
  await app.register(fastifyStatic, { root: path.join(ROOT, 'public'), prefix: '/static/', maxAge: '1h', index: false, decorateReply: false });
  await app.register(openApiPlugin, { publicUrl: config.publicUrl, ...developerOpenApi });

  await app.register(accountsPlugin, { mailer });
  await app.register(sitePlugin);
  await app.register(mediaPlugin);
  await app.register(moderationPlugin);
  await app.register(cataloguePlugin);
  await app.register(moocsPlugin);
  await app.register(ideasPlugin);
  await app.register(developerPlugin);
  await app.register(offersPlugin);
  await app.register(simulatorPlugin);
  await app.register(backofficePlugin);

  app.all('/api/*', { config: { access: 'public' }, schema: { hide: true } }, async () => {
    throw new AppError('NOT_FOUND', "Cette adresse de l'API n'existe pas.");
  });
  return app;
}
