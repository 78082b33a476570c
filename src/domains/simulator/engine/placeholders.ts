// Placeholders in scenario texts: {metier} (the player's job title) and {entreprise} (company name).
export const PLACEHOLDERS = ['metier', 'entreprise'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{([a-zA-Z_]+)\}/g;

/** Fills the known placeholders; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text.replace(PATTERN, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

/** Names of the placeholders used in a text that are not known. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1] ?? '').filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}
