import type { LoadResult } from './load.js';
import { QUIET_IDLE_SHARE } from './machine.js';

export interface Row {
  scenario: string;
  result: LoadResult;
  /** req/s of this scenario divided by req/s of the page served from memory. */
  ratio: number;
}

const number = (value: number, digits = 0) => value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The results table, aligned for a terminal. */
export function printTable(rows: readonly Row[]): void {
  const header = ['scénario', 'durée', 'requêtes', 'req/s (moy.)', 'p50 ms', 'p99 ms', 'erreurs', 'non-2xx', '÷ mémoire', 'CPU libre avant'];
  const lines = rows.map(({ scenario, result, ratio }) => [
    scenario,
    `${result.seconds} s`,
    number(result.requests),
    number(result.requestsPerSecond),
    number(result.p50),
    number(result.p99),
    number(result.errors),
    number(result.non2xx),
    `${number(ratio, 2)}`,
    result.idleBefore === undefined ? '' : `${result.idleBefore < QUIET_IDLE_SHARE ? '⚠ ' : ''}${number(result.idleBefore * 100)} %`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}
