import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Db } from '../../../platform/db/database.js';
import { InvalidLineError, ReferentielFileError } from './import-errors.js';

/** Where an import stands, for a progress bar: bytes read out of the file's size. */
export interface ImportProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

/** Receives the data lines of one file, validates them and writes them in batches. */
export interface LineSink {
  /** Throws InvalidLineError when the line is malformed. */
  add(line: string): Promise<void>;
  /** Writes what is pending; returns the number of distinct rows per table. */
  finish(): Promise<Record<string, number>>;
}

/** One official file format, recognised by its file name. */
export interface FileImporter {
  readonly fileName: string;
  /** The header line, exactly. */
  readonly header: string;
  open(db: Db): LineSink;
}

export interface FileImportResult {
  /** Data lines read (header and empty lines excluded). */
  lines: number;
  counts: Record<string, number>;
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/**
 * Streams one file into the database inside a single transaction: a malformed line rolls the
 * whole file back and throws a ReferentielFileError naming the line.
 */
export async function importFile(
  db: Db,
  filePath: string,
  importer: FileImporter,
  onProgress?: (progress: ImportProgress) => void,
): Promise<FileImportResult> {
  const file = importer.fileName;
  const totalBytes = (await stat(filePath)).size;
  return db.transaction().execute(async (trx) => {
    const stream = createReadStream(filePath, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    const reader = createInterface({ input: stream, crlfDelay: Infinity });
    const sink = importer.open(trx);
    let lineNumber = 0;
    let dataLines = 0;
    let reported = -1;
    try {
      for await (const raw of reader) {
        lineNumber += 1;
        try {
          if (lineNumber === 1) {
            const header = raw.replace(/^\uFEFF/, '');
            if (header !== importer.header) {
              throw new InvalidLineError(`en-tête inattendu « ${shorten(header)} » (attendu « ${importer.header} »)`);
            }
          } else if (raw.trim() !== '') {
            await sink.add(raw);
            dataLines += 1;
          }
        } catch (error) {
          if (error instanceof InvalidLineError) throw new ReferentielFileError(file, lineNumber, error.message);
          throw error;
        }
        if (onProgress && stream.bytesRead !== reported) {
          reported = stream.bytesRead;
          onProgress({ file, bytesRead: reported, totalBytes });
        }
      }
      if (lineNumber === 0) throw new ReferentielFileError(file, 1, "fichier vide, ligne d'en-tête attendue");
      const counts = await sink.finish();
      onProgress?.({ file, bytesRead: totalBytes, totalBytes });
      return { lines: dataLines, counts };
    } finally {
      reader.close();
      stream.destroy();
    }
  });
}
