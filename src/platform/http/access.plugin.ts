import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from './errors.js';
import { isApiRequest } from './paths.js';

export const ROLES = ['candidat', 'entreprise', 'partenaire', 'developpeur', 'moderateur', 'administrateur'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a route: anyone ('public'), any logged-in account ('account'), a logged-in account
 * whose e-mail is verified ('verified'), or holders of one of the listed roles.
 */
export type Access = 'public' | 'account' | 'verified' | readonly Role[] | BearerAccess;

/** A developer API route: an OAuth2 access token (Authorization: Bearer) carrying this scope. */
export interface BearerAccess {
  readonly bearer: string;
}

export function isBearerAccess(access: Access): access is BearerAccess {
  return typeof access === 'object' && 'bearer' in access;
}

/**
 * Checks the bearer token of a developer API call (signature, expiry, revocation, scope, rate limit,
 * quota) and sets its headers; throws an AppError when refused. The developer domain installs it.
 */
export type BearerGate = (request: FastifyRequest, reply: FastifyReply, scope: string) => Promise<void>;

/** The logged-in person behind a request. */
export interface Viewer {
  accountId: number;
  email: string;
  displayName: string;
  roles: Role[];
  emailVerified: boolean;
  /** Hash of the session id (to revoke this session). */
  sessionIdHash: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    viewer: Viewer | null;
  }
  interface FastifyInstance {
    /** Every registered route and who may call it (for the authorisation test and audits). */
    routeAccess: { method: string; url: string; access: Access }[];
    /** `verify` checks developer API calls (routes with `access: { bearer: scope }`). */
    bearerGate: { verify: BearerGate };
  }
}

/** Routes that plugins register for themselves (static files, API docs): public by nature. */
const THIRD_PARTY_PREFIXES = ['/dsfr/', '/static/', '/api/docs'];

export function accessOf(request: FastifyRequest): Access | undefined {
  return request.routeOptions.config?.access;
}

/** Refuses the request unless the viewer matches the access rule. */
export function checkAccess(access: Access, viewer: Viewer | null): void {
  if (access === 'public') return;
  if (isBearerAccess(access)) throw new AppError('UNAUTHENTICATED'); // checked by the bearer gate, never by cookies
  if (!viewer) throw new AppError('UNAUTHENTICATED');
  if (access === 'account') return;
  if (access === 'verified') {
    if (!viewer.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
    return;
  }
  if (!access.some((role) => viewer.roles.includes(role))) throw new AppError('FORBIDDEN');
}

/**
 * Every route must declare `config.access`; the rule is enforced before the handler. People who
 * are not logged in are sent to the log-in page (HTML GET) or get a 401 (API, forms).
 */
export const accessPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('viewer', null);
    app.decorate('routeAccess', []);
    app.decorate('bearerGate', {
      verify: async () => {
        throw new AppError('UNAUTHENTICATED');
      },
    });
    app.addHook('onRoute', (route) => {
      const url = route.url ?? route.path;
      if (THIRD_PARTY_PREFIXES.some((prefix) => url.startsWith(prefix))) {
        route.config = { ...route.config, access: route.config?.access ?? 'public' };
      }
      const access = route.config?.access;
      if (!access) throw new Error(`Route ${String(route.method)} ${url} does not declare who may call it (config.access)`);
      for (const method of [route.method].flat()) app.routeAccess.push({ method, url, access });
    });
    // Before validation: who may call a route is checked before its parameters, so a visitor is sent
    // to log in (not told that an id is malformed) and nothing of a refused body is looked at.
    app.addHook('preValidation', async (request, reply) => {
      const access = accessOf(request);
      if (!access) return; // 404 handler
      if (isBearerAccess(access)) return app.bearerGate.verify(request, reply, access.bearer);
      try {
        checkAccess(access, request.viewer);
      } catch (error) {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED' && request.method === 'GET' && !isApiRequest(request.url)) {
          return reply.redirect(`/connexion?retour=${encodeURIComponent(request.url)}`, 303);
        }
        throw error;
      }
    });
  },
  { name: 'access' },
);
