/**
 * `npm run import:offers -- --source <slug> --file <flux> [--mode complet|partiel] [--format json|jsonl|xml|csv]
 * [--source-name <nom>] [--batch <n>]`: imports a job-offer feed (see src/domains/offers/ingestion).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';
import { FeedSyntaxError } from '../domains/offers/ingestion/parsers/feed.reader.js';
import { ImportInputError, importOffers, type ImportSummary } from '../domains/offers/ingestion/import-offers.service.js';

const USAGE = `Usage : npm run import:offers -- --source <source> --file <flux> [--mode complet|partiel] [--format json|jsonl|xml|csv] [--source-name <nom>] [--batch <n>] [--progress] [--json]

Importe un flux d'offres d'emploi (tableau JSON d'objets Offre, JSON Lines, XML <offres><offre>…, CSV à en-tête).
  --mode complet   le flux contient toutes les offres de la source : celles qui n'y sont plus expirent
  --mode partiel   (par défaut) ajoute et met à jour seulement
Une source inconnue est créée comme partenaire (nommée --source-name, ou d'après son identifiant).
  --batch <n>      enregistrements par transaction (2 000 par défaut) ; --progress : une ligne par lot écrit
  --json           le bilan en JSON sur la sortie standard (avec la mémoire résidente maximale)
Relancer le même flux après une interruption reprend l'import là où il s'était arrêté.`;

class UsageError extends Error {}

interface Arguments {
  source: string; file: string; mode: 'complet' | 'partiel'; format?: 'json' | 'jsonl' | 'xml' | 'csv'; sourceName?: string; batch?: number; progress: boolean; json: boolean;
}

function parseArguments(args: string[]): Arguments | null {
  const values: Record<string, string> = {};
  let progress = false;
  let json = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--help' || arg === '-h') return null;
    if (arg === '--progress' || arg === '--json') {
      if (arg === '--progress') progress = true;
      else json = true;
      continue;
    }
    const match = /^--(source|file|mode|format|source-name|batch)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`argument inconnu : ${arg}`);
    const value = match[2] ?? args[++index];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`l'option --${match[1]} attend une valeur`);
    values[match[1]!] = value;
  }
  if (!values.source) throw new UsageError('indiquez la source avec --source <source>');
  if (!values.file) throw new UsageError('indiquez le fichier avec --file <flux>');
  const mode = values.mode ?? 'partiel';
  if (mode !== 'complet' && mode !== 'partiel') throw new UsageError('--mode vaut complet ou partiel');
  const format = values.format;
  if (format !== undefined && !['json', 'jsonl', 'xml', 'csv'].includes(format)) throw new UsageError('--format vaut json, jsonl, xml ou csv');
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 50_000)) throw new UsageError('--batch : un entier de 1 à 50 000');
  return { source: values.source, file: path.resolve(values.file), mode, format: format as Arguments['format'], sourceName: values['source-name'], batch, progress, json };
}

const n = (value: number) => value.toLocaleString('fr-FR');

function summary(s: ImportSummary): string {
  const lines = [
    `Import n° ${s.importId} — source ${s.source}, format ${s.format}, mode ${s.mode}${s.resumedAfter ? ` (reprise après ${n(s.resumedAfter)} enregistrements)` : ''}`,
    `Enregistrements : ${n(s.records)}  créées : ${n(s.created)}  mises à jour : ${n(s.updated)}  inchangées : ${n(s.unchanged)}  fusionnées : ${n(s.merged)}  rejetées : ${n(s.rejected)}  expirées : ${n(s.expired)}`,
    `Durée : ${(s.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s — ${n(s.recordsPerSecond)} enregistrements/s — mémoire ${Math.round(process.memoryUsage().rss / 1e6)} Mo`,
  ];
  for (const r of s.rejections.slice(0, 20)) lines.push(`  rejet : enregistrement ${r.record}, ${r.field} : ${r.reason}`);
  if (s.rejected > 20) lines.push(`  … ${n(s.rejected - 20)} autres rejets (les 1 000 premiers sont enregistrés avec l'import)`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args: Arguments | null;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`Erreur : ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!(await stat(args.file).catch(() => null))?.isFile()) {
    process.stderr.write(`Erreur : fichier introuvable : ${args.file}\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Erreur de configuration : ${error.message}\n`);
    return 2;
  }
  const handle = await openDatabase(config, { poolSize: 3 });
  try {
    await migrateToLatest(handle.db);
    let last = 0;
    const result = await importOffers(handle.db, {
      source: args.source, file: args.file, mode: args.mode, format: args.format, sourceName: args.sourceName, batchSize: args.batch,
      concurrency: handle.kind === 'postgres' ? 2 : 1,
      onBatch: ({ records }) => {
        if (args.progress) process.stderr.write(`lot enregistré : ${records} enregistrements\n`);
        else if (process.stderr.isTTY && records - last >= 50_000) {
          last = records;
          process.stderr.write(`\r${n(records)} enregistrements…`);
        }
      },
    });
    if (process.stderr.isTTY && last) process.stderr.write('\r\x1b[K');
    if (args.json) process.stdout.write(`${JSON.stringify({ ...result, rejections: result.rejections.length, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
    else process.stdout.write(`${summary(result)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportInputError) && !(error instanceof FeedSyntaxError)) throw error;
    process.stderr.write(`Erreur : ${error.message}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
