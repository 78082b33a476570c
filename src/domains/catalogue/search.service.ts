import { VersionedCache } from '../../platform/cache/versioned-cache.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { findRomeCodesForQuery } from '../referentiels/index.js';
import {
  AUDIENCE_LABELS,
  type Audience,
  PLATFORM_LABELS,
  type Platform,
  PRICE_LABELS,
  type PriceModel,
  SERVICE_TYPES,
  type ServiceType,
  type ThemeSlug,
  TYPE_LABELS,
} from './catalogue.vocabulary.js';
import { findOrganisationsBySlugs } from './organisations.repository.js';
import {
  catalogueVersion,
  countFacets,
  countServices,
  type FacetCountRow,
  type FacetName,
  type SearchFilters,
  searchServices,
  type ServiceSummaryRow,
  suggestSpelling,
  type TextQuery,
} from './search.repository.js';
import { DEFAULT_PER_PAGE, type SearchQuery, type Sort } from './search.schemas.js';
import { THEMES } from './themes.data.js';

export interface SearchCriteria {
  q: string;
  themes: string[];
  types: string[];
  audiences: string[];
  prices: string[];
  platforms: string[];
  providers: string[];
  sort: Sort;
  page: number;
  perPage: number;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  name: FacetName;
  label: string;
  options: FacetOption[];
}

export interface SearchResult {
  criteria: SearchCriteria;
  total: number;
  pageCount: number;
  services: ServiceSummaryRow[];
  facets: Facet[];
  /** "Vouliez-vous dire …": a corrected query that has results, when this one has none. */
  suggestion: string | null;
}

const unique = (values: string[] | undefined) => [...new Set(values ?? [])];

/** Validated query parameters to search criteria; the text is trimmed and its spaces folded. */
export function toCriteria(query: SearchQuery, defaults: Partial<SearchCriteria> = {}): SearchCriteria {
  const q = (query.q ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return {
    q,
    themes: unique(query.theme ?? defaults.themes),
    types: unique(query.type),
    audiences: unique(query.public),
    prices: unique(query.prix),
    platforms: unique(query.plateforme),
    providers: unique(query.fournisseur),
    sort: query.tri ?? 'pertinence',
    page: query.page ?? 1,
    perPage: query.par_page ?? DEFAULT_PER_PAGE,
  };
}

function labelled<K extends string>(labels: Record<K, string>, values: readonly K[], rows: FacetCountRow[], selected: string[]): FacetOption[] {
  return values
    .map((value) => ({
      value,
      label: labels[value],
      count: rows.find((row) => row.value === value)?.count ?? 0,
      selected: selected.includes(value),
    }))
    .filter((option) => option.count > 0 || option.selected);
}

function buildFacets(rows: FacetCountRow[], criteria: SearchCriteria, providerNames: Map<string, string>): Facet[] {
  const of = (name: FacetName) => rows.filter((row) => row.facet === name);
  const themeLabels = Object.fromEntries(THEMES.map((theme) => [theme.slug, theme.name])) as Record<ThemeSlug, string>;
  const providerOptions = of('fournisseur').map((row) => ({
    value: row.value,
    label: row.label ?? row.value,
    count: row.count,
    selected: criteria.providers.includes(row.value),
  }));
  for (const slug of criteria.providers) {
    if (!providerOptions.some((option) => option.value === slug)) {
      providerOptions.push({ value: slug, label: providerNames.get(slug) ?? slug, count: 0, selected: true });
    }
  }
  providerOptions.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  return [
    { name: 'theme', label: 'Thématique', options: labelled(themeLabels, THEMES.map((theme) => theme.slug), of('theme'), criteria.themes) },
    { name: 'type', label: 'Type de service', options: labelled<ServiceType>(TYPE_LABELS, SERVICE_TYPES, of('type'), criteria.types) },
    { name: 'public', label: 'Public', options: labelled<Audience>(AUDIENCE_LABELS, ['candidats', 'entreprises'], of('public'), criteria.audiences) },
    { name: 'prix', label: 'Prix', options: labelled<PriceModel>(PRICE_LABELS, ['gratuit', 'freemium', 'payant'], of('prix'), criteria.prices) },
    { name: 'plateforme', label: 'Plateforme', options: labelled<Platform>(PLATFORM_LABELS, ['web', 'ios', 'android'], of('plateforme'), criteria.platforms) },
    { name: 'fournisseur', label: 'Proposé par', options: providerOptions },
  ];
}

/** How long a process trusts the catalogue version it read (changes show everywhere within that time). */
const VERSION_TRUST_MS = 1000;

/**
 * Search with facets and spelling suggestion, behind a per-process cache checked against the
 * catalogue version (read at most once a second), with one computation per key at a time. It also
 * caches the rendered HTML of anonymous search pages, which are the same for every visitor.
 */
export class CatalogueSearch {
  private readonly cache: VersionedCache<SearchResult>;
  private readonly pages: VersionedCache<string>;
  private readonly inflight = new Map<string, Promise<SearchResult>>();
  private version: { value: number; readAt: number } | null = null;

  constructor(
    private readonly db: Db,
    cacheSeconds: number,
  ) {
    this.cache = new VersionedCache(1000, cacheSeconds * 1000);
    this.pages = new VersionedCache(500, cacheSeconds * 1000);
  }

  /** After a change made by this process, read the version again at once. */
  forgetVersion(): void {
    this.version = null;
  }

  private async currentVersion(): Promise<number> {
    const now = Date.now();
    if (this.version && now - this.version.readAt < VERSION_TRUST_MS) return this.version.value;
    const value = await catalogueVersion(this.db);
    this.version = { value, readAt: now };
    return value;
  }

  async search(criteria: SearchCriteria): Promise<SearchResult> {
    if (!this.cache.enabled) return this.compute(criteria);
    const version = await this.currentVersion();
    const key = JSON.stringify(criteria);
    const cached = this.cache.get(key, version);
    if (cached) return cached;
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const computing = this.compute(criteria)
      .then((result) => {
        this.cache.set(key, version, result);
        return result;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, computing);
    return computing;
  }

  /** The HTML of an anonymous page for this URL, rendered once per catalogue version. */
  async page(url: string, render: () => Promise<string>): Promise<string> {
    if (!this.pages.enabled) return render();
    const version = await this.currentVersion();
    const cached = this.pages.get(url, version);
    if (cached) return cached;
    const html = await render();
    this.pages.set(url, version, html);
    return html;
  }

  private async compute(criteria: SearchCriteria): Promise<SearchResult> {
    const providers = criteria.providers.length ? await findOrganisationsBySlugs(this.db, criteria.providers) : [];
    const unknown = criteria.providers.filter((slug) => !providers.some((provider) => provider.slug === slug));
    if (unknown.length) {
      throw new AppError('INVALID_FILTER', `Le fournisseur « ${unknown[0]} » n'existe pas.`, [
        { field: 'fournisseur', message: `Le fournisseur « ${unknown[0]} » n'existe pas.` },
      ]);
    }
    const filters: SearchFilters = {
      themes: criteria.themes,
      types: criteria.types,
      audiences: criteria.audiences,
      prices: criteria.prices,
      platforms: criteria.platforms,
      providerIds: providers.map((provider) => provider.id),
    };
    const text: TextQuery | null = criteria.q ? { q: criteria.q, romeCodes: await findRomeCodesForQuery(this.db, criteria.q) } : null;
    const offset = (criteria.page - 1) * criteria.perPage;
    const { total, rows } = await searchServices(this.db, text, filters, criteria.sort, criteria.perPage, offset);
    const pageCount = Math.max(1, Math.ceil(total / criteria.perPage));
    if (criteria.page > pageCount) {
      const message = `La page ${criteria.page} n'existe pas : cette recherche compte ${pageCount} page${pageCount > 1 ? 's' : ''} de résultats.`;
      throw new AppError('PAGE_OUT_OF_RANGE', message, [{ field: 'page', message }]);
    }
    const facetRows = await countFacets(this.db, text, filters);
    let suggestion: string | null = null;
    if (total === 0 && text) {
      const corrected = await suggestSpelling(this.db, text.q);
      if (corrected && (await countServices(this.db, { q: corrected, romeCodes: await findRomeCodesForQuery(this.db, corrected) }, filters)) > 0) {
        suggestion = corrected;
      }
    }
    const providerNames = new Map(providers.map((provider) => [provider.slug, provider.name]));
    return { criteria, total, pageCount, services: rows, facets: buildFacets(facetRows, criteria, providerNames), suggestion };
  }
}
