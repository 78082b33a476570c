/**
 * JSON text with object keys sorted at every level: two documents are the same content exactly when
 * their canonical texts are equal (PostgreSQL's jsonb gives keys back in its own order).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Keys in the order authors read a scenario document (unknown keys after, alphabetically; `steps` last). */
const READING_ORDER = [
  'schemaVersion', 'id', 'kind', 'title', 'summary', 'name', 'role', 'company', 'description', 'avatar', 'romeCodes', 'interviewKinds', 'persona', 'competencies',
  'resources', 'start', 'speaker', 'type', 'src', 'alt', 'captions', 'lang', 'label', 'transcript', 'poster', 'text', 'prompt', 'hint', 'media', 'assesses',
  'minLength', 'maxLength', 'choices', 'effects', 'feedback', 'next', 'branches', 'when', 'goto', 'otherwise', 'score', 'op', 'value', 'interviewKind', 'all',
  'any', 'not', 'outcome', 'steps',
];
const rank = (key: string) => {
  const index = READING_ORDER.indexOf(key);
  return index < 0 ? READING_ORDER.length - 1.5 : index;
};

function readingOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readingOrder);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map((key) => [key, readingOrder((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Indented JSON with the keys in reading order (jsonb gives them back in its own order): for exports. */
export function readableJson(value: unknown): string {
  return `${JSON.stringify(readingOrder(value), null, 2)}\n`;
}
