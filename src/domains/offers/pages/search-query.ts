import { DEPARTMENTS } from '../../referentiels/index.js';
import { DEFAULT_DISTANCE_KM, DISTANCES_KM, type OfferSearchCriteria, PUBLISHED_SINCE_DAYS } from '../search/search.criteria.js';

export const PAGE_SIZE = 20;
/** Past this page, people narrow their search (the offset would get slow and nobody reads on). */
export const MAX_PAGE = 500;
export const MAX_KEYWORDS_LENGTH = 200;

export const CONTRACT_TYPES: Record<string, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim',
  SAI: 'Saisonnier',
  LIB: 'Profession libérale',
  FRA: 'Franchise',
  CCE: 'Profession commerciale',
  DDI: 'CDD d’insertion',
  DIN: 'CDI intérimaire',
  REP: 'Reprise d’entreprise',
  TTI: 'Travail temporaire d’insertion',
};
export const EXPERIENCES: Record<string, string> = { 1: 'Moins d’un an', 2: 'De 1 à 3 ans', 3: 'Plus de 3 ans' };
export const SORTS = { pertinence: 'relevance', date: 'date', distance: 'distance' } as const;
export type SortParam = keyof typeof SORTS;

/** The /offres query string as received (repeated parameters arrive as arrays). */
export type RawSearchQuery = Partial<Record<'motsCles' | 'lieu' | 'distance' | 'departement' | 'tempsPlein' | 'publieeDepuis' | 'tri' | 'page' | 'info', string>> &
  Partial<Record<'typeContrat' | 'experience', string | string[]>>;

/** What the form shows and the links keep: the person's own values, validated. */
export interface SearchForm {
  motsCles: string;
  lieu: string;
  distance: number;
  departement: string;
  typeContrat: string[];
  experience: string[];
  tempsPlein: '' | 'true' | 'false';
  publieeDepuis: string;
  tri: SortParam;
  page: number;
}

export const SEARCH_PARAMS = ['motsCles', 'lieu', 'distance', 'departement', 'typeContrat', 'experience', 'tempsPlein', 'publieeDepuis', 'tri', 'page', 'info'] as const;

/** Loose: every value is checked by parseSearchForm, which names the faulty one in French. */
export const searchQuerySchema = {
  type: 'object',
  properties: Object.fromEntries(
    SEARCH_PARAMS.map((name) => [
      name,
      name === 'typeContrat' || name === 'experience'
        ? { anyOf: [{ type: 'string', maxLength: 20 }, { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 20 } }] }
        : { type: 'string', maxLength: name === 'motsCles' || name === 'lieu' ? MAX_KEYWORDS_LENGTH : 40 },
    ]),
  ),
} as const;

export class SearchParameterError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

const list = (value: string | string[] | undefined) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).map((item) => item.trim()).filter(Boolean))];

/** Validates the query string; throws SearchParameterError (→ 400 page) naming the parameter. */
export function parseSearchForm(query: RawSearchQuery): SearchForm {
  const fail = (field: string, message: string): never => {
    throw new SearchParameterError(field, message);
  };
  const distanceText = query.distance?.trim() || String(DEFAULT_DISTANCE_KM);
  const distance = Number(distanceText);
  if (!/^\d{1,3}$/.test(distanceText) || !(DISTANCES_KM as readonly number[]).includes(distance)) fail('distance', `La distance doit être l’une de ces valeurs : ${DISTANCES_KM.join(', ')} km.`);
  const departement = query.departement?.trim().toUpperCase() ?? '';
  if (departement && !DEPARTMENTS.some((d) => d.code === departement)) fail('departement', `Le département « ${query.departement} » n’existe pas.`);
  const typeContrat = list(query.typeContrat);
  for (const type of typeContrat) if (!CONTRACT_TYPES[type]) fail('typeContrat', `Le type de contrat « ${type} » n’existe pas.`);
  const experience = list(query.experience);
  for (const level of experience) if (!EXPERIENCES[level]) fail('experience', `L’expérience « ${level} » n’existe pas : 1, 2 ou 3.`);
  const tempsPlein = query.tempsPlein?.trim() ?? '';
  if (tempsPlein !== '' && tempsPlein !== 'true' && tempsPlein !== 'false') fail('tempsPlein', 'Temps plein ou partiel : « true » ou « false ».');
  const publieeDepuis = query.publieeDepuis?.trim() ?? '';
  if (publieeDepuis && !(PUBLISHED_SINCE_DAYS as readonly number[]).includes(Number(publieeDepuis))) fail('publieeDepuis', `« Publiée depuis » doit être l’un de ces nombres de jours : ${PUBLISHED_SINCE_DAYS.join(', ')}.`);
  const tri = (query.tri?.trim() || 'pertinence') as SortParam;
  if (!(tri in SORTS)) fail('tri', 'Le tri doit être « pertinence », « date » ou « distance ».');
  const pageText = query.page?.trim() || '1';
  if (!/^[1-9]\d{0,5}$/.test(pageText) || Number(pageText) > MAX_PAGE) fail('page', `Le numéro de page doit être un entier entre 1 et ${MAX_PAGE}.`);
  return {
    motsCles: query.motsCles?.trim() ?? '',
    lieu: query.lieu?.trim() ?? '',
    distance,
    departement,
    typeContrat,
    experience,
    tempsPlein: tempsPlein as SearchForm['tempsPlein'],
    publieeDepuis,
    tri,
    page: Number(pageText),
  };
}

/** The criteria of a validated form, once its commune is resolved (null: no commune). */
export function criteriaOf(form: SearchForm, communeCode: string | null): Omit<OfferSearchCriteria, 'limit'> {
  return {
    keywords: form.motsCles || undefined,
    communeCodes: communeCode ? [communeCode] : undefined,
    distanceKm: form.distance,
    departmentCodes: form.departement ? [form.departement] : undefined,
    contractTypes: form.typeContrat.length ? form.typeContrat : undefined,
    experienceLevels: form.experience.length ? form.experience.map((level) => Number(level) as 1 | 2 | 3) : undefined,
    fullTime: form.tempsPlein === '' ? undefined : form.tempsPlein === 'true',
    publishedSinceDays: form.publieeDepuis ? Number(form.publieeDepuis) : undefined,
    sort: SORTS[form.tri],
  };
}

/**
 * The canonical query string of a search (fixed order, defaults left out, without the page):
 * links, pagination, and the key of a saved alert.
 */
export function canonicalQuery(form: SearchForm, overrides: Partial<SearchForm> = {}): string {
  const values = { ...form, ...overrides };
  const params = new URLSearchParams();
  if (values.motsCles) params.set('motsCles', values.motsCles);
  if (values.lieu) {
    params.set('lieu', values.lieu);
    if (values.distance !== DEFAULT_DISTANCE_KM) params.set('distance', String(values.distance));
  }
  if (values.departement) params.set('departement', values.departement);
  for (const type of [...values.typeContrat].sort()) params.append('typeContrat', type);
  for (const level of [...values.experience].sort()) params.append('experience', level);
  if (values.tempsPlein) params.set('tempsPlein', values.tempsPlein);
  if (values.publieeDepuis) params.set('publieeDepuis', values.publieeDepuis);
  if (values.tri !== 'pertinence') params.set('tri', values.tri);
  if (values.page > 1) params.set('page', String(values.page));
  return params.toString();
}

export const searchHref = (form: SearchForm, overrides: Partial<SearchForm> = {}) => {
  const query = canonicalQuery(form, overrides);
  return query ? `/offres?${query}` : '/offres';
};

/** A short French description of a search, for an alert's name. */
export function describeSearch(form: SearchForm, communeName: string | null): string {
  const parts = [form.motsCles ? `« ${form.motsCles} »` : 'Toutes les offres'];
  if (communeName) parts.push(form.distance ? `à ${form.distance} km de ${communeName}` : `à ${communeName}`);
  if (form.departement) parts.push(`dans le ${form.departement}`);
  if (form.typeContrat.length) parts.push(form.typeContrat.map((type) => CONTRACT_TYPES[type] ?? type).join(', '));
  return parts.join(' ').slice(0, 200);
}

/** An alert's saved query string read back into a validated form (throws SearchParameterError). */
export function formOfQueryString(query: string): SearchForm {
  const params = new URLSearchParams(query);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (!(SEARCH_PARAMS as readonly string[]).includes(key)) throw new SearchParameterError(key, `Le paramètre « ${key} » n’existe pas.`);
    const values = params.getAll(key);
    raw[key] = key === 'typeContrat' || key === 'experience' ? values : values[0]!;
  }
  return parseSearchForm(raw as RawSearchQuery);
}
