import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, type Db, openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/platform/db/migrations');

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** The files the demo data comes from (its loaders and its content). */
function demoSourceFiles(): string[] {
  const files: string[] = [path.join(SRC, 'setup.ts')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\/(demo|content|scenarios)\/|seed/.test(path.relative(SRC, full).replaceAll(path.sep, '/') + (entry.isFile() ? '' : '/'))) files.push(full);
    }
  };
  walk(path.join(SRC, 'domains'));
  return files.sort();
}

/**
 * A key that changes whenever a migration or the PGlite version changes; for a seeded template,
 * also with the seed function (each seed has its own template: the referentials alone are not the
 * whole demo), when the demo's sources change, and every day (the demo's sessions are dated from today).
 */
function templateKey(seed?: (db: Db) => Promise<void>): string {
  const seeded = Boolean(seed);
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS).sort()) hash.update(file).update(readFileSync(path.join(MIGRATIONS, file)));
  hash.update(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url)));
  if (seeded) {
    for (const file of demoSourceFiles()) hash.update(path.relative(SRC, file)).update(readFileSync(file));
    hash.update(new Date().toISOString().slice(0, 10));
  }
  return `${seed ? `${seed.name || 'seed'}-` : ''}${hash.digest('hex').slice(0, 16)}`;
}

/**
 * In-memory PGlite, migrated. Initialising PGlite costs seconds, so the first test file saves
 * a migrated data folder in the temp dir and the others start from it.
 */
async function createPgliteDatabase(seed?: (db: Db) => Promise<void>): Promise<DatabaseHandle> {
  const template = path.join(os.tmpdir(), `emploi-store-test-${templateKey(seed)}.tar.gz`);
  const saved = await readFile(template).catch(() => null);
  if (saved) {
    const handle = await openDatabase({ databaseUrl: null, dataDir: 'memory://' }, { loadDataDir: new Blob([saved]) });
    await migrateToLatest(handle.db);
    return handle;
  }
  const handle = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  if (seed) await seed(handle.db);
  const dump = await handle.dumpDataDir!();
  const partial = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, template);
  return handle;
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // The pool's connections may still be closing: wait for them rather than kill them.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default; when
 * DATABASE_URL is set (`npm run test:pg`), a new database created on that server and
 * dropped on close. With `seed`, the database holds what it loads (on PGlite, from a template
 * saved by the first test file that asked, as loading the demo data takes seconds).
 */
export async function createTestDatabase({ seed }: { seed?: (db: Db) => Promise<void> } = {}): Promise<DatabaseHandle> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) return createPgliteDatabase(seed);
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
  if (seed) await seed(handle.db);
  return {
    db: handle.db,
    kind: handle.kind,
    async close() {
      await handle.close();
      await dropDatabase(databaseUrl, name);
    },
  };
}
