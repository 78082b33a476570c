import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import './ideas.table.js';

/**
 * Emploi Store idées: propose, support, comment, follow; staff answer officially and move ideas
 * through statuses; reports go to the shared moderation queue; a read-only API.
 * Each part registers itself below.
 */
export const ideasPlugin = fp(
  async (app: FastifyInstance) => {
    void app;
  },
  { name: 'ideas', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation', 'catalogue'] },
);
