import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';
import { seedDemo } from '../setup.js';

/** `npm run db:seed`: migrates, then loads the demo data (idempotent) into the configured database. */
const config = loadConfig();
const database = await openDatabase(config, { poolSize: 1 });
try {
  await migrateToLatest(database.db);
  await seedDemo(database.db);
  console.log(`Données de démonstration chargées (${database.kind === 'pglite' ? `base embarquée ${config.dataDir}` : 'serveur PostgreSQL'}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
