import { loadConfig } from '../config.js';
import { aggregateServiceStatistics } from '../domains/catalogue/index.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';

/**
 * `npm run stats:aggregate`: folds the pending statistics events into the daily figures once (what
 * the scheduled job does every 15 minutes). Safe while the portal runs on a PostgreSQL server.
 */
const config = loadConfig();
const database = await openDatabase(config, { poolSize: 1 });
try {
  await migrateToLatest(database.db);
  const { events, days } = await aggregateServiceStatistics(database.db);
  console.log(`Statistiques agrégées : ${events} événement(s) reporté(s) sur ${days} ligne(s) service × jour.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
