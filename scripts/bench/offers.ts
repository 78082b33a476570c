import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';
import { DEMO_PARTNER_SOURCES, loadGeneratorReferentials, writeFeed } from '../../src/domains/offers/generator/index.js';
import { importReferentiels, seedReferentielsDemo } from '../../src/domains/referentiels/index.js';
import { foreignShareDuring, MAX_FOREIGN_SHARE } from './machine.js';
import { benchOffersSearch } from './offers-search.js';

/** Import targets on PostgreSQL, 1M offers, this 2-core machine. */
export const TARGET_IMPORT_PER_SECOND = 20_000;
export const TARGET_IMPORT_RSS_MB = 300;
const SOURCE = 'bench-offres';
const ROOT = path.resolve(import.meta.dirname, '../..');
const FEED_DIR = path.join(ROOT, 'tmp', 'bench');
/** The official referentials, next to the project on the team's machines (absent from a user's clone). */
const SHARED_REFERENTIELS = path.resolve(ROOT, '..', 'shared', 'data', 'referentiels');

export interface OffersBenchOptions {
  db: Db;
  databaseKind: 'postgres' | 'pglite';
  /** Offers in the feed (1,000,000 for the targets; CI runs a few thousand). */
  offers: number;
  /** Measured searches per scenario. */
  iterations: number;
  /** Search what the database holds, without generating or importing. */
  skipImport: boolean;
  log: (message: string) => void;
}

interface ImportResult {
  records: number;
  created: number;
  merged: number;
  rejected: number;
  durationMs: number;
  recordsPerSecond: number;
  maxRssBytes: number;
}

/** The whole referentials when they can be had (the real communes make the distances real), else the demo subset. */
async function ensureReferentials(db: Db, log: (message: string) => void): Promise<string> {
  const { rows: [row] } = await sql<{ communes: number; titles: number }>`
    SELECT (SELECT count(*) FROM communes)::int AS communes, (SELECT count(*) FROM rome_appellations)::int AS titles`.execute(db);
  if ((row?.communes ?? 0) > 30_000 && (row?.titles ?? 0) > 10_000) return 'complets';
  if (existsSync(SHARED_REFERENTIELS)) {
    log(`Référentiels : import de ${SHARED_REFERENTIELS}…`);
    await importReferentiels(db, SHARED_REFERENTIELS);
    return 'complets';
  }
  await seedReferentielsDemo(db);
  log('Référentiels officiels absents : sous-ensemble de démonstration (les chiffres ne sont pas ceux de la cible).');
  return 'démonstration';
}

/** The feed of `count` offers, seed 1, dated today: generated once a day, kept in tmp/bench. */
async function ensureFeed(db: Db, count: number, log: (message: string) => void): Promise<string> {
  const day = new Date().toISOString().slice(0, 10);
  const file = path.join(FEED_DIR, `offres-${count}-${day}.jsonl`);
  if ((await stat(file).catch(() => null))?.isFile()) return file;
  await mkdir(FEED_DIR, { recursive: true });
  for (const old of (await readdir(FEED_DIR)).filter((name) => /^offres-\d+-[\d-]+\.jsonl(\.tmp)?$/.test(name))) await rm(path.join(FEED_DIR, old));
  log(`Génération du flux de ${count.toLocaleString('fr-FR')} offres (${file})…`);
  const started = performance.now();
  const referentials = await loadGeneratorReferentials(db);
  const source = { ...DEMO_PARTNER_SOURCES[0]!, slug: SOURCE, name: 'Banc d’essai' };
  const summary = await writeFeed({
    count, seed: 1, sources: [source], referentials, now: Date.parse(`${day}T12:00:00Z`), duplicates: 0, malformed: 0.001, format: 'jsonl', out: `${file}.tmp`,
  });
  await rename(summary.sources[0]!.file!, file);
  const seconds = (performance.now() - started) / 1000;
  log(`  ${Math.round(count / seconds).toLocaleString('fr-FR')} offres/s, ${Math.round((await stat(file)).size / 1e6).toLocaleString('fr-FR')} Mo`);
  return file;
}

/** Peak resident memory (VmHWM) of a running process, in bytes, or 0 once it has ended. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `npm run import:offers` as a user runs it (its own process, its own heap cap), with its peak memory. */
async function runImport(file: string): Promise<ImportResult> {
  const script = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['import:offers'] as string;
  const args = script.replace(/^node\s+/, '').split(/\s+/);
  const child = spawn(process.execPath, [...args, '--source', SOURCE, '--source-name', 'Banc d’essai', '--file', file, '--mode', 'complet', '--json'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: process.env,
  });
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 200);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`l'import s'est arrêté avec le code ${code} : ${out}`);
  const result = JSON.parse(out.trim().split('\n').pop()!) as ImportResult;
  return { ...result, maxRssBytes: Math.max(result.maxRssBytes, peak) };
}

/**
 * Job offers: a synthetic feed of N offers imported into emptied offers tables by the import
 * command (its rate and peak memory), then the searches measured on what it loaded, side by side
 * with their bare SQL. The offers tables of the configured database are emptied first: use a
 * database of its own.
 */
export async function benchOffers(options: OffersBenchOptions): Promise<{ valid: boolean }> {
  const { db, log } = options;
  if (options.skipImport) {
    log('Import sauté (--skip-generate) : recherche sur les offres déjà en base.');
    return { valid: (await benchOffersSearch({ db, iterations: options.iterations, log })).valid };
  }
  const referentials = await ensureReferentials(db, log);
  const file = await ensureFeed(db, options.offers, log);
  log('Vidage des tables d’offres de la base du banc…');
  await sql`TRUNCATE job_offer_listings, saved_offers, offer_alerts, offer_imports, job_offers`.execute(db);
  const foreign = await foreignShareDuring();
  log(`Import (${options.offers.toLocaleString('fr-FR')} offres ; CPU pris par d'autres processus avant : ${Math.round(foreign * 100)} %)…`);
  const load = os.loadavg()[0]!;
  const result = await runImport(file);
  const rssMb = result.maxRssBytes / 1e6;
  const perSecond = (result.records * 1000) / result.durationMs;
  console.log('');
  console.log(`Offres d'emploi : référentiels ${referentials}, base ${options.databaseKind === 'postgres' ? 'serveur PostgreSQL' : 'PGlite embarqué'}, charge moyenne avant l'import ${load.toFixed(2)}`);
  console.log(
    `Import : ${result.records.toLocaleString('fr-FR')} enregistrements (${result.created.toLocaleString('fr-FR')} créés, ${result.rejected} rejetés) en ` +
      `${(result.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s : ${Math.round(perSecond).toLocaleString('fr-FR')} offres/s, ` +
      `mémoire résidente maximale ${Math.round(rssMb)} Mo`,
  );
  const importPass = perSecond >= TARGET_IMPORT_PER_SECOND && rssMb <= TARGET_IMPORT_RSS_MB;
  console.log(`Cible import (PostgreSQL, 1 M offres) : ≥ ${TARGET_IMPORT_PER_SECOND.toLocaleString('fr-FR')} offres/s et ≤ ${TARGET_IMPORT_RSS_MB} Mo → ${importPass ? 'PASS' : 'FAIL'}`);
  if (foreign > MAX_FOREIGN_SHARE) console.log(`⚠ D'autres processus prenaient ${Math.round(foreign * 100)} % du CPU avant l'import : chiffres faussés.`);
  console.log('');
  const search = await benchOffersSearch({ db, iterations: options.iterations, log });
  const valid = result.records === options.offers && result.created > 0 && search.valid;
  if (!valid) console.log('INVALIDE : import incomplet ou aucune offre active à chercher.');
  return { valid };
}
