import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Db } from '../../src/platform/db/database.js';
import { seedDemo } from '../../src/setup.js';
import { createTestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** The whole portal on a fresh database (with the demo data unless `seed: false`), for app.inject(). */
export async function buildTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.seed !== false) await seedDemo(database.db);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' }, { searchCacheSeconds: 0, ...options.config });
  const app = await buildApp(config, { db: database.db });
  await app.ready();
  return {
    app,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
