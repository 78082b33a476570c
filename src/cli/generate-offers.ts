/**
 * `npm run generate:offers -- --count 1000000 --seed 1 [--out fichier] [--format jsonl|json|xml|csv]
 * [--duplicates 0.05] [--malformed 0] [--sources a,b,c] [--date AAAA-MM-JJ] [--referentiels auto|base|integres]`:
 * writes a synthetic feed of job offers (see src/domains/offers/generator).
 */
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { embeddedReferentials, type FeedFormat, type GeneratorReferentials, loadGeneratorReferentials, sourceFromSlug, writeFeed } from '../domains/offers/generator/index.js';

const USAGE = `Usage : npm run generate:offers -- --count <n> [--seed <n>] [--out <fichier>] [--format jsonl|json|xml|csv]
       [--duplicates 0.05] [--malformed 0] [--sources a,b,c] [--date AAAA-MM-JJ] [--referentiels auto|base|integres]

Écrit un flux synthétique d'offres d'emploi (objets Offre de l'API « Offres d'emploi v2 », id = identifiant
chez la source). Avec plusieurs sources, un fichier par source : offres.jsonl → offres.<source>.jsonl.
Sans --out, le flux (une seule source) est écrit sur la sortie standard.
  --duplicates  part des offres republiées par une autre source (défaut 0.05)
  --malformed   part des enregistrements invalides (défaut 0)
  --sources     sources (défaut emploi-direct) ; « agence » est l'agence elle-même
  --date        les offres sont créées dans les 60 jours précédant cette date (défaut aujourd'hui)
  --referentiels  métiers et communes lus dans la base (auto : si elle est remplie) ou intégrés`;

class UsageError extends Error {}

interface Arguments {
  count: number;
  seed: number;
  out: string | null;
  format: FeedFormat;
  duplicates: number;
  malformed: number;
  sources: string[];
  now: number;
  referentiels: 'auto' | 'base' | 'integres';
}

function parseArguments(args: string[]): Arguments | null {
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--help' || arg === '-h') return null;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`argument inconnu : ${arg}`);
    const value = match[2] ?? args[++index];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`l'option --${match[1]} attend une valeur`);
    values.set(match[1]!, value);
  }
  const known = ['count', 'seed', 'out', 'format', 'duplicates', 'malformed', 'sources', 'date', 'referentiels'];
  for (const key of values.keys()) if (!known.includes(key)) throw new UsageError(`option inconnue : --${key}`);
  const integer = (key: string, fallback: number, max: number) => {
    const text = values.get(key);
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) > max) throw new UsageError(`--${key} attend un entier entre 0 et ${max}`);
    return Number(text);
  };
  const share = (key: string, fallback: number) => {
    const text = values.get(key);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!/^\d*\.?\d+$/.test(text) || value > 0.5) throw new UsageError(`--${key} attend une part entre 0 et 0.5`);
    return value;
  };
  const out = values.get('out') ?? null;
  const format = values.get('format') ?? (out ? path.extname(out).slice(1) : 'jsonl');
  if (!['jsonl', 'json', 'xml', 'csv'].includes(format)) throw new UsageError('--format attend jsonl, json, xml ou csv');
  const date = values.get('date');
  const now = date ? Date.parse(`${date}T00:00:00Z`) : Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(now)) throw new UsageError('--date attend une date AAAA-MM-JJ');
  const referentiels = values.get('referentiels') ?? 'auto';
  if (!['auto', 'base', 'integres'].includes(referentiels)) throw new UsageError('--referentiels attend auto, base ou integres');
  const sources = (values.get('sources') ?? 'emploi-direct').split(',').map((s) => s.trim()).filter(Boolean);
  if (!sources.length || new Set(sources).size !== sources.length) throw new UsageError('--sources attend des sources distinctes');
  if (!out && sources.length > 1) throw new UsageError('avec plusieurs sources, indiquez un fichier avec --out');
  return {
    count: integer('count', 1000, 100_000_000),
    seed: integer('seed', 1, 2 ** 31),
    out: out ? path.resolve(out) : null,
    format: format as FeedFormat,
    duplicates: share('duplicates', 0.05),
    malformed: share('malformed', 0),
    sources,
    now,
    referentiels: referentiels as Arguments['referentiels'],
  };
}

async function referentialsFor(choice: Arguments['referentiels']): Promise<GeneratorReferentials> {
  if (choice === 'integres') return embeddedReferentials();
  const config = loadConfig();
  const database = await openDatabase(config, { poolSize: 1 }).catch((error: unknown) => {
    if (choice === 'base') throw error;
    return null;
  });
  if (!database) return embeddedReferentials();
  try {
    return await loadGeneratorReferentials(database.db);
  } catch (error) {
    if (choice === 'base') throw error;
    return embeddedReferentials();
  } finally {
    await database.close();
  }
}

try {
  const args = parseArguments(process.argv.slice(2));
  if (!args) console.log(USAGE);
  else {
    const sources = args.sources.map(sourceFromSlug);
    const referentials = await referentialsFor(args.referentiels);
    const summary = await writeFeed({ ...args, sources, referentials });
    const rate = Math.round(summary.records / (summary.milliseconds / 1000));
    const lines = [
      `${summary.records} offres générées en ${(summary.milliseconds / 1000).toFixed(1)} s (${rate} par seconde), ${(summary.bytes / 1e6).toFixed(1)} Mo`,
      `  originales ${summary.originals}, republiées ${summary.duplicates}, invalides ${summary.malformed}`,
      `  métiers et communes : ${referentials.origin === 'database' ? 'base de données' : 'liste intégrée'} (${referentials.jobTitles.length} métiers, ${referentials.communes.length} communes)`,
      ...summary.sources.map((s) => `  ${s.slug} : ${s.records} offres${s.file ? ` → ${s.file}` : ''}`),
    ];
    console.error(lines.join('\n'));
  }
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
