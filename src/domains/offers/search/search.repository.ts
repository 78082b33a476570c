import type { Db } from '../../../platform/db/database.js';
import type { JobOffer } from '../offers.table.js';
import { type OfferFacet, type OfferSearchCriteria } from './search.criteria.js';
import { decodeCursor, encodeCursor } from './search.cursor.js';
import { buildSearchSql, type CommuneCenter, effectiveSort } from './search.sql.js';

/** An offer as searches return it: every column but the search vector, with its distance. */
export type SearchedOffer = Omit<JobOffer, 'search_vector'> & {
  /** Kilometres to the nearest searched commune; null without communes or coordinates. */
  distance_km: number | null;
};

export interface OfferSearchResult {
  /** Every active offer matching all the criteria. */
  total: number;
  /** The page asked for (offset/limit, or after the cursor). */
  offers: SearchedOffer[];
  /** For each facet asked for: the values with their counts, each counted without its own filter. */
  facets: OfferFacet[];
  /** Cursor to the next page (keyset: goes past any offset cap); null on the last page. */
  nextCursor: string | null;
}

/** Communes of the criteria with their coordinates (unknown codes are ignored by the caller's validation). */
export async function loadCommuneCenters(db: Db, codes: string[]): Promise<CommuneCenter[]> {
  if (!codes.length) return [];
  const rows = await db
    .selectFrom('communes')
    .select(['insee_code', 'latitude', 'longitude'])
    .where('insee_code', 'in', codes)
    .execute();
  return rows.map((row) => ({ code: row.insee_code, latitude: row.latitude, longitude: row.longitude }));
}

/**
 * Searches the active job offers (status 'active'; expired ones are never returned).
 *
 * - keywords: French full text on `search_vector` with `fr_query()` (accents and plurals folded),
 *   ranked by ts_rank_cd weighted by recency for the relevance sort;
 * - communes + distance: `earth_box` (GiST index on ll_to_earth(latitude, longitude)) then exact
 *   `earth_distance`; 0 km: the commune itself; the distance sort orders by the nearest commune;
 * - other filters on indexed or plain columns (see OfferSearchCriteria);
 * - facets: counted on the same search, each without its own filter (a chosen contract type still
 *   shows the counts of the other types);
 * - paging: offset/limit, or a keyset `cursor` from a previous `nextCursor` (stable across pages:
 *   the relevance recency is computed from the first page's time, carried in the cursor).
 *
 * The criteria must already be valid (see search.criteria.ts); an invalid cursor throws
 * `InvalidCursorError`.
 */
export async function searchOffers(db: Db, criteria: OfferSearchCriteria): Promise<OfferSearchResult> {
  const centers = await loadCommuneCenters(db, criteria.communeCodes ?? []);
  const cursor = criteria.cursor ? decodeCursor(criteria.cursor, effectiveSort(criteria, centers)) : null;
  const built = buildSearchSql(criteria, centers, cursor);
  const [pageRows, countRows] = await Promise.all([
    built.page.execute(db),
    built.counts.execute(db),
  ]);
  const { offers, last } = splitPage(pageRows.rows, criteria.limit);
  let total = 0;
  const facets = new Map<string, { value: string; count: number }[]>();
  for (const row of countRows.rows) {
    if (row.facet === '') total = Number(row.count);
    else if (row.value !== null) {
      const values = facets.get(row.facet) ?? [];
      values.push({ value: row.value, count: Number(row.count) });
      facets.set(row.facet, values);
    }
  }
  return {
    total,
    offers,
    facets: (criteria.facets ?? []).map((name) => ({
      name,
      values: (facets.get(name) ?? []).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    })),
    nextCursor: last ? encodeCursor({ sort: built.sort, asOf: built.asOf, key: last }) : null,
  };
}

interface PageRow extends Record<string, unknown> {
  id: string;
  k_score: number | null;
  k_created: string;
  k_distance: number | null;
}

function splitPage(rows: PageRow[], limit: number): { offers: SearchedOffer[]; last: PageRow | null } {
  const hasMore = rows.length > limit;
  const kept = rows.slice(0, limit);
  const offers = kept.map(({ k_score: _s, k_created: _c, k_distance: _d, ...offer }) => toOffer(offer));
  return { offers, last: hasMore ? (kept.at(-1) ?? null) : null };
}

const numeric = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The columns of a job_offers row that the driver returns as strings (numeric, bigint), as numbers. */
export function offerNumbers(row: Record<string, unknown>) {
  return {
    seq: Number(row.seq),
    weekly_hours: numeric(row.weekly_hours),
    contract_months: numeric(row.contract_months),
    salary_min_monthly: numeric(row.salary_min_monthly),
    salary_max_monthly: numeric(row.salary_max_monthly),
  };
}

function toOffer(row: Record<string, unknown>): SearchedOffer {
  return { ...(row as unknown as SearchedOffer), ...offerNumbers(row), distance_km: numeric(row.distance_km) };
}
