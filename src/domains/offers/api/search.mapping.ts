import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { commaList } from '../../developer/index.js';
import { ARRONDISSEMENTS, CITY_OF_ARRONDISSEMENT } from '../arrondissements.js';
import { API_FACETS, DEFAULT_DISTANCE_KM, type OfferSearchCriteria, type OfferSort } from '../search/search.criteria.js';
import { nafCode } from '../ingestion/offer-fields.js';
import { withNeighbouringDepartments } from '../search/departements-limitrophes.js';
import { SECTEURS_ACTIVITES } from './referentiels.vocabulary.js';
import { CONTINENT_CODES, COUNTRY_CODES, invalidParameter, monthlySalaryMin, REGION_CODES, type SearchQuery } from './search.params.js';

/** The criteria of a search, or `empty` when a filter can match no offer (answered 204). */
export type MappedSearch = { empty: true } | { empty: false; criteria: Omit<OfferSearchCriteria, 'offset' | 'limit' | 'cursor'> };

const SORTS: Record<string, OfferSort> = { '0': 'relevance', '1': 'date', '2': 'distance' };
const ROME = /^[A-N][0-9]{4}$/;

const SECTOR_CODES = new Set(SECTEURS_ACTIVITES.map((sector) => sector.code));

/** HHMM (3530) as hours (35.5), rounded as the import rounds weekly_hours. */
const hoursOf = (hhmm: string) => Math.round((Number(hhmm.slice(0, 2)) + Number(hhmm.slice(2)) / 60) * 100) / 100;

/** The two bounds of a range parameter pair, the minimum not above the maximum. */
function bounds(min: string | undefined, max: string | undefined, read: (raw: string) => number, names: [string, string]): [number | undefined, number | undefined] {
  const low = min === undefined ? undefined : read(min);
  const high = max === undefined ? undefined : read(max);
  if (low !== undefined && high !== undefined && low > high) throw invalidParameter(names[0], `Le paramètre « ${names[0]} » ne peut pas dépasser « ${names[1]} ».`);
  return [low, high];
}

/** secteurActivite and codeNAF: NAF divisions of the referential, codes written 10.71C. */
function sectorFilters(query: SearchQuery): { sectorCodes?: string[]; nafCodes?: string[] } {
  const sectors = commaList(query.secteurActivite);
  const unknown = sectors.filter((code) => !SECTOR_CODES.has(code));
  if (unknown.length) throw invalidParameter('secteurActivite', `Le paramètre « secteurActivite » contient une division NAF inconnue (référentiel secteursActivites) : ${unknown.join(', ')}.`);
  const nafs = commaList(query.codeNAF).map((code) => nafCode(code) ?? code);
  const badDivision = nafs.filter((code) => !SECTOR_CODES.has(code.slice(0, 2)));
  if (badDivision.length) throw invalidParameter('codeNAF', `Le paramètre « codeNAF » contient un code dont la division NAF n’existe pas (référentiel nafs) : ${badDivision.join(', ')}.`);
  return { sectorCodes: sectors.length ? [...new Set(sectors)] : undefined, nafCodes: nafs.length ? [...new Set(nafs)] : undefined };
}

/** INSEE codes of the communes asked for: an INSEE code as is, a postal code as its communes. */
async function resolveCommunes(db: Db, inputs: string[]): Promise<string[]> {
  const { rows } = await sql<{ input: string; insee_code: string }>`
    SELECT i.input, c.insee_code FROM unnest(${inputs}::text[]) AS i(input)
    JOIN communes c ON c.insee_code = i.input
    UNION ALL
    SELECT i.input, p.insee_code FROM unnest(${inputs}::text[]) AS i(input)
    JOIN commune_postal_codes p ON p.postal_code = i.input
    WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee_code = i.input)`.execute(db);
  let unknown = inputs.filter((input) => !rows.some((row) => row.input === input));
  // A city code (Paris, Marseille, Lyon) when the referential holds its arrondissements instead.
  const cities = unknown.filter((input) => ARRONDISSEMENTS[input]);
  if (cities.length) {
    const parts = await db.selectFrom('communes').select('insee_code').where('insee_code', 'in', cities.flatMap((city) => ARRONDISSEMENTS[city]!)).execute();
    for (const part of parts) rows.push({ input: CITY_OF_ARRONDISSEMENT.get(part.insee_code)!, insee_code: part.insee_code });
    unknown = unknown.filter((input) => !rows.some((row) => row.input === input));
  }
  if (unknown.length) {
    throw invalidParameter('commune', `Le paramètre « commune » contient un code inconnu (ni code INSEE ni code postal) : ${unknown.join(', ')}.`);
  }
  return [...new Set(rows.map((row) => row.insee_code))];
}

/** ROME codes of a domaine professionnel ('D11') or a grand domaine ('D'). */
async function romeCodesOfDomain(db: Db, domain: string): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`SELECT code FROM rome_sheets WHERE ${domain.length === 1 ? sql`left(code, 1) = ${domain}` : sql`domain_code = ${domain}`}`.execute(db);
  return rows.map((row) => row.code);
}

const intersect = (current: string[] | undefined, next: string[]) => (current === undefined ? next : current.filter((code) => next.includes(code)));

/** The query string (already valid by schema) as search criteria; cross-parameter rules checked here. */
export async function mapSearchQuery(db: Db, query: SearchQuery): Promise<MappedSearch> {
  if ((query.minCreationDate === undefined) !== (query.maxCreationDate === undefined)) {
    const missing = query.minCreationDate === undefined ? 'minCreationDate' : 'maxCreationDate';
    throw invalidParameter(missing, 'Les paramètres « minCreationDate » et « maxCreationDate » vont ensemble : donnez les deux ou aucun.');
  }
  if (query.salaireMin !== undefined && query.periodeSalaire === undefined) {
    throw invalidParameter('periodeSalaire', 'Le paramètre « periodeSalaire » est obligatoire avec « salaireMin » (M, A, H ou C).');
  }
  const minDate = query.minCreationDate ? new Date(query.minCreationDate) : undefined;
  const maxDate = query.maxCreationDate ? new Date(query.maxCreationDate) : undefined;
  for (const [name, date] of [['minCreationDate', minDate], ['maxCreationDate', maxDate]] as const) {
    if (date && Number.isNaN(date.getTime())) throw invalidParameter(name, `Le paramètre « ${name} » n'est pas une date valide (yyyy-MM-ddTHH:mm:ssZ).`);
  }
  if (minDate && maxDate && minDate > maxDate) throw invalidParameter('minCreationDate', 'Le paramètre « minCreationDate » doit précéder « maxCreationDate ».');
  if (query.region !== undefined && !REGION_CODES.has(query.region)) throw invalidParameter('region', `Le paramètre « region » ne correspond à aucune région : ${query.region}.`);
  if (query.paysContinent !== undefined) {
    const code = query.paysContinent;
    if (!COUNTRY_CODES.has(code) && !CONTINENT_CODES.has(code)) throw invalidParameter('paysContinent', `Le paramètre « paysContinent » ne correspond à aucun pays ni continent : ${code}.`);
    // Every offer of this service is in France (Europe).
    if (code !== 'FR' && code !== 'EU') return { empty: true };
  }

  const words = commaList(query.motsCles);
  let romeCodes: string[] | undefined = words.some((word) => ROME.test(word)) || query.codeROME ? [...new Set([...words.filter((word) => ROME.test(word)), ...commaList(query.codeROME)])] : undefined;
  for (const domain of [query.domaine, query.grandDomaine, query.theme]) {
    if (domain !== undefined) romeCodes = intersect(romeCodes, await romeCodesOfDomain(db, domain));
  }
  if (romeCodes !== undefined && romeCodes.length === 0) return { empty: true };

  let fullTime = query.tempsPlein;
  if (query.dureeHebdo === '1' || query.dureeHebdo === '2') {
    const wanted = query.dureeHebdo === '1';
    if (fullTime !== undefined && fullTime !== wanted) return { empty: true };
    fullTime = wanted;
  }
  const [weeklyHoursMin, weeklyHoursMax] = bounds(query.dureeHebdoMin, query.dureeHebdoMax, hoursOf, ['dureeHebdoMin', 'dureeHebdoMax']);
  const [contractMonthsMin, contractMonthsMax] = bounds(query.dureeContratMin, query.dureeContratMax, Number, ['dureeContratMin', 'dureeContratMax']);
  const { sectorCodes, nafCodes } = sectorFilters(query);
  const departments = commaList(query.departement).map((code) => code.toUpperCase());
  const communes = query.commune ? await resolveCommunes(db, commaList(query.commune).map((code) => code.toUpperCase())) : undefined;
  const partners = commaList(query.partenaires);

  const criteria: Omit<OfferSearchCriteria, 'offset' | 'limit' | 'cursor'> = {
    keywords: words.filter((word) => !ROME.test(word)).join(' ') || undefined,
    romeCodes,
    appellationCodes: query.appellation ? commaList(query.appellation) : undefined,
    communeCodes: communes,
    distanceKm: communes ? (query.distance === undefined ? DEFAULT_DISTANCE_KM : Number(query.distance)) : undefined,
    departmentCodes: departments.length ? (query.inclureLimitrophes === true ? withNeighbouringDepartments(departments) : departments) : undefined,
    regionCode: query.region,
    contractTypes: query.typeContrat ? commaList(query.typeContrat) : undefined,
    contractNatures: query.natureContrat ? commaList(query.natureContrat) : undefined,
    experienceLevels: query.experience ? commaList(query.experience).map((level) => Number(level) as 1 | 2 | 3) : undefined,
    experienceCodes: query.experienceExigence ? (commaList(query.experienceExigence) as ('D' | 'S' | 'E')[]) : undefined,
    qualification: query.qualification as '0' | '9' | undefined,
    fullTime,
    publishedSinceDays: query.publieeDepuis ? Number(query.publieeDepuis) : undefined,
    minCreationDate: minDate,
    maxCreationDate: maxDate,
    sectorCodes,
    nafCodes,
    formationLevels: query.niveauFormation ? commaList(query.niveauFormation) : undefined,
    licenceCodes: query.permis ? commaList(query.permis) : undefined,
    weeklyHoursMin,
    weeklyHoursMax,
    contractMonthsMin,
    contractMonthsMax,
    origin: query.origineOffre ? (Number(query.origineOffre) as 1 | 2) : undefined,
    partners: partners.length ? { mode: query.modeSelectionPartenaires === 'EXCLU' ? 'exclude' : 'include', slugs: partners } : undefined,
    salaryMinMonthly: query.salaireMin !== undefined ? monthlySalaryMin(Number(query.salaireMin), query.periodeSalaire ?? 'M') : undefined,
    accessibleTh: query.accesTravailleurHandicape === true ? true : undefined,
    companyAdapted: query.entreprisesAdaptees === true ? true : undefined,
    lacksCandidates: query.offresManqueCandidats === true ? true : undefined,
    handiEngaged: query.employeursHandiEngages === true ? true : undefined,
    mrs: query.offresMRS === true ? true : undefined,
    sort: SORTS[query.sort ?? '0'],
    facets: API_FACETS,
  };
  return { empty: false, criteria: Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined)) as typeof criteria };
}
