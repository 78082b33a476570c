import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest } from './paths.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Signed cookies and CSRF protection for every state-changing form (a secret in a signed,
 * HttpOnly, SameSite=Lax cookie; the token in a hidden `_csrf` field). The JSON API is exempt:
 * it authenticates with bearer tokens, never cookies.
 */
export const csrfPlugin = fp<{ secret: string; secure: boolean }>(
  async (app: FastifyInstance, { secret, secure }) => {
    await app.register(cookie, { secret, parseOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' } });
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'es_csrf',
      cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure, path: '/' },
      getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf ?? (request.headers['x-csrf-token'] as string | undefined),
    });
    // One token per request: a second generateCsrf() (a page's form and the header's log-out form)
    // would otherwise mint a second secret and invalidate the first token.
    app.addHook('onRequest', async (_request, reply) => {
      const generate = reply.generateCsrf.bind(reply);
      let token: string | undefined;
      reply.generateCsrf = (options) => (token ??= generate(options));
    });
    app.addHook('preHandler', (request, reply, done) => {
      if (!STATE_CHANGING.has(request.method) || isApiRequest(request.url) || !request.routeOptions.config?.access) return done();
      app.csrfProtection(request, reply, done);
    });
  },
  { name: 'csrf' },
);
