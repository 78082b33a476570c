import { createHash } from 'node:crypto';
/** Field-level readers of the Offre object: codes, dates, experience, salary, working time. */
import { NIVEAUX_FORMATIONS, PERMIS } from '../api/referentiels.vocabulary.js';

/** Lower case, no accents, letters and digits separated by single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A job title folded for matching, without the gender marks ("(H/F)", "H/F", "F/H"). */
export function foldTitle(text: string): string {
  return fold(text.replace(/\(?\s*\b[hf]\s*\/\s*[hf]\b\s*\)?/gi, ' '));
}

/**
 * The deduplication key of an offer: the same employer, job title and commune (folded) give the
 * same key, stored as a 128-bit digest (22 characters) so that its index stays small enough to
 * be read from memory during big imports. Without an employer nothing says two offers are the
 * same: the key is `~` and `unique` (never a digest, which has no `~`).
 */
export function offerDedupKey(row: { company_name: string | null; intitule: string; commune_code: string | null; place_label: string | null }, unique: string): string {
  if (!row.company_name) return `~${unique}`;
  const place = row.commune_code ?? (row.place_label ? fold(row.place_label) : '');
  return createHash('sha256').update(`${fold(row.company_name)}|${foldTitle(row.intitule)}|${place}`).digest('base64url').slice(0, 22);
}

/** The contract types of the referential (typesContrats), with the labels partners write. */
export const CONTRACT_TYPES: Record<string, string> = {
  CDI: 'Contrat à durée indéterminée',
  CDD: 'Contrat à durée déterminée',
  MIS: 'Mission intérimaire',
  SAI: 'Contrat travail saisonnier',
  LIB: 'Profession libérale',
  FRA: 'Franchise',
  DIN: 'CDI intérimaire',
  CCE: 'Profession commerciale',
  DDI: 'CDD insertion',
  DDT: 'CDD tremplin',
  TTI: 'Contrat travail temporaire insertion',
};

const CONTRACT_ALIASES = new Map<string, string>([
  ...Object.entries(CONTRACT_TYPES).map(([code, label]) => [fold(label), code] as [string, string]),
  ['cdi', 'CDI'], ['cdd', 'CDD'], ['interim', 'MIS'], ['mission interim', 'MIS'], ['travail temporaire', 'MIS'], ['mission', 'MIS'],
  ['saisonnier', 'SAI'], ['contrat saisonnier', 'SAI'], ['cdi interimaire', 'DIN'], ['liberal', 'LIB'], ['independant', 'LIB'],
  ['franchise', 'FRA'], ['commercial', 'CCE'], ['cdd d insertion', 'DDI'], ['cdd tremplin', 'DDT'], ['tti', 'TTI'],
]);

/** The referential code of a contract type given as a code or a label; null when unknown. */
export function contractTypeCode(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (CONTRACT_TYPES[upper]) return upper;
  return CONTRACT_ALIASES.get(fold(value)) ?? null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time (UTC when no offset), or null when not one. */
export function parseIsoDate(value: string): Date | null {
  const text = value.trim();
  if (!ISO_DATE.test(text)) return null;
  const withZone = /T|\s/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T');
  const date = new Date(withZone);
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1990 || year > 2200 ? null : date;
}

/** Months of experience from a label like "2 ans", "6 mois", "Expérience exigée de 3 An(s)". */
export function experienceMonths(label: string): number | null {
  const match = /(\d+(?:[.,]\d+)?)\s*(an|mois)/i.exec(label);
  if (!match) return null;
  const count = Number(match[1]!.replace(',', '.'));
  return match[2]!.toLowerCase() === 'an' ? count * 12 : count;
}

/** The experience search level: 1 under a year, 2 one to three years, 3 more. */
export function experienceLevel(code: string | null, months: number | null): 1 | 2 | 3 | null {
  if (months !== null) return months < 12 ? 1 : months <= 36 ? 2 : 3;
  return code === 'D' ? 1 : null;
}

const HOURS_PER_MONTH = 151.67;

function euros(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** Monthly bounds from "Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois", "Annuel de 30000 Euros", "Horaire de 11.88 Euros". */
export function monthlySalary(label: string, weeklyHours: number | null): { min: number; max: number } | null {
  const period = /^\s*(mensuel|annuel|horaire)/i.exec(label)?.[1]?.toLowerCase();
  if (!period) return null;
  const figures = [...label.matchAll(/(\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*(?:euros?|€)/gi)].map((m) => euros(m[1]!)).filter((n) => Number.isFinite(n) && n > 0);
  if (figures.length === 0) return null;
  const hoursPerMonth = weeklyHours ? (weeklyHours * 52) / 12 : HOURS_PER_MONTH;
  const factor = period === 'annuel' ? 1 / 12 : period === 'horaire' ? hoursPerMonth : 1;
  const round = (n: number) => Math.round(n * factor * 100) / 100;
  const min = round(Math.min(...figures));
  const max = round(Math.max(...figures));
  return max < 1e8 ? { min, max } : null;
}

/** Weekly hours from "35H Horaires normaux", "24H30/semaine". */
export function weeklyHours(label: string): number | null {
  const match = /(\d{1,3})\s*h\s*(\d{2})?/i.exec(label);
  if (!match) return null;
  const hours = Number(match[1]) + (match[2] ? Number(match[2]) / 60 : 0);
  return hours > 0 && hours < 100 ? Math.round(hours * 100) / 100 : null;
}

/** Contract length in months from "Contrat à durée déterminée - 6 Mois" or "- 15 Jour(s)". */
export function contractMonths(label: string): number | null {
  const months = /(\d+(?:[.,]\d+)?)\s*mois/i.exec(label);
  if (months) return Math.min(9999, Number(months[1]!.replace(',', '.')));
  const days = /(\d+)\s*jour/i.exec(label);
  return days ? Math.round((Number(days[1]) / 30) * 100) / 100 : null;
}

/** A NAF rév. 2 code as the API writes it ('10.71C'), from '10.71C', '1071C' or '10.71 c'; null when not one. */
export function nafCode(value: string): string | null {
  const match = /^(\d{2})\.?(\d{2})\s?([A-Za-z])$/.exec(value.trim());
  return match ? `${match[1]}.${match[2]}${match[3]!.toUpperCase()}` : null;
}

/** The NAF division of the sector ('10', '1' → '01'), else the text as given. */
export function sectorCode(value: string): string {
  return /^\d{1,2}$/.test(value) ? value.padStart(2, '0') : value;
}

const LEVEL_CODES = new Set(NIVEAUX_FORMATIONS.map((level) => level.code));
const LEVEL_BY_LABEL = new Map(NIVEAUX_FORMATIONS.map((level) => [fold(level.libelle), level.code]));
/** The former nomenclature (niveau I = bac + 5 … niveau V = CAP). */
const ROMAN_LEVELS: Record<string, string> = { i: 'NV1', ii: 'NV2', iii: 'NV3', iv: 'NV4', v: 'NV5' };

/**
 * The niveauxFormations code of a formation's level: its code (NV3), its label in the referential
 * ("Bac+2 ou équivalents"), or a usual wording ("Bac +3", "CAP", "BTS", "Master", "Niveau IV").
 * Null when it cannot be told.
 */
export function formationLevelCode(label: string): string | null {
  const upper = label.trim().toUpperCase();
  if (LEVEL_CODES.has(upper)) return upper;
  const folded = fold(label);
  const exact = LEVEL_BY_LABEL.get(folded);
  if (exact) return exact;
  const roman = /^niveau (i{1,3}|iv|v)$/.exec(folded)?.[1];
  if (roman) return ROMAN_LEVELS[roman]!;
  const plus = /\bbac (\d)\b/.exec(folded)?.[1];
  if (plus) return Number(plus) >= 5 ? 'NV1' : Number(plus) >= 3 ? 'NV2' : 'NV3';
  if (/\b(master|doctorat|ingenieur)\b/.test(folded)) return 'NV1';
  if (/\b(licence|bachelor)\b/.test(folded)) return 'NV2';
  if (/\b(bts|dut|but|deust)\b/.test(folded)) return 'NV3';
  if (/\b(bac|baccalaureat)\b/.test(folded)) return 'NV4';
  if (/\b(cap|bep)\b/.test(folded)) return 'NV5';
  return null;
}

const LICENCE_CODES = new Set(PERMIS.map((licence) => licence.code));
/** "véhicule léger" → B: the referential's labels without their code. */
const LICENCE_BY_NAME = new Map(PERMIS.map((licence) => [fold(licence.libelle.replace(/^[A-Z0-9]+ - /, '')), licence.code]));

/** The permis code of a driving licence: "B - Véhicule léger", "Permis B", "(CE)", "B", "Véhicule léger"; null when unknown. */
export function licenceCode(label: string): string | null {
  const code = /^\s*(?:permis\s+)?\(?([A-Z][A-Z0-9]{0,2})\)?(?:\s*[-–:(]|\s|$)/i.exec(label)?.[1]?.toUpperCase();
  if (code && LICENCE_CODES.has(code)) return code;
  return LICENCE_BY_NAME.get(fold(label.replace(/^\s*permis\s+/i, ''))) ?? null;
}
