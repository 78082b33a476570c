import { formatNumber, Pagination, plural } from '../../../platform/html/components.js';
import { SORTS, type Sort } from '../search.schemas.js';
import type { Facet, SearchResult } from '../search.service.js';
import type { FACET_PARAMS} from '../search.url.js';
import { FACET_KEY_BY_NAME, searchUrl, withoutFilter } from '../search.url.js';
import { FavouriteForms } from '../favourites/favourite-button.js';
import { currentFavourites } from '../favourites/favourites.context.js';
import { ServiceGrid } from './service-card.js';

type FacetKey = keyof typeof FACET_PARAMS;

const SORT_LABELS: Record<Sort, string> = { pertinence: 'Pertinence', nouveautes: 'Nouveautés', 'a-z': 'Ordre alphabétique (A à Z)', popularite: 'Popularité', note: 'Mieux notés' };

export interface SearchViewProps {
  result: SearchResult;
  /** The page the form submits to (/recherche, /thematiques/…). */
  basePath: string;
  /** Facets fixed by the page (the theme of a theme page): not shown, not removable. */
  fixed?: FacetKey[];
  /** List every provider in the filter (otherwise the most frequent ones and the selected ones). */
  allProviders?: boolean;
}

type ViewBase = Required<Pick<SearchViewProps, 'result' | 'basePath' | 'fixed'>>;

/** Providers shown in the filter before "show all": a catalogue has hundreds of them. */
const PROVIDERS_SHOWN = 10;

function limitProviders(facet: Facet, allProviders: boolean): { facet: Facet; hidden: number } {
  if (facet.name !== 'fournisseur' || allProviders || facet.options.length <= PROVIDERS_SHOWN) return { facet, hidden: 0 };
  const options = facet.options.filter((option, index) => index < PROVIDERS_SHOWN || option.selected);
  return { facet: { ...facet, options }, hidden: facet.options.length - options.length };
}

function FacetFieldset({ facet, hidden = 0, moreHref }: { facet: Facet; hidden?: number; moreHref?: string }) {
  if (!facet.options.length) return null;
  const id = `facette-${facet.name}`;
  return (
    <fieldset class="fr-fieldset es-facet" id={id} aria-labelledby={`${id}-legende`}>
      <legend class="fr-fieldset__legend fr-fieldset__legend--regular fr-text--bold" id={`${id}-legende`}>
        {facet.label}
      </legend>
      {facet.options.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <div class="fr-fieldset__element" key={option.value}>
            <div class="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={inputId} name={facet.name} value={option.value} checked={option.selected} data-auto-submit="" />
              <label class="fr-label" for={inputId}>
                {option.label}
                <span class="es-facet-count">&nbsp;({formatNumber(option.count)})</span>
              </label>
            </div>
          </div>
        );
      })}
      {hidden > 0 && moreHref ? (
        <div class="fr-fieldset__element">
          <a class="fr-link fr-link--sm" href={moreHref}>
            Afficher les {formatNumber(hidden)} autres fournisseurs
          </a>
        </div>
      ) : null}
    </fieldset>
  );
}

function ActiveFilters({ result, basePath, fixed }: ViewBase) {
  const tags: { label: string; href: string }[] = [];
  for (const facet of result.facets) {
    const key = FACET_KEY_BY_NAME[facet.name];
    if (!key || fixed.includes(key)) continue;
    for (const option of facet.options.filter((item) => item.selected)) {
      tags.push({ label: `${facet.label} : ${option.label}`, href: withoutFilter(basePath, result.criteria, key, option.value, fixed) });
    }
  }
  if (!tags.length) return null;
  const clear = searchUrl(basePath, result.criteria, { themes: fixed.includes('themes') ? result.criteria.themes : [], types: [], audiences: [], prices: [], platforms: [], providers: [], page: 1 }, fixed);
  return (
    <div class="fr-mb-3w">
      <h2 class="fr-sr-only">Filtres actifs</h2>
      <ul class="fr-tags-group">
        {tags.map((tag) => (
          <li key={tag.href}>
            <a class="fr-tag fr-tag--sm fr-icon-close-line fr-tag--icon-right" href={tag.href} aria-label={`Retirer le filtre ${tag.label}`}>
              {tag.label}
            </a>
          </li>
        ))}
        <li>
          <a class="fr-link fr-link--sm" href={clear}>
            Effacer tous les filtres
          </a>
        </li>
      </ul>
    </div>
  );
}

function EmptyState({ result, basePath, fixed }: ViewBase) {
  const { criteria, suggestion } = result;
  const hasFilters = result.facets.some((facet) => !fixed.includes(FACET_KEY_BY_NAME[facet.name]!) && facet.options.some((option) => option.selected));
  return (
    <div class="fr-callout fr-mt-2w" id="aucun-resultat">
      <h2 class="fr-callout__title">Aucun service ne correspond à votre recherche</h2>
      {suggestion ? (
        <p class="fr-callout__text">
          Vouliez-vous dire <a href={searchUrl(basePath, criteria, { q: suggestion, page: 1 }, fixed)}>« {suggestion} »</a> ?
        </p>
      ) : null}
      <ul class="fr-mt-2w">
        <li>Vérifiez l’orthographe des mots-clés.</li>
        <li>Essayez des mots plus généraux ou moins de mots (par exemple « CV », « formation », « entretien »).</li>
        {hasFilters ? (
          <li>
            <a href={searchUrl(basePath, criteria, { types: [], audiences: [], prices: [], platforms: [], providers: [], themes: fixed.includes('themes') ? criteria.themes : [], page: 1 }, fixed)}>
              Retirez les filtres
            </a>{' '}
            pour élargir la recherche.
          </li>
        ) : null}
        <li>
          Parcourez les <a href="/thematiques">six thématiques</a> ou <a href="/recherche">tous les services</a>.
        </li>
      </ul>
    </div>
  );
}

/** Facets, active filters, sort, results, pagination: a single GET form that works without JavaScript. */
export function SearchView({ result, basePath, fixed = [], allProviders = false }: SearchViewProps) {
  const { criteria } = result;
  const start = (criteria.page - 1) * criteria.perPage + 1;
  const end = Math.min(result.total, start + criteria.perPage - 1);
  const shownFacets = result.facets.filter((facet) => facet.options.length && !fixed.includes(FACET_KEY_BY_NAME[facet.name]!));
  return (
    <>
    <form method="get" action={basePath} id="recherche-services" class="fr-grid-row fr-grid-row--gutters" data-search-form="">
      <div class="fr-col-12 fr-col-md-4 fr-col-lg-3">
        {shownFacets.length ? (
          <>
            <h2 class="fr-h5">Filtrer les résultats</h2>
            {shownFacets.map((full) => {
              const { facet, hidden } = limitProviders(full, allProviders);
              const current = searchUrl(basePath, criteria, {}, fixed);
              const moreHref = `${current}${current.includes('?') ? '&' : '?'}fournisseurs=tous#facette-fournisseur`;
              return <FacetFieldset facet={facet} hidden={hidden} moreHref={moreHref} key={facet.name} />;
            })}
            <button class="fr-btn fr-btn--secondary fr-mt-2w" type="submit">
              Appliquer les filtres
            </button>
          </>
        ) : null}
      </div>
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-9">
        <div class="fr-search-bar fr-search-bar--lg fr-mb-3w" role="search">
          <label class="fr-label" for="recherche-q">
            Mots-clés
          </label>
          <input class="fr-input" type="search" id="recherche-q" name="q" value={criteria.q} maxLength={200} placeholder="Un service, un métier, un besoin…" data-autocomplete-input="" />
          <button class="fr-btn" type="submit" title="Rechercher">
            Rechercher
          </button>
        </div>
        <ActiveFilters result={result} basePath={basePath} fixed={fixed} />
        <div class="fr-grid-row fr-grid-row--middle fr-grid-row--gutters fr-mb-1w">
          <div class="fr-col-12 fr-col-md-7">
            <p class="fr-text--lg fr-mb-0" role="status" id="nombre-resultats">
              {result.total === 0
                ? 'Aucun service trouvé'
                : `${plural(result.total, 'service trouvé', 'services trouvés')}${result.pageCount > 1 ? ` — résultats ${formatNumber(start)} à ${formatNumber(end)}` : ''}`}
            </p>
          </div>
          <div class="fr-col-12 fr-col-md-5">
            <div class="fr-select-group fr-mb-0">
              <label class="fr-label" for="recherche-tri">
                Trier par
              </label>
              <select class="fr-select" id="recherche-tri" name="tri" data-auto-submit="">
                {SORTS.map((sort) => (
                  <option value={sort} selected={sort === criteria.sort} key={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <h2 class="fr-sr-only">Résultats</h2>
        {result.total === 0 ? <EmptyState result={result} basePath={basePath} fixed={fixed} /> : <ServiceGrid services={result.services} inForm />}
        <Pagination page={criteria.page} pageCount={result.pageCount} href={(page) => searchUrl(basePath, criteria, { page }, fixed)} />
      </div>
    </form>
    {/* Favourite buttons sit inside the search form; the forms they submit cannot nest in it. */}
    <FavouriteForms services={result.services} favourites={currentFavourites()} />
    </>
  );
}
