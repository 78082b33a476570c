import type { Config } from './config.js';
import { isCatalogueEmpty, seedCatalogueDemo } from './domains/catalogue/index.js';
import { seedIdeasDemo } from './domains/ideas/index.js';
import { seedMoocsDemo } from './domains/moocs/index.js';
import { seedOffersDemo } from './domains/offers/index.js';
import { seedDeveloperDemo } from './domains/developer/index.js';
import { seedSimulatorDemo } from './domains/simulator/index.js';
import { seedReferentielsDemo } from './domains/referentiels/index.js';
import type { DatabaseHandle, Db } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrator.js';

/** Loads the demo data (idempotent: loading twice changes nothing). */
export async function seedDemo(db: Db): Promise<void> {
  await seedReferentielsDemo(db);
  await seedCatalogueDemo(db);
  await seedMoocsDemo(db);
  await seedIdeasDemo(db);
  await seedDeveloperDemo(db);
  await seedOffersDemo(db);
  await seedSimulatorDemo(db);
}

/**
 * Start-up: migrate; on the embedded database, load the demo data when the catalogue is empty.
 * A PostgreSQL server is never seeded implicitly (`npm run db:seed` does it).
 */
export async function prepareDatabase(config: Config, database: DatabaseHandle, log: Pick<Console, 'info'>): Promise<void> {
  const { results } = await migrateToLatest(database.db);
  for (const result of results ?? []) log.info(`migration applied: ${result.migrationName}`);
  if (database.kind === 'pglite' && config.seedDemoOnEmptyDatabase && (await isCatalogueEmpty(database.db))) {
    log.info('empty embedded database: loading the demo data');
    await seedDemo(database.db);
  }
}
