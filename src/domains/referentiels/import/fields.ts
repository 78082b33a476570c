import { InvalidLineError } from './import-errors.js';

/** Field checks shared by the line parsers; each returns the clean value or throws a French reason. */

export function expectFieldCount(fields: string[], expected: number): void {
  if (fields.length !== expected) throw new InvalidLineError(`${fields.length} champ(s) au lieu de ${expected}`);
}

function matching(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new InvalidLineError(`${what} « ${value} » invalide`);
  return value;
}

export const romeCode = (value: string) => matching(value.trim(), /^[A-N]\d{4}$/, 'code ROME');
export const ogrCode = (value: string) => matching(value.trim(), /^\d{1,9}$/, 'code OGR');
export const inseeCode = (value: string) => matching(value.trim(), /^(\d{5}|2[AB]\d{3})$/, 'code INSEE');
export const postalCode = (value: string) => matching(value.trim(), /^\d{5}$/, 'code postal');
export const nafCode = (value: string) => matching(value.trim(), /^\d{4}[A-Z]$/, 'code NAF');

/** A non-empty label, trimmed, inner spaces collapsed. */
export function label(value: string, what = 'libellé'): string {
  const clean = value.trim().replace(/\s+/g, ' ');
  if (clean === '') throw new InvalidLineError(`${what} vide`);
  return clean;
}

/** The ROME and OGR exports write "; " where the official labels have ", ". */
export function romeLabel(value: string): string {
  return label(value).replace(/\s*;\s*/g, ', ');
}

/** A blank cell: empty or spaces (the tree file writes a single space). */
export const isBlank = (value: string) => value.trim() === '';

/** `lat,lon` in degrees, or null when the cell is empty. */
export function coordinates(value: string): { latitude: number; longitude: number } | null {
  const raw = value.trim();
  if (raw === '') return null;
  const match = /^(-?\d{1,3}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
  const latitude = Number(match?.[1]);
  const longitude = Number(match?.[2]);
  if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new InvalidLineError(`coordonnées GPS « ${raw} » invalides (attendu « latitude,longitude » en degrés)`);
  }
  return { latitude, longitude };
}

/** The fields of a `|`-separated line (these exports never quote), checked for their number. */
export function pipeFields(line: string, expected: number): string[] {
  const fields = line.split('|');
  expectFieldCount(fields, expected);
  return fields;
}
