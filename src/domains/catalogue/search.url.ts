import { DEFAULT_PER_PAGE } from './search.schemas.js';
import type { SearchCriteria } from './search.service.js';

type FacetKey = 'themes' | 'types' | 'audiences' | 'prices' | 'platforms' | 'providers';

export const FACET_PARAMS: Record<FacetKey, string> = {
  themes: 'theme',
  types: 'type',
  audiences: 'public',
  prices: 'prix',
  platforms: 'plateforme',
  providers: 'fournisseur',
};

export const FACET_KEY_BY_NAME: Record<string, FacetKey> = Object.fromEntries(
  Object.entries(FACET_PARAMS).map(([key, name]) => [name, key as FacetKey]),
) as Record<string, FacetKey>;

/** The URL of a search, with only non-default parameters; `fixed` facets are part of basePath. */
export function searchUrl(basePath: string, criteria: SearchCriteria, changes: Partial<SearchCriteria> = {}, fixed: FacetKey[] = []): string {
  const next = { ...criteria, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.append('q', next.q);
  for (const key of Object.keys(FACET_PARAMS) as FacetKey[]) {
    if (fixed.includes(key)) continue;
    for (const value of next[key]) params.append(FACET_PARAMS[key], value);
  }
  if (next.sort !== 'pertinence') params.append('tri', next.sort);
  if (next.perPage !== DEFAULT_PER_PAGE) params.append('par_page', String(next.perPage));
  if (next.page > 1) params.append('page', String(next.page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** The same search without one filter value, back to page 1. */
export function withoutFilter(basePath: string, criteria: SearchCriteria, key: FacetKey, value: string, fixed: FacetKey[] = []): string {
  return searchUrl(basePath, criteria, { [key]: criteria[key].filter((item) => item !== value), page: 1 }, fixed);
}
