import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../platform/db/database.js';

// Placeholder written by the lead: replaced by the simulator helper who owns this file.
export const simulatorPlugin = fp(async (_app: FastifyInstance) => {}, { name: 'simulator', dependencies: ['html', 'access', 'csrf', 'accounts', 'catalogue'] });

export async function seedSimulatorDemo(_db: Db): Promise<void> {}
