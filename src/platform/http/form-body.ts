/** A lenient body schema for HTML forms: fields are validated by the domain, which re-renders with messages. */
export function formBodySchema(fields: readonly string[]) {
  return {
    type: 'object',
    properties: Object.fromEntries([...fields, '_csrf'].map((field) => [field, { type: 'string', maxLength: 100_000 }])),
  } as const;
}

export type FormBody<K extends string> = Partial<Record<K | '_csrf', string>>;

/** A local path to go back to after a form (never another site: no open redirect). */
export function safeReturnPath(value: string | undefined, fallback = '/mon-espace'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return fallback;
  return value;
}
