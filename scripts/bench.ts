/**
 * `npm run bench`: load test of the catalogue search.
 *
 * 1. Generation (unless --skip-generate): migrates the configured database, loads the demo data,
 *    adds ~200 generated partner organisations and generated services up to N in all
 *    (deterministic, slugs `bench-<n>-…`; only the missing ones are inserted).
 * 2. Load: starts the real app on 127.0.0.1 (random port, logs silenced) and measures with
 *    autocannon, each connection cycling through ~30 searches:
 *      (a) the search page /recherche, (b) the search API /api/v1/services,
 *      (c) the same search page served from memory by a bare Fastify instance (the floor),
 *      and a shorter run of (a) with the per-process search cache off (SEARCH_CACHE_SECONDS=0),
 *    then prints req/s, p50, p99, errors and non-2xx, and the ratio of each to (c).
 *    Any error, timeout or non-2xx response (or a run with no response at all) makes the run
 *    invalid: exit code 1.
 *
 * Target (PostgreSQL server, this 2-core machine): ≥ 1,500 req/s with p99 ≤ 50 ms for the
 * search page, search cache on. A missed target is printed as FAIL but does not change the exit code.
 *
 * Options: --services N (10000)  --duration S (10)  --connections C (50)  --skip-generate
 *
 * On PostgreSQL (the target configuration; the database is created if it does not exist):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run bench
 * On the embedded PGlite database (figures are not comparable; keep it apart from ./data, and
 * stop any server using that folder first: PGlite allows one process per folder):
 *   DATA_DIR=tmp/bench-data npm run bench -- --services 2000 --duration 3
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { ensureDatabase } from './bench/ensure-database.js';
import { generateCatalogue } from './bench/generate.js';
import { type LoadResult, runLoad, startMemoryServer } from './bench/load.js';
import { idleShare, QUIET_IDLE_SHARE } from './bench/machine.js';
import { searchQueries } from './bench/queries.js';
import { printTable, type Row } from './bench/report.js';

const TARGET_RPS = 1500;
const TARGET_P99_MS = 50;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} attend un entier positif, reçu « ${raw} »`);
  return Number(raw);
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'skip-generate': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    services: positiveInteger('services', values.services, 10_000),
    duration: positiveInteger('duration', values.duration, 10),
    connections: positiveInteger('connections', values.connections, 50),
    skipGenerate: values['skip-generate'] ?? false,
    help: values.help ?? false,
  };
}

const info = (message: string) => process.stderr.write(`${message}\n`);

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log('Usage: npm run bench -- [--services N] [--duration S] [--connections C] [--skip-generate]');
  process.exit(0);
}

const config = loadConfig(process.env, { logLevel: 'silent' });
const uncachedConfig = loadConfig(process.env, { logLevel: 'silent', searchCacheSeconds: 0 });
if (config.databaseUrl) {
  await ensureDatabase(config.databaseUrl, info);
} else {
  info(
    `Attention : base embarquée PGlite (${config.dataDir}). Ces chiffres ne sont pas ceux de la configuration cible ` +
      `(serveur PostgreSQL) : lancez DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run bench.`,
  );
}

const database = await openDatabase(config);
const db = database.db;
const closers: (() => Promise<unknown>)[] = [];
let valid: boolean;
try {
  if (options.skipGenerate) {
    info('Génération sautée (--skip-generate).');
  } else {
    info(`Génération du catalogue jusqu'à ${options.services} services…`);
    const report = await generateCatalogue(db, options.services, info);
    console.log(
      `Génération : ${report.servicesCreated} services et ${report.organisationsCreated} organisations créés en ${(report.milliseconds / 1000).toFixed(1)} s` +
        (report.servicesCreated ? ` (${Math.round(report.servicesCreated / (report.milliseconds / 1000))} services/s)` : ''),
    );
  }

  const counts = await sql<{ services: number; published: number; organisations: number; lexicon: number }>`
    SELECT (SELECT count(*) FROM services)::int AS services,
      (SELECT count(*) FROM services WHERE status = 'publie')::int AS published,
      (SELECT count(*) FROM organisations)::int AS organisations,
      (SELECT count(*) FROM search_lexicon)::int AS lexicon`.execute(db);
  const facts = counts.rows[0];
  if (!facts?.published) throw new Error('Le catalogue est vide : lancez le banc sans --skip-generate.');
  const serverVersion =
    database.kind === 'postgres' ? (await sql<{ server_version: string }>`SHOW server_version`.execute(db)).rows[0]?.server_version : null;
  const topProviders = await sql<{ slug: string }>`
    SELECT o.slug FROM organisations o JOIN services s ON s.provider_id = o.id
    WHERE s.status = 'publie' GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 2`.execute(db);
  const providers = topProviders.rows.map((row) => row.slug);
  const queries = searchQueries([providers[0] ?? 'pole-emploi', providers[1] ?? providers[0] ?? 'pole-emploi']);
  const pagePaths = queries.map((query) => `/recherche${query}`);
  const apiPaths = queries.map((query) => `/api/v1/services${query}`);

  // Logs are silenced: the errors behind non-2xx answers are collected here instead.
  const serverErrors = new Map<string, number>();
  const start = async (appConfig: typeof config) => {
    const app = await buildApp(appConfig, { db });
    app.addHook('onError', async (request, _reply, error) => {
      const key = `${request.url.split('?')[0]} : ${error.message}`;
      serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
    });
    closers.push(() => app.close());
    return app;
  };
  const cachedApp = await start(config);
  const uncachedApp = await start(uncachedConfig);
  const serverErrorReport = () =>
    [...serverErrors].map(([message, count]) => `  ${count} × ${message}`).join('\n') ||
    '  (aucune erreur levée côté serveur)';

  // Every search must answer 200 before it is measured: a figure made of errors means nothing.
  for (const [app, paths] of [
    [cachedApp, pagePaths],
    [cachedApp, apiPaths],
    [uncachedApp, pagePaths],
  ] as const) {
    for (const url of paths) {
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 200) {
        throw new Error(
          `GET ${url} → ${response.statusCode} :\n${serverErrorReport()}\n` +
            "Si la base a été migrée avec une version antérieure d'une migration modifiée depuis, recréez-la.",
        );
      }
    }
  }
  const reference = await cachedApp.inject({ method: 'GET', url: pagePaths[1] ?? '/recherche' });
  const memory = await startMemoryServer(reference);
  closers.push(() => memory.app.close());
  const cachedOrigin = await cachedApp.listen({ host: '127.0.0.1', port: 0 });
  const uncachedOrigin = await uncachedApp.listen({ host: '127.0.0.1', port: 0 });

  const cpus = os.cpus();
  console.log('');
  console.log(
    `Machine : ${cpus.length} CPU (${cpus[0]?.model.trim() ?? 'inconnu'}), ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}, ` +
      `charge moyenne ${os.loadavg().map((load) => load.toFixed(2)).join(' / ')}`,
  );
  console.log(
    `Base : ${database.kind === 'postgres' ? `serveur PostgreSQL ${serverVersion ?? ''} (pool de 10 connexions)` : `PGlite embarqué (${config.dataDir}), une connexion`}`,
  );
  console.log(
    `Catalogue : ${facts.services} services (${facts.published} publiés), ${facts.organisations} organisations, ${facts.lexicon} mots dans le lexique`,
  );
  console.log(
    `Charge : autocannon, ${options.connections} connexions, ${queries.length} recherches en rotation, cache de recherche ${config.searchCacheSeconds} s ; ` +
      `page de référence en mémoire : ${pagePaths[1]} (${reference.rawPayload.length} octets)`,
  );

  const warmUp = Math.min(3, Math.max(1, Math.round(options.duration / 5)));
  const uncachedSeconds = Math.max(3, Math.ceil(options.duration / 2));
  const measure = async (label: string, origin: string, paths: readonly string[], seconds: number, accept: string): Promise<LoadResult> => {
    const idleBefore = await idleShare();
    info(`${label} : CPU libre ${Math.round(idleBefore * 100)} %, échauffement ${warmUp} s, mesure ${seconds} s…`);
    const load = { origin, paths, connections: options.connections, accept };
    await runLoad({ ...load, seconds: warmUp });
    return { ...(await runLoad({ ...load, seconds })), idleBefore };
  };
  const html = 'text/html';
  const json = 'application/json';
  const inMemory = await measure('(c) page en mémoire', memory.origin, pagePaths, options.duration, html);
  const page = await measure('(a) page /recherche', cachedOrigin, pagePaths, options.duration, html);
  const api = await measure('(b) API /api/v1/services', cachedOrigin, apiPaths, options.duration, json);
  const uncached = await measure('(a′) page /recherche sans cache', uncachedOrigin, pagePaths, uncachedSeconds, html);

  const rows: Row[] = [
    { scenario: '(a) page /recherche', result: page, ratio: page.requestsPerSecond / inMemory.requestsPerSecond },
    { scenario: '(b) API /api/v1/services', result: api, ratio: api.requestsPerSecond / inMemory.requestsPerSecond },
    { scenario: '(a′) page, cache off', result: uncached, ratio: uncached.requestsPerSecond / inMemory.requestsPerSecond },
    { scenario: '(c) page en mémoire', result: inMemory, ratio: 1 },
  ];
  console.log('');
  printTable(rows);

  const failed = rows.filter((row) => row.result.errors > 0 || row.result.non2xx > 0 || row.result.requests === 0);
  for (const row of failed) {
    const { errors, non2xx, requests, failures } = row.result;
    console.log(
      `INVALIDE : ${row.scenario} : ${requests === 0 ? 'aucune réponse pendant la mesure, ' : ''}` +
        `${errors} erreurs (délais dépassés compris), ${non2xx} réponses non 2xx ${JSON.stringify(failures)}`,
    );
  }
  if (failed.length) console.log(`Erreurs côté serveur :\n${serverErrorReport()}`);
  valid = failed.length === 0;
  const disturbed = rows.filter((row) => (row.result.idleBefore ?? 1) < QUIET_IDLE_SHARE);
  if (disturbed.length) {
    console.log(
      `⚠ D'autres processus occupaient la machine avant ${disturbed.map((row) => row.scenario).join(', ')} ` +
        `(CPU libre < ${Math.round(QUIET_IDLE_SHARE * 100)} %) : ces chiffres sont faussés, relancez sur une machine au repos.`,
    );
  }
  const pass = valid && page.requestsPerSecond >= TARGET_RPS && page.p99 <= TARGET_P99_MS;
  console.log('');
  console.log(
    `Cible (page de recherche, cache actif, PostgreSQL) : ≥ ${TARGET_RPS.toLocaleString('fr-FR')} req/s et p99 ≤ ${TARGET_P99_MS} ms → ` +
      `${Math.round(page.requestsPerSecond)} req/s, p99 ${page.p99} ms : ${pass ? 'PASS' : 'FAIL'}` +
      (database.kind === 'pglite' ? ' (PGlite : hors configuration cible)' : ''),
  );
} catch (error) {
  valid = false;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  for (const close of closers.reverse()) await close().catch((error: unknown) => console.error(error));
  await database.close();
}
process.exitCode = valid ? 0 : 1;
