import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../../../config.js';
import { type DatabaseHandle, openDatabase } from '../../../platform/db/database.js';
import { migrateToLatest } from '../../../platform/db/migrator.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { canonicalDump, writeJsonlFeed } from './offers-feed.test-support.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverUrl = loadConfig().databaseUrl;
// PGlite writes a few hundred offers a second: a smaller feed keeps the test short.
const COUNT = serverUrl ? 20_000 : 3_000;
const BATCH = serverUrl ? 1000 : 200;
const work = path.join(ROOT, 'tmp', `offers-crash-${process.pid}-${randomBytes(3).toString('hex')}`);
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(work, { recursive: true, force: true });
});

/** A database the CLI can use as a child process: its environment, and a way to open it here. */
async function target(name: string): Promise<{ env: Record<string, string>; open: () => Promise<DatabaseHandle> }> {
  if (serverUrl) {
    const database = `es_crash_${name}_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    });
    return { env: { DATABASE_URL: url.toString() }, open: () => openDatabase({ databaseUrl: url.toString(), dataDir: '' }) };
  }
  const dataDir = path.join(work, name);
  return { env: { DATABASE_URL: '', DATA_DIR: dataDir }, open: () => openDatabase({ databaseUrl: null, dataDir }) };
}

/** Runs the CLI; with killAfter, sends SIGKILL once that many records are committed. */
function runCli(env: Record<string, string>, file: string, killAfter?: number): Promise<{ code: number | null; signal: string | null; stdout: string; committed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import-offers.ts', '--source', 'crash-feed', '--file', file, '--mode', 'complet', '--batch', String(BATCH), '--progress'], {
      cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let committed = 0;
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      for (const match of stderr.matchAll(/lot enregistré : (\d+) enregistrements/g)) committed = Math.max(committed, Number(match[1]));
      if (killAfter !== undefined && committed >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`import:offers a échoué (${code}) : ${stderr.slice(-2000)}`));
      else resolve({ code, signal, stdout, committed });
    });
  });
}

test('kill -9 in the middle of an import, run it again: the result is that of one clean run', { timeout: 900_000 }, async () => {
  await mkdir(work, { recursive: true });
  const file = path.join(work, 'feed.jsonl');
  await writeJsonlFeed(file, COUNT, { prefix: 'k', seed: 7 });
  const crashed = await target('crashed');
  const clean = await target('clean');
  for (const t of [crashed, clean]) {
    const handle = await t.open();
    await migrateToLatest(handle.db);
    await seedReferentielsDemo(handle.db);
    await handle.close();
  }

  const killed = await runCli(crashed.env, file, Math.floor(COUNT / 3));
  assert.equal(killed.signal, 'SIGKILL', 'the import was killed before its end');
  assert.ok(killed.committed > 0 && killed.committed < COUNT, `killed after ${killed.committed} records`);
  const resumed = await runCli(crashed.env, file);
  assert.match(resumed.stdout, /reprise après [\d\s\u202f]+ enregistrements/);
  const reference = await runCli(clean.env, file);
  assert.doesNotMatch(reference.stdout, /reprise/);

  const dumps: string[][] = [];
  const imports: unknown[] = [];
  for (const t of [crashed, clean]) {
    const handle = await t.open();
    dumps.push(await canonicalDump(handle.db));
    imports.push(await handle.db.selectFrom('offer_imports').select(['status', 'records', 'created', 'updated', 'unchanged', 'merged', 'rejected', 'expired'])
      .orderBy('id').execute());
    await handle.close();
  }
  assert.equal(dumps[0]!.length, COUNT + 1);
  assert.deepEqual(dumps[0], dumps[1]);
  assert.deepEqual(imports[0], imports[1], 'the resumed import counts like the clean one');
});
