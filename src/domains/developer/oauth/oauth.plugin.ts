import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';

// Lead's work in progress: token endpoint, JWKS, bearer gate, rate limits, usage.
export async function registerOAuth(app: FastifyInstance): Promise<void> {
  app.decorate('developer', {
    issueForApplication: async () => {
      throw new AppError('NOT_FOUND');
    },
    forgetApplication: () => {},
    flushUsage: async () => {},
  });
}
