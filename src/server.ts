import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './platform/db/database.js';
import { prepareDatabase } from './setup.js';

const config = loadConfig();
const database = await openDatabase(config);
let app: FastifyInstance;
try {
  await prepareDatabase(config, database, console);
  app = await buildApp(config, { db: database.db });
  app.addHook('onClose', async () => database.close());
  await app.listen({ host: config.host, port: config.port });
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
