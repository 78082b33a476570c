import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../../platform/db/database.js';
import { importFile, type FileImporter, type ImportProgress } from './file-importer.js';
import { ReferentielFileError, ReferentielsInputError } from './import-errors.js';
import { laposteImporter } from './laposte.import.js';
import { nafLabelsImporter } from './naf-labels.import.js';
import { ogrLabelsImporter } from './ogr-labels.import.js';
import { ogrRomeMappingImporter } from './ogr-rome-mapping.import.js';
import { romeLabelsImporter } from './rome-labels.import.js';
import { romeTreeImporter } from './rome-tree.import.js';

/** The official files this import knows, in import order (any order would give the same result). */
export const REFERENTIEL_IMPORTERS: readonly FileImporter[] = [
  romeLabelsImporter,
  ogrLabelsImporter,
  ogrRomeMappingImporter,
  romeTreeImporter,
  laposteImporter,
  nafLabelsImporter,
];

export const REFERENTIEL_FILE_NAMES = REFERENTIEL_IMPORTERS.map((importer) => importer.fileName);

export interface ReferentielFileSummary {
  file: string;
  status: 'imported' | 'failed';
  /** Data lines read; 0 when the file failed (nothing of it was kept). */
  lines: number;
  /** Distinct rows written per table. */
  counts: Record<string, number>;
  durationMs: number;
  /** French reason of the failure, with the line number when a line is at fault. */
  error?: string;
}

export interface ImportReferentielsOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Notes for the operator (ignored files, failures), in French. */
  log?: (message: string) => void;
}

async function listFolder(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new ReferentielsInputError(`dossier introuvable : ${dir}`);
  if (!info.isDirectory()) throw new ReferentielsInputError(`${dir} n'est pas un dossier`);
  return readdir(dir);
}

/**
 * Imports the official files found in `dir`, each in its own transaction: a file that fails is
 * rolled back and reported, the others are still imported. Upserts make it safe to run again.
 */
export async function importReferentiels(db: Db, dir: string, options: ImportReferentielsOptions = {}): Promise<ReferentielFileSummary[]> {
  const log = options.log ?? (() => {});
  const entries = await listFolder(dir);
  const present = REFERENTIEL_IMPORTERS.filter((importer) => entries.includes(importer.fileName));
  if (present.length === 0) {
    throw new ReferentielsInputError(`aucun fichier de référentiel reconnu dans ${dir} (attendus : ${REFERENTIEL_FILE_NAMES.join(', ')})`);
  }
  for (const name of entries.filter((entry) => !entry.startsWith('.') && !REFERENTIEL_FILE_NAMES.includes(entry)).sort()) {
    log(`fichier non reconnu, ignoré : ${name}`);
  }
  for (const name of REFERENTIEL_FILE_NAMES.filter((name) => !entries.includes(name))) log(`fichier absent : ${name}`);

  const summaries: ReferentielFileSummary[] = [];
  for (const importer of present) {
    const started = performance.now();
    const file = importer.fileName;
    try {
      const { lines, counts } = await importFile(db, path.join(dir, file), importer, options.onProgress);
      summaries.push({ file, status: 'imported', lines, counts, durationMs: Math.round(performance.now() - started) });
    } catch (error) {
      const failure =
        error instanceof ReferentielFileError
          ? error
          : new ReferentielFileError(file, null, error instanceof Error ? error.message : String(error), { cause: error });
      log(`échec, rien n'a été importé de ce fichier — ${failure.message}`);
      summaries.push({ file, status: 'failed', lines: 0, counts: {}, durationMs: Math.round(performance.now() - started), error: failure.message });
    }
  }
  return summaries;
}
