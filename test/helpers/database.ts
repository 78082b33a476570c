import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default; when
 * DATABASE_URL is set (`npm run test:pg`), a new database created on that server and
 * dropped on close.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    const handle = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `es_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await migrateToLatest(handle.db);
  return {
    db: handle.db,
    kind: handle.kind,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
