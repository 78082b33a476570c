import type { FeedOffer } from './feed-offer.js';

export type FeedFormat = 'json' | 'jsonl' | 'xml' | 'csv';

/**
 * Serialises offers in the formats the import reads (see ingestion/parsers/feed-record.ts):
 * a JSON array, JSON Lines, `<offres><offre>…</offre></offres>` XML with one child element per
 * list item, or `;`-separated CSV with dotted column names and list fields as JSON cells.
 */
export interface FeedSerializer {
  header: string;
  record(offer: FeedOffer, index: number): string;
  footer: string;
}

/** The CSV columns: every field the generator writes, nested ones with dots. */
export const CSV_COLUMNS = [
  'id', 'intitule', 'description', 'dateCreation', 'dateActualisation', 'dateFin',
  'lieuTravail.libelle', 'lieuTravail.latitude', 'lieuTravail.longitude', 'lieuTravail.codePostal', 'lieuTravail.commune',
  'romeCode', 'romeLibelle', 'appellationlibelle',
  'entreprise.nom', 'entreprise.description', 'entreprise.url', 'entreprise.entrepriseAdaptee',
  'typeContrat', 'typeContratLibelle', 'natureContrat', 'experienceExige', 'experienceLibelle', 'experienceCommentaire',
  'formations', 'langues', 'permis', 'competences', 'qualitesProfessionnelles',
  'salaire.libelle', 'salaire.commentaire', 'salaire.complement1', 'salaire.complement2',
  'dureeTravailLibelle', 'dureeTravailLibelleConverti', 'alternance',
  'contact.nom', 'contact.coordonnees1', 'contact.courriel', 'contact.telephone', 'contact.urlPostulation',
  'nombrePostes', 'accessibleTH', 'qualificationCode', 'qualificationLibelle', 'codeNAF', 'secteurActivite', 'secteurActiviteLibelle',
  'trancheEffectifEtab', 'origineOffre.origine', 'origineOffre.urlOrigine', 'origineOffre.partenaires', 'offresManqueCandidats',
  'employeurHandiEngage', 'offresMRS',
] as const;
const CSV_PATHS = CSV_COLUMNS.map((column) => column.split('.'));

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[;"\n\r,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRecord(offer: FeedOffer): string {
  let line = '';
  for (let i = 0; i < CSV_PATHS.length; i++) {
    const path = CSV_PATHS[i]!;
    let value: unknown = offer;
    for (const key of path) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key];
    line += (i ? ';' : '') + csvCell(value);
  }
  return `${line}\n`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
/** Characters XML 1.0 cannot hold at all (control characters). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const stripInvalid = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const ITEM_NAMES: Record<string, string> = {
  formations: 'formation',
  langues: 'langue',
  permis: 'permis',
  competences: 'competence',
  qualitesProfessionnelles: 'qualiteProfessionnelle',
  partenaires: 'partenaire',
};

function xmlElement(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xmlElement(ITEM_NAMES[name] ?? 'element', item)).join('')}</${name}>`;
  if (typeof value === 'object') {
    let inner = '';
    for (const [key, child] of Object.entries(value)) inner += xmlElement(key, child);
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(stripInvalid(String(value)))}</${name}>`;
}

export function feedSerializer(format: FeedFormat): FeedSerializer {
  switch (format) {
    case 'jsonl':
      return { header: '', record: (offer) => `${JSON.stringify(offer)}\n`, footer: '' };
    case 'json':
      return { header: '[\n', record: (offer, index) => `${index ? ',\n' : ''}${JSON.stringify(offer)}`, footer: '\n]\n' };
    case 'xml':
      return { header: '<?xml version="1.0" encoding="UTF-8"?>\n<offres>\n', record: (offer) => `${xmlElement('offre', offer)}\n`, footer: '</offres>\n' };
    case 'csv':
      return { header: `${CSV_COLUMNS.join(';')}\n`, record: csvRecord, footer: '' };
  }
}
