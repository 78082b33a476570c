import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { isAdministrator, STAFF } from '../backoffice.access.js';
import { HubPage } from './hub.page.js';

export function registerHubRoutes(app: FastifyInstance): void {
  app.get('/administration', { config: { access: STAFF }, schema: { hide: true } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').page({ title: 'Administration' }, h(HubPage, { isAdministrator: isAdministrator(request.viewer) })),
  );
}
