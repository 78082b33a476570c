/**
 * `npm run import:referentiels -- --dir <dossier>`: imports the official referential files found
 * in a folder into the configured database (see src/domains/referentiels/import).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';
import {
  importReferentiels,
  REFERENTIEL_FILE_NAMES,
  ReferentielsInputError,
  type ImportProgress,
  type ReferentielFileSummary,
} from '../domains/referentiels/index.js';

const USAGE = `Usage : npm run import:referentiels -- --dir <dossier>

Importe les référentiels officiels présents dans <dossier> :
  ${REFERENTIEL_FILE_NAMES.join('\n  ')}
Chaque fichier est importé dans sa propre transaction ; relancer l'import ne crée pas de doublon.
La base est celle de DATABASE_URL, ou la base embarquée de DATA_DIR.`;

class UsageError extends Error {}

/** The folder to import, or null when help was asked for. */
function parseArguments(args: string[]): string | null {
  let dir: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') return null;
    if (arg === '--dir') {
      const value = args[(index += 1)];
      if (!value || value.startsWith('--')) throw new UsageError("l'option --dir attend un dossier");
      dir = value;
    } else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else throw new UsageError(`argument inconnu : ${arg}`);
  }
  if (!dir) throw new UsageError('indiquez le dossier des fichiers avec --dir <dossier>');
  return path.resolve(dir);
}

const size = (bytes: number) =>
  bytes < 1_000_000
    ? `${Math.ceil(bytes / 1000)} ko`
    : `${(bytes / 1_000_000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} Mo`;

/** A one-line progress bar on stderr, only when stderr is a terminal. */
function progressBar(): { update: (progress: ImportProgress) => void; clear: () => void } {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    update({ file, bytesRead, totalBytes }) {
      if (!tty) return;
      const ratio = totalBytes === 0 ? 1 : Math.min(1, bytesRead / totalBytes);
      const width = 30;
      const filled = Math.round(ratio * width);
      const line = `${file.padEnd(26)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)} % ${size(bytesRead)} / ${size(totalBytes)}`;
      process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1)}\x1b[K`);
      shown = true;
    },
    clear() {
      if (tty && shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

function summaryTable(summaries: ReferentielFileSummary[]): string {
  const rows = summaries.map((s) => [
    s.file,
    s.status === 'imported' ? 'importé' : 'ÉCHEC',
    s.lines.toLocaleString('fr-FR'),
    Object.entries(s.counts).map(([table, count]) => `${table} ${count.toLocaleString('fr-FR')}`).join(', ') || '—',
    `${(s.durationMs / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`,
  ]);
  const header = ['Fichier', 'Statut', 'Lignes', 'Enregistrements', 'Durée'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const lines = [format(header), format(widths.map((width) => '─'.repeat(width))), ...rows.map(format)];
  for (const s of summaries) if (s.error) lines.push('', `Erreur — ${s.error}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let dir: string | null;
  try {
    dir = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`Erreur : ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (dir === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    process.stderr.write(`Erreur : dossier introuvable : ${dir}\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Erreur de configuration : ${error.message}\n`);
    return 2;
  }
  const handle = await openDatabase(config, { poolSize: 2 });
  const bar = progressBar();
  try {
    await migrateToLatest(handle.db);
    const summaries = await importReferentiels(handle.db, dir, {
      onProgress: bar.update,
      log: (message) => {
        bar.clear();
        process.stderr.write(`${message}\n`);
      },
    });
    bar.clear();
    process.stdout.write(`${summaryTable(summaries)}\n`);
    return summaries.some((s) => s.status === 'failed') ? 1 : 0;
  } catch (error) {
    bar.clear();
    if (!(error instanceof ReferentielsInputError)) throw error;
    process.stderr.write(`Erreur : ${error.message}\n`);
    return 2;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
