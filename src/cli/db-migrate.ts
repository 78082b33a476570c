import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { createMigrator, migrateDown, migrateToLatest } from '../platform/db/migrator.js';

/** `npm run db:migrate [-- up|down|status]`: applies, rolls back one, or lists the migrations. */
const command = process.argv[2] ?? 'up';
if (!['up', 'down', 'status'].includes(command)) {
  console.error(`Commande inconnue « ${command} ». Usage : npm run db:migrate -- [up|down|status]`);
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config, { poolSize: 1 });
try {
  if (command === 'status') {
    for (const migration of await createMigrator(database.db).getMigrations()) {
      console.log(`${migration.executedAt ? 'appliquée ' : 'en attente'}  ${migration.name}`);
    }
  } else {
    const { results } = command === 'up' ? await migrateToLatest(database.db) : await migrateDown(database.db);
    if (!results?.length) console.log(command === 'up' ? 'Base déjà à jour.' : 'Aucune migration à annuler.');
    for (const result of results ?? []) console.log(`${result.direction === 'Up' ? 'appliquée' : 'annulée'} : ${result.migrationName}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
