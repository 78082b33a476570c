import { type RawBuilder, sql } from 'kysely';
import { DEFAULT_DISTANCE_KM, type OfferFacetName, type OfferSearchCriteria, type OfferSort, PUBLISHED_SINCE_DAYS } from './search.criteria.js';
import type { DecodedCursor } from './search.cursor.js';

export interface CommuneCenter {
  code: string;
  latitude: number | null;
  longitude: number | null;
}

/** Every column of job_offers but search_vector (large, never shown). */
export const OFFER_COLUMNS = [
  'id', 'seq', 'intitule', 'description', 'rome_code', 'rome_label', 'appellation_code', 'appellation_label',
  'commune_code', 'postal_code', 'place_label', 'department_code', 'region_code', 'latitude', 'longitude',
  'company_name', 'company_description', 'company_url', 'company_logo', 'company_adapted', 'contract_type',
  'contract_nature', 'experience_code', 'experience_label', 'experience_comment', 'experience_level',
  'qualification_code', 'qualification_label', 'naf_code', 'sector_code', 'sector_label', 'full_time',
  'working_hours_label', 'working_hours_converted', 'weekly_hours', 'contract_months', 'salary_label',
  'salary_comment', 'salary_complement1', 'salary_complement2', 'salary_min_monthly', 'salary_max_monthly',
  'alternance', 'positions', 'accessible_th', 'lacks_candidates', 'formation_levels', 'licence_codes', 'handi_engaged', 'mrs',
  'details', 'origin', 'origin_url', 'created_at', 'updated_at', 'ends_at', 'status', 'expired_at', 'dedup_key',
] as const;

const columns = sql.join(OFFER_COLUMNS.map((column) => sql.ref(`o.${column}`)));
type Condition = RawBuilder<unknown>;
const and = (parts: Condition[]): Condition => (parts.length ? sql`(${sql.join(parts, sql` AND `)})` : sql`true`);

/** The sort actually used: relevance needs keywords, distance needs located communes; else date. */
export function effectiveSort(criteria: OfferSearchCriteria, centers: CommuneCenter[]): OfferSort {
  const sort = criteria.sort ?? 'relevance';
  if (sort === 'relevance' && !criteria.keywords?.trim()) return 'date';
  if (sort === 'distance' && !located(centers).length) return 'date';
  return sort;
}

const located = (centers: CommuneCenter[]) =>
  centers.filter((c): c is { code: string; latitude: number; longitude: number } => c.latitude !== null && c.longitude !== null);

/** Kilometres from the offer to the nearest located commune (null without). */
function distanceExpression(centers: CommuneCenter[]): RawBuilder<number | null> {
  const points = located(centers);
  if (!points.length) return sql`NULL::float8`;
  const each = points.map((c) => sql`earth_distance(ll_to_earth(${c.latitude}::float8, ${c.longitude}::float8), ll_to_earth(o.latitude, o.longitude))`);
  return sql`(${each.length === 1 ? each[0] : sql`LEAST(${sql.join(each)})`} / 1000.0)`;
}

/** Place: within km of one of the communes (earth_box uses the GiST index, earth_distance is exact). */
function placeCondition(criteria: OfferSearchCriteria, centers: CommuneCenter[]): Condition | null {
  const codes = criteria.communeCodes ?? [];
  if (!codes.length) return null;
  const km = criteria.distanceKm ?? DEFAULT_DISTANCE_KM;
  const inCommune = sql`o.commune_code = ANY (${codes}::text[])`;
  if (km <= 0) return inCommune;
  const near = located(centers).map((c) => {
    const here = sql`ll_to_earth(${c.latitude}::float8, ${c.longitude}::float8)`;
    return sql`(o.latitude IS NOT NULL AND earth_box(${here}, ${km * 1000}::float8) @> ll_to_earth(o.latitude, o.longitude) AND earth_distance(${here}, ll_to_earth(o.latitude, o.longitude)) <= ${km * 1000}::float8)`;
  });
  // Communes without coordinates can only match by code; located ones only by distance (an OR
  // with commune_code would keep the planner from combining the GiST index with the others).
  const unlocated = codes.filter((code) => !located(centers).some((center) => center.code === code));
  const parts = [...(unlocated.length ? [sql`o.commune_code = ANY (${unlocated}::text[])`] : []), ...near];
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : inCommune;
}

const qualificationValue = sql`CASE WHEN o.qualification_code IS NULL THEN NULL WHEN o.qualification_code = '9' THEN '9' ELSE '0' END`;

/** Filters that are facets: each facet is counted without its own. */
function facetConditions(criteria: OfferSearchCriteria, now: RawBuilder<Date>): Partial<Record<OfferFacetName, Condition>> {
  const out: Partial<Record<OfferFacetName, Condition>> = {};
  if (criteria.contractTypes?.length) out.typeContrat = sql`o.contract_type = ANY (${criteria.contractTypes}::text[])`;
  if (criteria.experienceLevels?.length) out.experience = sql`o.experience_level = ANY (${criteria.experienceLevels}::smallint[])`;
  if (criteria.qualification) out.qualification = sql`${qualificationValue} = ${criteria.qualification}`;
  if (criteria.contractNatures?.length) out.natureContrat = sql`o.contract_nature = ANY (${criteria.contractNatures}::text[])`;
  if (criteria.departmentCodes?.length) out.departement = sql`o.department_code = ANY (${criteria.departmentCodes}::text[])`;
  if (criteria.fullTime !== undefined) out.tempsPlein = sql`o.full_time = ${criteria.fullTime}`;
  if (criteria.publishedSinceDays) out.publieeDepuis = sql`o.created_at >= ${now} - make_interval(days => ${criteria.publishedSinceDays}::int)`;
  return out;
}

/** Filters that are not facets. */
function baseConditions(criteria: OfferSearchCriteria, centers: CommuneCenter[]): Condition[] {
  const parts: Condition[] = [sql`o.status = 'active'`];
  const keywords = criteria.keywords?.trim();
  if (keywords) parts.push(sql`o.search_vector @@ fr_query(${keywords})`);
  if (criteria.romeCodes?.length) parts.push(sql`o.rome_code = ANY (${criteria.romeCodes}::text[])`);
  if (criteria.appellationCodes?.length) parts.push(sql`o.appellation_code = ANY (${criteria.appellationCodes}::text[])`);
  const place = placeCondition(criteria, centers);
  if (place) parts.push(place);
  if (criteria.regionCode) parts.push(sql`o.region_code = ${criteria.regionCode}`);
  if (criteria.experienceCodes?.length) parts.push(sql`o.experience_code = ANY (${criteria.experienceCodes}::text[])`);
  if (criteria.minCreationDate) parts.push(sql`o.created_at >= ${criteria.minCreationDate}`);
  if (criteria.maxCreationDate) parts.push(sql`o.created_at <= ${criteria.maxCreationDate}`);
  if (criteria.createdAfter) parts.push(sql`o.created_at > ${criteria.createdAfter}`);
  if (criteria.sectorCodes?.length) parts.push(sql`o.sector_code = ANY (${criteria.sectorCodes}::text[])`);
  if (criteria.nafCodes?.length) parts.push(sql`o.naf_code = ANY (${criteria.nafCodes}::text[])`);
  if (criteria.formationLevels?.length) parts.push(sql`o.formation_levels && ${criteria.formationLevels}::text[]`);
  if (criteria.licenceCodes?.length) parts.push(sql`o.licence_codes && ${criteria.licenceCodes}::text[]`);
  if (criteria.weeklyHoursMin !== undefined) parts.push(sql`o.weekly_hours >= ${criteria.weeklyHoursMin}`);
  if (criteria.weeklyHoursMax !== undefined) parts.push(sql`o.weekly_hours <= ${criteria.weeklyHoursMax}`);
  if (criteria.contractMonthsMin !== undefined) parts.push(sql`o.contract_months >= ${criteria.contractMonthsMin}`);
  if (criteria.contractMonthsMax !== undefined) parts.push(sql`o.contract_months <= ${criteria.contractMonthsMax}`);
  if (criteria.origin) parts.push(sql`o.origin = ${criteria.origin}`);
  if (criteria.partners?.slugs.length) {
    const listed = sql`EXISTS (SELECT 1 FROM job_offer_listings l WHERE l.offer_id = o.id AND l.removed_at IS NULL AND l.source = ANY (${criteria.partners.slugs}::text[]))`;
    parts.push(criteria.partners.mode === 'include' ? listed : sql`NOT ${listed}`);
  }
  if (criteria.salaryMinMonthly !== undefined) parts.push(sql`coalesce(o.salary_max_monthly, o.salary_min_monthly) >= ${criteria.salaryMinMonthly}`);
  if (criteria.accessibleTh !== undefined) parts.push(sql`o.accessible_th IS ${sql.raw(criteria.accessibleTh ? 'TRUE' : 'NOT TRUE')}`);
  if (criteria.companyAdapted !== undefined) parts.push(sql`o.company_adapted IS ${sql.raw(criteria.companyAdapted ? 'TRUE' : 'NOT TRUE')}`);
  if (criteria.lacksCandidates !== undefined) parts.push(sql`o.lacks_candidates = ${criteria.lacksCandidates}`);
  if (criteria.handiEngaged !== undefined) parts.push(sql`o.handi_engaged = ${criteria.handiEngaged}`);
  if (criteria.mrs !== undefined) parts.push(sql`o.mrs = ${criteria.mrs}`);
  if (criteria.alternance !== undefined) parts.push(sql`o.alternance = ${criteria.alternance}`);
  return parts;
}

/** The SQL statements of one search: the page (limit + 1 rows) and the counts (total, facets). */
export interface BuiltSearch {
  sort: OfferSort;
  asOf: string;
  page: RawBuilder<Record<string, unknown> & { id: string; k_score: number | null; k_created: string; k_distance: number | null }>;
  counts: RawBuilder<{ facet: string; value: string | null; count: string | number }>;
}

export function buildSearchSql(criteria: OfferSearchCriteria, centers: CommuneCenter[], cursor: DecodedCursor | null): BuiltSearch {
  const sort = effectiveSort(criteria, centers);
  const asOf = cursor?.asOf ?? new Date().toISOString();
  const now = sql<Date>`${asOf}::timestamptz`;
  const base = baseConditions(criteria, centers);
  const facetFilters = facetConditions(criteria, now);
  const allFacetFilters = Object.values(facetFilters);
  const keywords = criteria.keywords?.trim() ?? '';
  const distance = distanceExpression(centers);
  // Relevance: cover density rank, halved for an offer 30 days older than the search.
  const score = sort === 'relevance'
    ? sql<number>`(ts_rank_cd(o.search_vector, fr_query(${keywords}), 32) / (1 + greatest(0, extract(epoch FROM ${now} - o.created_at)) / 2592000.0))::float8`
    : sql<number>`NULL::float8`;
  const where = [...base, ...allFacetFilters];
  let order: RawBuilder<unknown>;
  let after: Condition | null = null;
  if (sort === 'relevance') {
    order = sql`k_score DESC, o.created_at DESC, o.id`;
    if (cursor) after = sql`(${score} < ${cursor.score ?? 0} OR (${score} = ${cursor.score ?? 0} AND (o.created_at < ${cursor.created}::timestamptz OR (o.created_at = ${cursor.created}::timestamptz AND o.id > ${cursor.id}))))`;
  } else if (sort === 'distance') {
    order = sql`k_distance, o.created_at DESC, o.id`;
    if (cursor) after = sql`(${distance} > ${cursor.distance ?? 0} OR (${distance} = ${cursor.distance ?? 0} AND (o.created_at < ${cursor.created}::timestamptz OR (o.created_at = ${cursor.created}::timestamptz AND o.id > ${cursor.id}))))`;
  } else {
    order = sql`o.created_at DESC, o.id`;
    if (cursor) after = sql`(o.created_at < ${cursor.created}::timestamptz OR (o.created_at = ${cursor.created}::timestamptz AND o.id > ${cursor.id}))`;
  }
  const offset = cursor ? 0 : Math.max(0, criteria.offset ?? 0);
  const page = sql<Record<string, unknown> & { id: string; k_score: number | null; k_created: string; k_distance: number | null }>`
    SELECT ${columns}, ${distance} AS distance_km, ${score} AS k_score, ${distance} AS k_distance, o.created_at::text AS k_created
    FROM job_offers o
    WHERE ${and(after ? [...where, after] : where)}
    ORDER BY ${order}
    LIMIT ${criteria.limit + 1} OFFSET ${offset}`;
  return { sort, asOf, page, counts: buildCountsSql(criteria, base, facetFilters, now) };
}

const FACET_VALUE: Record<Exclude<OfferFacetName, 'publieeDepuis'>, RawBuilder<unknown>> = {
  typeContrat: sql`o.contract_type`,
  experience: sql`o.experience_level::text`,
  qualification: qualificationValue,
  natureContrat: sql`o.contract_nature`,
  departement: sql`o.department_code`,
  tempsPlein: sql`o.full_time::text`,
};

/**
 * One statement: the rows matching the non-facet filters once (MATERIALIZED), then the total
 * (every filter) and each facet's counts (every filter but its own).
 */
function buildCountsSql(
  criteria: OfferSearchCriteria,
  base: Condition[],
  facetFilters: Partial<Record<OfferFacetName, Condition>>,
  now: RawBuilder<Date>,
): BuiltSearch['counts'] {
  const names = [...new Set(criteria.facets ?? [])];
  const others = (except: OfferFacetName | null) => and(Object.entries(facetFilters).filter(([name]) => name !== except).map(([, condition]) => condition));
  if (!names.length) {
    return sql`SELECT ''::text AS facet, NULL::text AS value, count(*) AS count FROM job_offers o WHERE ${and([...base, ...Object.values(facetFilters)])}`;
  }
  const parts: RawBuilder<unknown>[] = [sql`SELECT ''::text AS facet, NULL::text AS value, count(*) AS count FROM matched o WHERE ${others(null)}`];
  for (const name of names) {
    if (name === 'publieeDepuis') {
      for (const days of PUBLISHED_SINCE_DAYS) {
        parts.push(sql`SELECT 'publieeDepuis', ${String(days)}::text, count(*) FROM matched o WHERE ${others(name)} AND o.created_at >= ${now} - make_interval(days => ${days}::int)`);
      }
    } else {
      parts.push(sql`SELECT ${name}::text, (${FACET_VALUE[name]})::text, count(*) FROM matched o WHERE ${others(name)} GROUP BY 2`);
    }
  }
  return sql`WITH matched AS MATERIALIZED (
      SELECT o.contract_type, o.experience_level, o.qualification_code, o.contract_nature, o.department_code, o.full_time, o.created_at
      FROM job_offers o WHERE ${and(base)}
    ) ${sql.join(parts, sql` UNION ALL `)}`;
}
