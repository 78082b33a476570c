import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import './ideas.table.js';
import { registerIdeaComments } from './comments/index.js';
import { registerIdeasCore } from './ideas/index.js';
import { registerIdeasApi } from './api/ideas.api.js';
import { registerIdeasStaffRoutes } from './staff/index.js';

export { seedIdeasDemo } from './demo/seed.js';

/**
 * Emploi Store idées: propose, support, comment, follow; staff answer officially and move ideas
 * through statuses; reports go to the shared moderation queue; a read-only API.
 * Each part registers itself below.
 */
export const ideasPlugin = fp(
  async (app: FastifyInstance) => {
    registerIdeasCore(app);
    registerIdeasStaffRoutes(app);
    registerIdeasApi(app);
    registerIdeaComments(app);
  },
  { name: 'ideas', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation', 'catalogue'] },
);
