/**
 * Feed formats read by the offers import, all as streams (memory does not grow with the file):
 * - json:  an array of Offre objects (`[{"id": "…", "intitule": "…", …}, …]`), as in the
 *          compatibility document; a top-level `{"resultats": [...]}` is not accepted.
 * - jsonl: one Offre object a line (blank lines are ignored).
 * - xml:   `<offres><offre><id>…</id><intitule>…</intitule><lieuTravail><commune>…</commune>
 *          </lieuTravail><competences><competence><libelle>…</libelle></competence></competences>
 *          …</offre>…</offres>`: child elements named like the Offre fields; list fields hold one
 *          child element per item (any name).
 * - csv:   a header row then one offer a row, `;` or `,` separated (guessed from the header),
 *          RFC 4180 quoting; columns named like the Offre fields with dots for nesting
 *          (`lieuTravail.codePostal`, `entreprise.nom`, `salaire.libelle`); list fields hold JSON
 *          (`competences` = `[{"libelle": "…"}]`); empty cells are absent values.
 * Values from XML and CSV are strings: the normaliser accepts "true"/"false" and numbers as text.
 */
export type FeedFormat = 'json' | 'jsonl' | 'xml' | 'csv';

/** One record of a feed, numbered from 1 in feed order; `error` when it could not even be parsed. */
export type FeedRecord = { record: number; value: unknown; error?: undefined } | { record: number; value?: undefined; error: string };

/** The Offre fields that are lists (XML children and CSV JSON cells). */
export const LIST_FIELDS = new Set(['formations', 'langues', 'permis', 'competences', 'qualitesProfessionnelles', 'partenaires']);

/** The format from the file name, else from the first non-blank byte. */
export function guessFormat(fileName: string, firstBytes: string): FeedFormat | null {
  const extension = /\.([a-z]+)(?:\.gz)?$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'jsonl' || extension === 'xml' || extension === 'csv') return extension;
  if (extension === 'ndjson') return 'jsonl';
  const first = firstBytes.replace(/^\uFEFF/, '').trimStart();
  if (first.startsWith('[')) return 'json';
  if (first.startsWith('{')) return 'jsonl';
  if (first.startsWith('<')) return 'xml';
  if (first.length > 0) return 'csv';
  return null;
}
