import { type FeedRecord, LIST_FIELDS } from './feed-record.js';

/** Splits CSV text into rows of cells (RFC 4180 quoting), keeping state across chunks. */
class CsvTokenizer {
  private cell = '';
  private row: string[] = [];
  private inQuotes = false;
  private quotePending = false; // a '"' inside quotes: either the end or the first half of '""'
  private cellStarted = false;
  delimiter: string | null = null;

  push(text: string, rows: string[][]): void {
    const delimiter = this.delimiter!;
    let cell = this.cell;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === '"') {
            cell += '"';
            continue;
          }
          this.inQuotes = false; // falls through: c is read outside quotes
        } else if (c === '"') {
          this.quotePending = true;
          continue;
        } else {
          // Fast path: copy up to the next quote.
          const next = text.indexOf('"', i);
          const end = next === -1 ? text.length : next;
          cell += text.slice(i, end);
          i = end - 1;
          continue;
        }
      }
      if (c === delimiter) {
        this.row.push(cell);
        cell = '';
        this.cellStarted = false;
      } else if (c === '\n') {
        this.row.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
        rows.push(this.row);
        this.row = [];
        cell = '';
        this.cellStarted = false;
      } else if (c === '"' && cell === '' && !this.cellStarted) {
        this.inQuotes = true;
        this.cellStarted = true;
      } else cell += c;
    }
    this.cell = cell;
  }

  end(rows: string[][]): void {
    if (this.quotePending) this.inQuotes = false;
    if (this.cell !== '' || this.row.length > 0) {
      this.row.push(this.cell.replace(/\r$/, ''));
      rows.push(this.row);
    }
    this.row = [];
    this.cell = '';
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** CSV with a header row naming Offre fields (dots for nesting). */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<FeedRecord> {
  const tokenizer = new CsvTokenizer();
  let header: string[][] | null = null;
  let pending = '';
  let record = 0;
  const rows: string[][] = [];
  const toRecord = (cells: string[]): FeedRecord => {
    const number = ++record;
    if (cells.length !== header!.length) return { record: number, error: `${cells.length} colonnes au lieu de ${header!.length}` };
    const value: Record<string, unknown> = {};
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]!;
      if (text === '') continue;
      const path = header![i]!;
      if (LIST_FIELDS.has(path[path.length - 1]!) && /^\s*[[{]/.test(text)) {
        try {
          setPath(value, path, JSON.parse(text));
        } catch {
          return { record: number, error: `colonne ${path.join('.')} : liste JSON invalide` };
        }
      } else setPath(value, path, text);
    }
    return { record: number, value };
  };
  const isBlank = (cells: string[]) => cells.length === 1 && cells[0]!.trim() === '';
  for await (const chunk of chunks) {
    if (tokenizer.delimiter === null) {
      pending += chunk;
      const newline = pending.indexOf('\n');
      if (newline === -1) continue;
      const first = pending.slice(0, newline).replace(/^\uFEFF/, '');
      tokenizer.delimiter = (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ';' : ',';
      tokenizer.push(pending.replace(/^\uFEFF/, ''), rows);
      pending = '';
    } else tokenizer.push(chunk, rows);
    for (const cells of rows) {
      if (!header) header = cells.map((name) => name.trim().split('.'));
      else if (!isBlank(cells)) yield toRecord(cells);
    }
    rows.length = 0;
  }
  if (tokenizer.delimiter === null && pending) {
    tokenizer.delimiter = pending.includes(';') || !pending.includes(',') ? ';' : ',';
    tokenizer.push(pending.replace(/^\uFEFF/, ''), rows);
  }
  tokenizer.end(rows);
  for (const cells of rows) {
    if (!header) header = cells.map((name) => name.trim().split('.'));
    else if (!isBlank(cells)) yield toRecord(cells);
  }
}
