/** CSV for French spreadsheets: `;` between cells, CRLF line ends, a BOM so Excel reads UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a separator, a quote or a line break (quotes doubled); text that a
 * spreadsheet would take for a formula (= + - @, tab, carriage return first) gets a leading quote.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: (string | number | null)[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}
