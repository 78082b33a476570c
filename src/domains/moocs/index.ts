import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import './moocs.table.js';

export { seedMoocsDemo } from './content/seed.js';

/**
 * Les MOOC de l'emploi: course pages and sessions, learning (lessons, videos, quizzes, progress),
 * certificates and Open Badges, discussions, instructors' authoring and statistics, the MOOC API.
 * Each part registers itself below.
 */
export const moocsPlugin = fp(
  async (app: FastifyInstance) => {
    void app;
  },
  { name: 'moocs', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation', 'catalogue'] },
);
