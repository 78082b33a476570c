import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './platform/db/database.js';
import { createScheduler } from './platform/jobs/index.js';
import { prepareDatabase } from './setup.js';

const config = loadConfig();
const database = await openDatabase(config);
let app: FastifyInstance;
try {
  await prepareDatabase(config, database, console);
  app = await buildApp(config, { db: database.db });
  app.addHook('onClose', async () => database.close());
  // Scheduled jobs run in the serving process (when JOBS_ENABLED), never in buildApp: tests and
  // CLIs build the app without timers. onClose hooks run last-added first: the scheduler stops
  // (waiting for a running job) before the database closes.
  const scheduler = config.jobsEnabled ? createScheduler(database.db, { logger: app.log }) : null;
  for (const job of app.hasDecorator('scheduledJobs') ? app.scheduledJobs : []) scheduler?.register(job);
  app.addHook('onClose', async () => scheduler?.stop());
  await app.listen({ host: config.host, port: config.port });
  scheduler?.start();
} catch (error) {
  console.error('Start-up failed:', error);
  await database.close();
  process.exit(1);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: finishing requests in flight');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'close failed');
        process.exit(1);
      },
    );
  });
}
