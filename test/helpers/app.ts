import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Db } from '../../src/platform/db/database.js';
import { createMailer } from '../../src/platform/mail/mailer.js';
import { seedDemo } from '../../src/setup.js';
import { createTestDatabase } from './database.js';
import { startSmtpServer, type TestSmtpServer } from './smtp.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** The real SMTP server the portal sends its mails to. */
  smtp: TestSmtpServer;
  close(): Promise<void>;
}

/** The whole portal on a fresh database (with the demo data unless `seed: false`), for app.inject(). */
export async function buildTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.seed === false ? {} : { seed: seedDemo });
  const smtp = await startSmtpServer();
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', SMTP_URL: smtp.url, PUBLIC_URL: 'http://localhost:3000' }, { searchCacheSeconds: 0, ...options.config });
  const app = await buildApp(config, { db: database.db, mailer: createMailer(config) });
  await app.ready();
  return {
    app,
    db: database.db,
    smtp,
    async close() {
      await app.close();
      await smtp.close();
      await database.close();
    },
  };
}
