import type { FastifyInstance } from 'fastify';

// Placeholder written by the lead: replaced by the helper who owns this file.
export function registerPortalRoutes(_app: FastifyInstance): void {}
