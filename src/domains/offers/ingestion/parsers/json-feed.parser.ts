import type { FeedRecord } from './feed-record.js';

function parse(text: string, record: number): FeedRecord {
  try {
    return { record, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { record, error: `JSON invalide : ${(error as Error).message}` };
  }
}

/** JSON Lines: one record a non-blank line. */
export async function* parseJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<FeedRecord> {
  let rest = '';
  let record = 0;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end).trim();
      start = end + 1;
      if (line) yield parse(line, ++record);
    }
    rest = text.slice(start);
  }
  const last = rest.trim();
  if (last) yield parse(last, record + 1);
}

export class FeedSyntaxError extends Error {}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

/**
 * A JSON array of records, read incrementally: a small tokenizer follows strings and nesting to
 * cut each top-level element out of the stream, then JSON.parse reads that element alone (a
 * malformed element is a rejected record; the rest of the array is still read).
 */
export async function* parseJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<FeedRecord> {
  let opened = false;
  let closed = false;
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let inElement = false;
  let parts: string[] = [];
  let record = 0;
  for await (const chunk of chunks) {
    let start = inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (!opened) {
        if (WHITESPACE.has(c)) continue;
        if (c !== 0x5b) throw new FeedSyntaxError('le fichier JSON doit contenir un tableau d’offres ([…])');
        opened = true;
        continue;
      }
      if (closed) {
        if (!WHITESPACE.has(c)) throw new FeedSyntaxError('contenu inattendu après la fin du tableau JSON');
        continue;
      }
      if (!inElement) {
        if (WHITESPACE.has(c) || c === 0x2c) continue;
        if (c === 0x5d) {
          closed = true;
          continue;
        }
        inElement = true;
        start = i;
        depth = 0;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d || c === 0x2c) {
        if (depth === 0) {
          // The end of a scalar element: ',' or ']' ends it and is not part of it.
          parts.push(chunk.slice(start, i));
          yield parse(parts.join(''), ++record);
          parts = [];
          inElement = false;
          if (c === 0x5d) closed = true;
          continue;
        }
        if (c !== 0x2c) {
          depth--;
          if (depth === 0) {
            parts.push(chunk.slice(start, i + 1));
            yield parse(parts.join(''), ++record);
            parts = [];
            inElement = false;
          }
        }
      }
    }
    if (inElement) parts.push(chunk.slice(start));
  }
  if (!opened) return;
  if (!closed) throw new FeedSyntaxError('fin de fichier avant la fin du tableau JSON (])');
}
