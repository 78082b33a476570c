import type { LoadResult } from './load.js';
import { MAX_FOREIGN_SHARE } from './machine.js';

export interface Row {
  scenario: string;
  result: LoadResult;
  /** req/s of this scenario divided by req/s of the page served from memory. */
  ratio: number;
}

const number = (value: number, digits = 0) => value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const disturbed = (result: LoadResult) => Math.max(result.foreignBefore ?? 0, result.foreignDuring ?? 0) > MAX_FOREIGN_SHARE;

const foreign = (result: LoadResult) =>
  `${disturbed(result) ? '⚠ ' : ''}${number((result.foreignBefore ?? 0) * 100)} % / ${number((result.foreignDuring ?? 0) * 100)} %`;

/** The results table, aligned for a terminal. */
export function printTable(rows: readonly Row[]): void {
  const header = ['scénario', 'durée', 'requêtes', 'req/s (moy.)', 'p50 ms', 'p99 ms', 'erreurs', 'non-2xx', '÷ mémoire', 'CPU autres avant/pendant'];
  const lines = rows.map(({ scenario, result, ratio }) => [
    scenario,
    `${number(result.seconds, 1)} s`,
    number(result.requests),
    number(result.requestsPerSecond),
    number(result.p50),
    number(result.p99),
    number(result.errors),
    number(result.non2xx),
    `${number(ratio, 2)}`,
    foreign(result),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}
