/**
 * The criteria of a job offer search, shared by the /offres pages, the "Offres d'emploi v2"
 * compatible API and the alert job. Every field is optional except paging; an absent or empty
 * list means "no filter". Values are already validated and resolved by the caller: commune codes
 * are INSEE codes (a postal code is resolved with `resolveCommuneInputs` in commune.resolver.ts
 * before it gets here), dates are Date objects.
 */
export type OfferSort = 'relevance' | 'date' | 'distance';

export type ExperienceCode = 'D' | 'S' | 'E';

export interface OfferSearchCriteria {
  /** Free text (French full text, accents and plurals folded); words are ANDed. */
  keywords?: string;
  /** ROME codes ('D1102'); an offer matches one of them. */
  romeCodes?: string[];
  /** OGR job title codes. */
  appellationCodes?: string[];
  /** INSEE codes of communes: offers within `distanceKm` of one of them (or in the commune when 0). */
  communeCodes?: string[];
  /** Kilometres around the communes; default 10 (as the original API). 0: the commune itself. */
  distanceKm?: number;
  /** Département codes ('75', '2A', '974'). */
  departmentCodes?: string[];
  /** INSEE region code ('11'). */
  regionCode?: string;
  /** Contract type codes (CDI, CDD, MIS, SAI, …). */
  contractTypes?: string[];
  /** Contract nature codes (E1, E2, FS, …). */
  contractNatures?: string[];
  /** 1: < 1 year, 2: 1 to 3 years, 3: > 3 years. */
  experienceLevels?: (1 | 2 | 3)[];
  /** D: beginner accepted, S: wished, E: required. */
  experienceCodes?: ExperienceCode[];
  /** '0' non-cadre, '9' cadre (qualification code 9 = cadre, anything else = non-cadre). */
  qualification?: '0' | '9';
  /** true: full time only; false: part time only. */
  fullTime?: boolean;
  /** Created within the last N days (1, 3, 7, 14, 31). */
  publishedSinceDays?: number;
  /** Created at or after. */
  minCreationDate?: Date;
  /** Created at or before. */
  maxCreationDate?: Date;
  /** Created strictly after (the alert job: offers newer than checked_until). */
  createdAfter?: Date;
  /** NAF divisions ('10', the secteurActivite of the offer). */
  sectorCodes?: string[];
  /** NAF codes as the API writes them ('10.71C'). */
  nafCodes?: string[];
  /** niveauxFormations codes (NV1 … NV5, CFG…): offers asking for a formation of one of these levels. */
  formationLevels?: string[];
  /** permis codes (B, C, CE…): offers asking for one of these driving licences. */
  licenceCodes?: string[];
  /** Weekly working hours, bounds included (37.5 for 37 h 30); offers whose hours are unknown do not match. */
  weeklyHoursMin?: number;
  weeklyHoursMax?: number;
  /** Contract length in months, bounds included (0.5 for 15 days); offers without a known length (CDI…) do not match. */
  contractMonthsMin?: number;
  contractMonthsMax?: number;
  /** 1 agency, 2 partner boards. */
  origin?: 1 | 2;
  /** Partner source slugs, included (INCLUS) or excluded (EXCLU). */
  partners?: { mode: 'include' | 'exclude'; slugs: string[] };
  /** Monthly gross euros: offers whose known maximum (else minimum) reaches it. */
  salaryMinMonthly?: number;
  /** accessible_th */
  accessibleTh?: boolean;
  /** company_adapted (entreprisesAdaptees) */
  companyAdapted?: boolean;
  /** lacks_candidates (offresManqueCandidats) */
  lacksCandidates?: boolean;
  /** handi_engaged (employeursHandiEngages) */
  handiEngaged?: boolean;
  /** mrs: recruitment by simulation (offresMRS) */
  mrs?: boolean;
  alternance?: boolean;
  /** relevance needs keywords (falls back to date); distance needs communes (falls back to date). */
  sort?: OfferSort;
  /** 0-based index of the first result (ignored when `cursor` is given). */
  offset?: number;
  /** Results per page, 1..150. */
  limit: number;
  /** Opaque keyset cursor from a previous `nextCursor`: continues past any offset cap. */
  cursor?: string;
  /** Which facets to count (none when empty or absent: cheaper). */
  facets?: OfferFacetName[];
}

/** typeContrat, experience, qualification, natureContrat as the API; the others for /offres. */
export type OfferFacetName =
  | 'typeContrat'
  | 'experience'
  | 'qualification'
  | 'natureContrat'
  | 'departement'
  | 'tempsPlein'
  | 'publieeDepuis';

export const API_FACETS: OfferFacetName[] = ['typeContrat', 'experience', 'qualification', 'natureContrat'];
export const PAGE_FACETS: OfferFacetName[] = ['typeContrat', 'experience', 'departement', 'tempsPlein', 'publieeDepuis'];

export const DISTANCES_KM = [0, 5, 10, 20, 50, 100] as const;
export const PUBLISHED_SINCE_DAYS = [1, 3, 7, 14, 31] as const;
export const DEFAULT_DISTANCE_KM = 10;
export const MAX_LIMIT = 150;

export interface OfferFacet {
  name: OfferFacetName;
  values: { value: string; count: number }[];
}
