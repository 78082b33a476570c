import { loadConfig } from '../config.js';
import { rotateSigningKey } from '../domains/developer/index.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';

/**
 * `npm run oauth:rotate-key [-- --now]`: adds a new access-token signing key. It is published in the
 * JWKS at once and signs after 10 minutes (every process and client has learnt it by then), or at
 * once with --now; the old key stays published until the last token it signed has expired.
 * A scheduled job does the same every 30 days.
 */
const config = loadConfig();
const database = await openDatabase(config, { poolSize: 1 });
try {
  await migrateToLatest(database.db);
  const now = process.argv.includes('--now');
  const kid = await rotateSigningKey(database.db, now ? 0 : undefined);
  console.log(`Nouvelle clé de signature ${kid} : publiée maintenant, elle signe ${now ? 'dès maintenant' : 'dans 10 minutes'}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
