import { AppError } from '../../../platform/http/errors.js';
import { commaListPattern } from '../../developer/index.js';
import { PUBLISHED_SINCE_DAYS } from '../search/search.criteria.js';
import {
  CONTINENTS,
  NATURES_CONTRATS,
  NIVEAUX_FORMATIONS,
  PAYS,
  PERMIS,
  REGIONS,
  TYPES_CONTRATS,
} from './referentiels.vocabulary.js';

/**
 * The query string of GET /offres/search as third-party clients send it: every parameter of the
 * original « Offres d'emploi v2 », validated by pattern (an error names the parameter, in French),
 * plus the `curseur` extension.
 */
type BooleanParameter = 'tempsPlein' | 'inclureLimitrophes' | 'accesTravailleurHandicape' | 'entreprisesAdaptees' | 'employeursHandiEngages' | 'offresMRS' | 'offresManqueCandidats';
export type SearchQuery = { [K in Exclude<keyof typeof searchQuerySchema.properties, BooleanParameter>]?: string } & { [K in BooleanParameter]?: boolean };

/** `^one(,one){0,max-1}$`: a comma-separated list of at most `max` values of a pattern. */
const listOf = (one: string, max: number) => `^${one}(,${one}){0,${max - 1}}$`;
const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);
const param = (description: string, pattern: string, maxLength: number, examples?: string[]) =>
  ({ type: 'string', pattern, maxLength, description, ...(examples ? { examples } : {}) }) as const;
const bool = (description: string) => ({ type: 'boolean', description }) as const;

export const ROME_CODE = '[A-N][0-9]{4}';
const INSEE_OR_POSTAL = '(?:[0-9]{5}|2[ABab][0-9]{3})';
const DEPARTMENT = '(?:[0-9]{2}|2[AB]|97[1-6])';
const DATE_TIME = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$';

export const searchQuerySchema = {
  type: 'object',
  properties: {
    range: param(
      'Plage de résultats « premier-dernier », numérotée à partir de 0, bornes comprises ; par défaut 0-149. Au plus 150 résultats par appel, premier ≤ 3000 et dernier ≤ 3149. Avec curseur, seule la taille de la plage compte.',
      '^[0-9]{1,6}-[0-9]{1,6}$', 13, ['0-149'],
    ),
    sort: param('Tri : 0 pertinence (puis date), 1 date de création (la plus récente d’abord), 2 distance (avec commune).', '^[012]$', 1, ['1']),
    motsCles: param('Mots-clés séparés par des virgules (tous doivent se trouver dans l’offre) ; un code ROME (D1102) filtre sur le métier.', '^[^,]{1,200}(,[^,]{1,200}){0,19}$', 500, ['boulanger']),
    codeROME: param('Codes ROME, séparés par des virgules (200 au plus).', listOf(ROME_CODE, 200), 1200, ['D1102,D1106']),
    appellation: param('Codes d’appellation (OGR), séparés par des virgules (200 au plus).', listOf('[0-9]{1,6}', 200), 1400, ['11573']),
    domaine: param('Domaine professionnel ROME (lettre et deux chiffres, référentiel domaines).', '^[A-N][0-9]{2}$', 3, ['D11']),
    grandDomaine: param('Grand domaine ROME (une lettre, référentiel themes).', '^[A-N]$', 1, ['D']),
    theme: param('Thème : grand domaine ROME (une lettre, référentiel themes).', '^[A-N]$', 1, ['D']),
    secteurActivite: param(
      'Secteurs d’activité : divisions NAF (2 chiffres, référentiel secteursActivites), deux au plus, séparées par une virgule ; les offres sans secteur connu sont exclues.',
      listOf('[0-9]{2}', 2), 5, ['10'],
    ),
    codeNAF: param(
      'Codes NAF (99.99X, référentiel nafs ; 9999X est aussi accepté), deux au plus, séparés par une virgule ; les offres sans code NAF connu sont exclues.',
      listOf('[0-9]{2}\\.?[0-9]{2}[A-Za-z]', 2), 13, ['10.71C'],
    ),
    commune: param(
      'Communes : code INSEE (75056) ou, en plus de l’API d’origine, code postal (75001), séparés par des virgules (5 au plus).',
      listOf(INSEE_OR_POSTAL, 5), 29, ['75056'],
    ),
    distance: param('Distance autour des communes, en kilomètres (0 : la commune seule) ; 10 par défaut.', '^[0-9]{1,3}$', 3, ['10']),
    departement: param('Départements, séparés par des virgules (5 au plus).', listOf(DEPARTMENT, 5), 19, ['75,92']),
    region: param('Région (code INSEE, référentiel regions).', '^[0-9]{2}$', 2, ['11']),
    inclureLimitrophes: bool('true : avec departement, cherche aussi dans les départements limitrophes de ceux donnés (sans departement, sans effet).'),
    paysContinent: param('Pays (ISO 3166-1, référentiel pays) ou continent (référentiel continents) : les offres sont en France.', '^[A-Z]{2}$', 2, ['FR']),
    typeContrat: param('Types de contrat, séparés par des virgules (référentiel typesContrats).', commaListPattern(codes(TYPES_CONTRATS)), 60, ['CDI,CDD']),
    natureContrat: param('Natures de contrat, séparées par des virgules (référentiel naturesContrats).', commaListPattern(codes(NATURES_CONTRATS)), 60, ['E1']),
    experience: param('Expérience : 1 moins d’un an, 2 de un à trois ans, 3 plus de trois ans (séparées par des virgules).', commaListPattern(['1', '2', '3']), 5, ['1']),
    experienceExigence: param('Exigence d’expérience : D débutant accepté, S souhaitée, E exigée (séparées par des virgules).', commaListPattern(['D', 'S', 'E']), 5, ['D']),
    qualification: param('Qualification : 0 non-cadre, 9 cadre.', '^[09]$', 1, ['9']),
    niveauFormation: param(
      'Niveaux de formation demandés (référentiel niveauxFormations), séparés par des virgules : offres demandant une formation de l’un de ces niveaux.',
      commaListPattern(codes(NIVEAUX_FORMATIONS)), 40, ['NV4'],
    ),
    permis: param('Permis demandés (référentiel permis), séparés par des virgules : offres demandant l’un de ces permis.', commaListPattern(codes(PERMIS)), 40, ['B']),
    tempsPlein: bool('true : temps plein seulement ; false : temps partiel seulement.'),
    dureeHebdo: param('Durée hebdomadaire : 0 non précisée (sans filtre), 1 temps plein, 2 temps partiel.', '^[012]$', 1),
    dureeHebdoMin: param(
      'Durée hebdomadaire minimale, HHMM (3500 : 35 h ; 2430 : 24 h 30), bornes comprises ; les offres sans durée hebdomadaire connue sont exclues.',
      '^[0-9]{2}[0-5][0-9]$', 4, ['2400'],
    ),
    dureeHebdoMax: param('Durée hebdomadaire maximale, HHMM (3500 : 35 h), bornes comprises ; les offres sans durée hebdomadaire connue sont exclues.', '^[0-9]{2}[0-5][0-9]$', 4, ['3500']),
    dureeContratMin: param(
      'Durée de contrat minimale en mois, de 0 à 99 (0.5 : 15 jours), bornes comprises ; les offres sans durée de contrat (CDI notamment) sont exclues.',
      '^[0-9]{1,2}(\\.[0-9]{1,2})?$', 5, ['3'],
    ),
    dureeContratMax: param(
      'Durée de contrat maximale en mois, de 0 à 99 (0.5 : 15 jours), bornes comprises ; les offres sans durée de contrat (CDI notamment) sont exclues.',
      '^[0-9]{1,2}(\\.[0-9]{1,2})?$', 5, ['6'],
    ),
    salaireMin: param('Salaire minimum, avec periodeSalaire (obligatoire avec lui) : offres dont le salaire connu l’atteint.', '^[0-9]{1,7}(\\.[0-9]{1,2})?$', 10, ['2000']),
    periodeSalaire: param('Période du salaire minimum : M mensuel, A annuel, H horaire, C cachet.', '^[MAHC]$', 1, ['M']),
    publieeDepuis: param('Offres publiées depuis 1, 3, 7, 14 ou 31 jours.', `^(${PUBLISHED_SINCE_DAYS.join('|')})$`, 2, ['7']),
    minCreationDate: param('Créées à partir de cette date (yyyy-MM-ddTHH:mm:ssZ), avec maxCreationDate.', DATE_TIME, 20, ['2026-01-01T00:00:00Z']),
    maxCreationDate: param('Créées jusqu’à cette date (yyyy-MM-ddTHH:mm:ssZ), avec minCreationDate.', DATE_TIME, 20, ['2026-12-31T23:59:59Z']),
    origineOffre: param('Origine : 1 l’agence, 2 un site partenaire.', '^[12]$', 1, ['2']),
    partenaires: param('Sites partenaires (identifiants), séparés par des virgules, inclus ou exclus selon modeSelectionPartenaires.', listOf('[a-z0-9][a-z0-9-]{1,40}', 20), 900),
    modeSelectionPartenaires: { type: 'string', enum: ['INCLUS', 'EXCLU'], description: 'INCLUS (par défaut) ou EXCLU.' },
    accesTravailleurHandicape: bool('true : offres accessibles aux travailleurs handicapés.'),
    entreprisesAdaptees: bool('true : offres des entreprises adaptées.'),
    employeursHandiEngages: bool('true : offres des employeurs handi-engagés (engagés en faveur de l’emploi des personnes handicapées).'),
    offresMRS: bool('true : offres dont le recrutement se fait par la méthode de recrutement par simulation (MRS).'),
    offresManqueCandidats: bool('true : offres difficiles à pourvoir.'),
    curseur: param(
      'Extension : curseur opaque de la page suivante, donné par le champ curseurSuivant et l’en-tête Link (rel="next") ; il continue la même recherche dans le même ordre, au-delà de la limite de 3 150 résultats. Les autres paramètres doivent rester les mêmes.',
      '^[A-Za-z0-9_-]{1,800}$', 800,
    ),
  },
} as const;

/** A 400 naming the parameter, in the partner shape. */
export function invalidParameter(name: string, message: string): AppError {
  return new AppError('INVALID_PARAMETER', message, [{ field: name, message }]);
}

export const REGION_CODES = new Set(codes(REGIONS));
export const COUNTRY_CODES = new Set(codes(PAYS));
export const CONTINENT_CODES = new Set(codes(CONTINENTS));

/** Hours a month of the legal working time (35 h a week), to compare hourly pay with monthly. */
const HOURS_A_MONTH = 151.67;

/** salaireMin in gross euros a month, from its period. */
export function monthlySalaryMin(amount: number, period: string): number {
  if (period === 'A') return amount / 12;
  if (period === 'H') return amount * HOURS_A_MONTH;
  if (period === 'C') throw invalidParameter('periodeSalaire', 'Le paramètre « periodeSalaire » C (cachet) ne peut pas être comparé aux salaires des offres : choisissez M, A ou H.');
  return amount;
}

/** `first-last` of a search: at most 150 results, first ≤ 3000, last ≤ 3149 (not checked with a cursor). */
export const SEARCH_PAGE = { max: 150, defaultLast: 149, maxFirst: 3000, maxLast: 3149 } as const;

export function parseSearchRange(raw: string | undefined, withCursor: boolean): { first: number; last: number } {
  if (raw === undefined) return { first: 0, last: SEARCH_PAGE.defaultLast };
  const [first, last] = raw.split('-').map(Number) as [number, number];
  if (first > last) throw new AppError('RANGE_INVALID', undefined, [{ field: 'range', message: `La plage ${raw} commence après sa fin.` }]);
  const tooLarge = last - first + 1 > SEARCH_PAGE.max || (!withCursor && (first > SEARCH_PAGE.maxFirst || last > SEARCH_PAGE.maxLast));
  if (tooLarge) throw new AppError('RANGE_TOO_LARGE', 'La plage de résultats demandée est trop importante.', [{ field: 'range', message: 'La plage de résultats demandée est trop importante.' }]);
  return { first, last };
}
