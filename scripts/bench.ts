/**
 * `npm run bench`: load test of the catalogue search.
 *
 * 1. Generation (unless --skip-generate): migrates the configured database, loads the demo data,
 *    adds ~200 generated partner organisations and generated services up to N in all
 *    (deterministic, slugs `bench-<n>-…`; only the missing ones are inserted).
 * 2. Load: starts the real app on 127.0.0.1 (random port, logs silenced; a fresh instance per
 *    scenario, its search cache filled by requesting every search once, which must answer 200)
 *    and measures with autocannon (in a worker thread), each connection cycling through ~30 searches:
 *      (a) the search page /recherche, (b) the search API /api/v1/services,
 *      (c) the same search page served from memory by a bare Fastify instance (the floor),
 *      and a shorter run of (a) with the per-process search cache off (SEARCH_CACHE_SECONDS=0),
 *      then (d) service pages /services/:slug as a person (each view costs one INSERT of a
 *      statistics event) and (d′) the same pages as a robot (not counted), and the time the
 *      statistics job takes to fold the events (d) left,
 *    then prints req/s, p50, p99, errors and non-2xx, the ratio of each to (c), and the share of
 *    CPU other processes took before/during each run (the machine is shared: ⚠ above 10 %).
 *    Any error, timeout or non-2xx response (or a run with no response at all) makes the run
 *    invalid: exit code 1.
 *
 * Target (PostgreSQL server, this 2-core machine): ≥ 1,500 req/s with p99 ≤ 50 ms for the
 * search page, search cache on. A missed target is printed as FAIL but does not change the exit code.
 *
 * Job offers (`--only offers`, run on its own): a synthetic feed of N offers (--offers, 1,000,000;
 * generated once a day into tmp/bench) imported by `npm run import:offers` into the emptied offers
 * tables (rate and peak RSS of that process), then the offer searches measured side by side with
 * their bare SQL (--iterations per scenario, 200; --skip-generate: search what the database holds). Targets on PostgreSQL with 1M offers: import
 * ≥ 20,000 offers/s within 300 MB; search p95 ≤ 100 ms and ≤ 1.5 × the bare SQL. CI runs it small:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_offres npm run bench -- --only offers --offers 3000 --iterations 20
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
import { type Config, loadConfig } from '../src/config.js';
import { aggregateServiceStatistics } from '../src/domains/catalogue/index.js';
import { openDatabase } from '../src/platform/db/database.js';
import { ensureDatabase } from './bench/ensure-database.js';
import { generateCatalogue } from './bench/generate.js';
import { type LoadOptions, type LoadResult, runLoad, startMemoryServer } from './bench/load.js';
import { benchDeveloper } from './bench/developer-scenarios.js';
import { benchOffers } from './bench/offers.js';
import { migrateToLatest } from '../src/platform/db/migrator.js';
import { foreignShareDuring, MAX_FOREIGN_SHARE } from './bench/machine.js';
import { searchQueries } from './bench/queries.js';
import { disturbed, printTable, type Row } from './bench/report.js';

const TARGET_RPS = 1500;
const BROWSER_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const TARGET_P99_MS = 50;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} attend un entier positif, reçu « ${raw} »`);
  return Number(raw);
}

function onlyOption(raw: string | undefined): 'search' | 'developer' | 'offers' | null {
  if (raw === undefined) return null;
  if (raw !== 'search' && raw !== 'developer' && raw !== 'offers') throw new Error(`--only attend « search », « developer » ou « offers », reçu « ${raw} »`);
  return raw;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'skip-generate': { type: 'boolean', default: false },
      only: { type: 'string' },
      applications: { type: 'string' },
      offers: { type: 'string' },
      iterations: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    services: positiveInteger('services', values.services, 10_000),
    duration: positiveInteger('duration', values.duration, 10),
    connections: positiveInteger('connections', values.connections, 50),
    skipGenerate: values['skip-generate'] ?? false,
    only: onlyOption(values.only),
    applications: positiveInteger('applications', values.applications, 500),
    offers: positiveInteger('offers', values.offers, 1_000_000),
    iterations: positiveInteger('iterations', values.iterations, 200),
    help: values.help ?? false,
  };
}

const info = (message: string) => process.stderr.write(`${message}\n`);

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('Usage: npm run bench -- [--services N] [--duration S] [--connections C] [--skip-generate] [--only search|developer|offers] [--applications N] [--offers N] [--iterations N]');
  process.exit(2);
}
if (options.help) {
  console.log('Usage: npm run bench -- [--services N] [--duration S] [--connections C] [--skip-generate] [--only search|developer|offers] [--applications N] [--offers N] [--iterations N]');
  process.exit(0);
}

const config = loadConfig(process.env, { logLevel: 'silent' });
const uncachedConfig = loadConfig(process.env, { logLevel: 'silent', searchCacheSeconds: 0 });
if (config.databaseUrl) {
  try {
    await ensureDatabase(config.databaseUrl, info);
  } catch (error) {
    console.error(`Serveur PostgreSQL injoignable ou base impossible à créer : ${error instanceof Error ? error.message : String(error)}`);
    console.error('Démarrez-le, par exemple : pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start');
    process.exit(1);
  }
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
  if (options.only === 'offers') {
    await migrateToLatest(db);
    valid = (await benchOffers({ db, databaseKind: database.kind, offers: options.offers, iterations: options.iterations, skipImport: options.skipGenerate, log: info })).valid;
  } else {
    if (options.skipGenerate) {
      info('Génération sautée (--skip-generate).');
    } else {
      info(`Génération du catalogue jusqu'à ${options.services} services…`);
      const report = await generateCatalogue(db, options.services, info);
      console.log(
        `Génération : ${report.servicesCreated} services et ${report.organisationsCreated} organisations créés en ${(report.milliseconds / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s` +
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
    const serverErrorReport = () =>
      [...serverErrors].map(([message, count]) => `  ${count} × ${message}`).join('\n') || '  (aucune erreur levée côté serveur)';
    /**
     * A fresh app for each scenario, so that each starts with an empty search cache; every search is
     * first requested once (must answer 200: a figure made of errors means nothing), which fills
     * the cache: the measure then runs on a hot cache, unless it outlasts the cache's lifetime.
     */
    const startApp = async (appConfig: Config, paths: readonly string[]) => {
      const app = await buildApp(appConfig, { db });
      app.addHook('onError', async (request, _reply, error) => {
        const key = `${request.url.split('?')[0]} : ${error.message}`;
        serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
      });
      const close = () => app.close();
      closers.push(close);
      for (const url of paths) {
        const response = await app.inject({ method: 'GET', url });
        if (response.statusCode !== 200) {
          throw new Error(
            `GET ${url} → ${response.statusCode} :\n${serverErrorReport()}\n` +
              "Si la base a été migrée avec une version antérieure d'une migration modifiée depuis, recréez-la.",
          );
        }
      }
      const origin = await app.listen({ host: '127.0.0.1', port: 0 });
      return {
        app,
        origin,
        async stop() {
          closers.splice(closers.indexOf(close), 1);
          await close();
        },
      };
    };

    // The reference page for (c), rendered once by the real app; all searches are checked here first.
    const referenceApp = await startApp(config, [...pagePaths, ...apiPaths]);
    const reference = await referenceApp.app.inject({ method: 'GET', url: pagePaths[1] ?? '/recherche' });
    await referenceApp.stop();
    const memory = await startMemoryServer(reference);
    closers.push(() => memory.app.close());

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
    if (config.searchCacheSeconds > 0 && warmUp + options.duration >= config.searchCacheSeconds) {
      console.log(
        `Note : échauffement + mesure (${warmUp + options.duration} s) ≥ durée du cache (${config.searchCacheSeconds} s) : ` +
          'les entrées expirent pendant la mesure et sont recalculées (par chaque requête concurrente).',
      );
    }
    const measure = async (label: string, origin: string, paths: readonly string[], seconds: number, accept: string, userAgent?: string, requests?: LoadOptions['requests']): Promise<LoadResult> => {
      const foreignBefore = await foreignShareDuring();
      info(`${label} : CPU pris par d'autres processus ${Math.round(foreignBefore * 100)} %, échauffement ${warmUp} s, mesure ${seconds} s…`);
      const load = { origin, paths, connections: options.connections, accept, userAgent, requests };
      await runLoad({ ...load, seconds: warmUp });
      return { ...(await runLoad({ ...load, seconds })), foreignBefore };
    };
    const measureApp = async (label: string, appConfig: Config, paths: readonly string[], seconds: number, accept: string, userAgent?: string) => {
      const server = await startApp(appConfig, paths);
      try {
        return await measure(label, server.origin, paths, seconds, accept, userAgent);
      } finally {
        await server.stop();
      }
    };
    const html = 'text/html';
    const json = 'application/json';
    valid = true;
    if (options.only !== 'developer') {
      const inMemory = await measure('(c) page en mémoire', memory.origin, pagePaths, options.duration, html);
      const page = await measureApp('(a) page /recherche', config, pagePaths, options.duration, html);
      const api = await measureApp('(b) API /api/v1/services', config, apiPaths, options.duration, json);
      const uncached = await measureApp('(a′) page /recherche sans cache', uncachedConfig, pagePaths, uncachedSeconds, html);
      // Service pages: a person's view is one INSERT into service_events; a robot's is not counted.
      const servicePaths = (
        await sql<{ slug: string }>`SELECT slug FROM services WHERE status = 'publie' ORDER BY id LIMIT 30`.execute(db)
      ).rows.map((row) => `/services/${row.slug}`);
      await aggregateServiceStatistics(db);
      const person = await measureApp('(d) pages service (vues comptées)', config, servicePaths, options.duration, html, BROWSER_USER_AGENT);
      const robot = await measureApp('(d′) pages service (robot, non compté)', config, servicePaths, options.duration, html);
      const folding = performance.now();
      const folded = await aggregateServiceStatistics(db);
      const foldMs = performance.now() - folding;

      const rows: Row[] = [
        { scenario: '(a) page /recherche', result: page, ratio: page.requestsPerSecond / inMemory.requestsPerSecond },
        { scenario: '(b) API /api/v1/services', result: api, ratio: api.requestsPerSecond / inMemory.requestsPerSecond },
        { scenario: '(a′) page, cache off', result: uncached, ratio: uncached.requestsPerSecond / inMemory.requestsPerSecond },
        { scenario: '(c) page en mémoire', result: inMemory, ratio: 1 },
        { scenario: '(d) page service, vue comptée', result: person, ratio: person.requestsPerSecond / inMemory.requestsPerSecond },
        { scenario: '(d′) page service, robot', result: robot, ratio: robot.requestsPerSecond / inMemory.requestsPerSecond },
      ];
      console.log('');
      printTable(rows);
      console.log(
        `Note : (c) est plafonné par le générateur de charge lui-même : autocannon accumule chaque corps de réponse dans une chaîne ` +
          `(req.body += data), ce qui coûte cher pour ${Math.round(reference.rawPayload.length / 1024)} Kio d'UTF-8 non ASCII ; sur ${os.cpus().length} cœurs ce coût ` +
          'pèse aussi sur (a) et (b).',
      );

      console.log(
        `Statistiques : ${folded.events.toLocaleString('fr-FR')} événements (vues de (d) et de l'échauffement) agrégés en ` +
          `${Math.round(foldMs).toLocaleString('fr-FR')} ms (${folded.days} lignes service × jour) ; coût du comptage : ` +
          `${Math.round((1 - person.requestsPerSecond / robot.requestsPerSecond) * 100)} % de req/s entre (d′) et (d).`,
      );
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
      const noisy = rows.filter((row) => disturbed(row.result));
      if (noisy.length) {
        console.log(
          `⚠ D'autres processus (ni ce banc, ni PostgreSQL, ni le noyau) ont pris plus de ${Math.round(MAX_FOREIGN_SHARE * 100)} % du CPU avant ou pendant ` +
            `${noisy.map((row) => row.scenario).join(', ')} : ces chiffres sont faussés, relancez sur une machine au repos.`,
        );
      }
      const pass = valid && page.requestsPerSecond >= TARGET_RPS && page.p99 <= TARGET_P99_MS;
      console.log('');
      console.log(
        `Cible (page de recherche, cache actif, PostgreSQL) : ≥ ${TARGET_RPS.toLocaleString('fr-FR')} req/s et p99 ≤ ${TARGET_P99_MS} ms → ` +
          `${Math.round(page.requestsPerSecond)} req/s, p99 ${page.p99} ms : ${pass ? 'PASS' : 'FAIL'}` +
          (database.kind === 'pglite' ? ' (PGlite : hors configuration cible)' : '') +
          (disturbed(page) ? ' (mesure perturbée par d\'autres processus)' : ''),
      );
    }
    if (options.only !== 'search') {
      const developer = await benchDeveloper({ db, applications: options.applications, duration: options.duration, startApp: () => startApp(config, []), measure, pglite: database.kind === 'pglite' });
      valid = valid && developer.valid;
    }
  }
} catch (error) {
  valid = false;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  for (const close of closers.reverse()) await close().catch((error: unknown) => console.error(error));
  await database.close();
}
process.exitCode = valid ? 0 : 1;
