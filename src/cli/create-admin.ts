import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createAdministrator } from '../domains/accounts/index.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';

/** `npm run create-admin -- --email admin@example.fr --password '…'`: the first administrator. */
let values: { email?: string; password?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\nUsage : npm run create-admin -- --email <adresse> --password <mot de passe>`);
  process.exit(2);
}
if (!values.email) {
  console.error('Usage : npm run create-admin -- --email <adresse> --password <mot de passe>');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config, { poolSize: 1 });
try {
  await migrateToLatest(database.db);
  const result = await createAdministrator(database.db, values.email, values.password ?? null);
  if (!result.ok) {
    console.error(result.message);
    process.exitCode = 1;
  } else {
    console.log(result.created ? `Administrateur créé : ${values.email}` : `Compte existant promu administrateur : ${values.email}`);
  }
} finally {
  await database.close();
}
