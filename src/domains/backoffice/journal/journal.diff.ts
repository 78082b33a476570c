import { auditFieldLabel } from '../../../platform/audit/audit.labels.js';

export interface DiffRow {
  /** Dotted path in the recorded JSON, e.g. « name » or « contact.email ». */
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Shown for a field that one side does not have. */
export const ABSENT = '—';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A recorded value as people read it. */
export function displayValue(value: unknown): string {
  if (value === undefined) return ABSENT;
  if (value === null) return '(vide)';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'string') return value === '' ? '(vide)' : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : displayValue(item))).join(', ') : '(aucun)';
  return JSON.stringify(value);
}

/** Leaves of a JSON value by dotted path (a top-level scalar is the field « valeur »). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || value === undefined) return into;
  if (!isPlainObject(value)) {
    into.set(prefix || 'valeur', value);
    return into;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(child) && Object.keys(child).length) flatten(child, path, into);
    else into.set(path, child);
  }
  return into;
}

const labelOf = (path: string) => path.split('.').map((part) => auditFieldLabel(part) ?? part).join(' › ');

/**
 * The field-by-field comparison of an entry's before and after (JSON), in the order the fields
 * were recorded: every field of either side, each marked changed or not.
 */
export function diffAudit(before: unknown, after: unknown): DiffRow[] {
  const left = flatten(before);
  const right = flatten(after);
  const fields = [...new Set([...left.keys(), ...right.keys()])];
  return fields.map((field) => {
    const a = left.has(field) ? displayValue(left.get(field)) : ABSENT;
    const b = right.has(field) ? displayValue(right.get(field)) : ABSENT;
    const changed = JSON.stringify(left.get(field)) !== JSON.stringify(right.get(field));
    return { field, label: labelOf(field), before: a, after: b, changed };
  });
}
