import { Breadcrumb, Container, formatNumber, Pagination, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, fieldIds, FieldGroup, Notice } from '../../../platform/html/forms.js';
import { DEPARTMENTS } from '../../referentiels/index.js';
import type { CommuneChoice } from '../search/commune.resolver.js';
import { communeLabel } from '../search/commune.resolver.js';
import { DISTANCES_KM, type OfferFacet, PUBLISHED_SINCE_DAYS } from '../search/search.criteria.js';
import type { OfferSearchResult } from '../search/search.repository.js';
import { OfferCard } from './offer-card.js';
import { CONTRACT_TYPES, EXPERIENCES, MAX_KEYWORDS_LENGTH, PAGE_SIZE, type SearchForm, searchHref, type SortParam } from './search-query.js';

const FORM_ID = 'recherche-offres';
export const COMMUNE_AUTOCOMPLETE_SCRIPT = '/static/js/commune-autocomplete.js';

export interface SearchPageProps {
  form: SearchForm;
  errors: FieldErrors;
  /** Communes to choose from after an ambiguous commune. */
  candidates: CommuneChoice[];
  result: OfferSearchResult | null;
  commune: CommuneChoice | null;
  /** Logged in: the alert form is shown. */
  csrfToken?: string;
  alertQuery?: string;
  alertLabel?: string;
  notice?: string;
}

const counts = (facets: OfferFacet[], name: string) => new Map((facets.find((facet) => facet.name === name)?.values ?? []).map((v) => [v.value, v.count]));
const withCount = (label: string, count: number | undefined, shown: boolean) => (shown ? `${label} (${formatNumber(count ?? 0)})` : label);

function Choices(props: { type: 'checkbox' | 'radio'; name: string; legend: string; options: { value: string; label: string }[]; checked: (value: string) => boolean }) {
  return (
    <fieldset class="fr-fieldset" aria-labelledby={`champ-${props.name}-legende`}>
      <legend class="fr-fieldset__legend fr-text--md" id={`champ-${props.name}-legende`}>
        {props.legend}
      </legend>
      {props.options.map((option) => (
        <div class="fr-fieldset__element" key={option.value}>
          <div class={`fr-${props.type}-group fr-${props.type}-group--sm`}>
            <input form={FORM_ID} type={props.type} id={`champ-${props.name}-${option.value || 'tous'}`} name={props.name} value={option.value} checked={props.checked(option.value)} />
            <label class="fr-label" for={`champ-${props.name}-${option.value || 'tous'}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function SearchFields({ form, errors, candidates }: Pick<SearchPageProps, 'form' | 'errors' | 'candidates'>) {
  const lieu = fieldIds('lieu', 'hint', errors.lieu);
  return (
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-5">
        <FieldGroup id="champ-motsCles" label="Métier, compétence ou mots-clés">
          <input class="fr-input" type="search" id="champ-motsCles" name="motsCles" value={form.motsCles} maxLength={MAX_KEYWORDS_LENGTH} />
        </FieldGroup>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <FieldGroup id={lieu.id} label="Commune" hint="Nom ou code postal, par exemple Lyon ou 69003" error={errors.lieu}>
          <input
            class={`fr-input${errors.lieu ? ' fr-input--error' : ''}`}
            type="text"
            id={lieu.id}
            name="lieu"
            value={form.lieu}
            maxLength={MAX_KEYWORDS_LENGTH}
            autocomplete="off"
            aria-describedby={lieu.describedBy}
            aria-invalid={errors.lieu ? 'true' : undefined}
            data-commune-autocomplete="/api/v1/communes"
          />
        </FieldGroup>
        {candidates.length ? (
          <div class="fr-mt-1w">
            <p class="fr-text--sm fr-mb-1v">Communes possibles :</p>
            <ul class="fr-text--sm">
              {candidates.map((candidate) => (
                <li key={`${candidate.code}-${candidate.postalCode}`}>
                  <a href={searchHref(form, { lieu: communeLabel(candidate), page: 1 })}>{communeLabel(candidate)}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div class="fr-col-12 fr-col-md-3">
        <FieldGroup id="champ-distance" label="Distance" kind="select">
          <select class="fr-select" id="champ-distance" name="distance">
            {DISTANCES_KM.map((km) => (
              <option value={String(km)} selected={form.distance === km} key={km}>
                {km === 0 ? 'Dans la commune' : `${km} km`}
              </option>
            ))}
          </select>
        </FieldGroup>
      </div>
    </div>
  );
}

function Filters({ form, facets }: { form: SearchForm; facets: OfferFacet[] }) {
  const contracts = counts(facets, 'typeContrat');
  const experiences = counts(facets, 'experience');
  const fullTime = counts(facets, 'tempsPlein');
  const since = counts(facets, 'publieeDepuis');
  const departments = counts(facets, 'departement');
  const shown = facets.length > 0;
  const contractCodes = [...new Set([...Object.keys(CONTRACT_TYPES).filter((code) => contracts.has(code) || form.typeContrat.includes(code) || ['CDI', 'CDD', 'MIS', 'SAI'].includes(code))])];
  return (
    <div>
      <h2 class="fr-h5">Filtrer les offres</h2>
      <Choices type="checkbox" name="typeContrat" legend="Type de contrat" options={contractCodes.map((code) => ({ value: code, label: withCount(CONTRACT_TYPES[code]!, contracts.get(code), shown) }))} checked={(value) => form.typeContrat.includes(value)} />
      <Choices type="checkbox" name="experience" legend="Expérience demandée" options={Object.entries(EXPERIENCES).map(([value, label]) => ({ value, label: withCount(label, experiences.get(value), shown) }))} checked={(value) => form.experience.includes(value)} />
      <Choices
        type="radio"
        name="tempsPlein"
        legend="Durée du travail"
        options={[{ value: '', label: 'Indifférent' }, { value: 'true', label: withCount('Temps plein', fullTime.get('true'), shown) }, { value: 'false', label: withCount('Temps partiel', fullTime.get('false'), shown) }]}
        checked={(value) => form.tempsPlein === value}
      />
      <Choices
        type="radio"
        name="publieeDepuis"
        legend="Publiée depuis"
        options={[{ value: '', label: 'Indifférent' }, ...PUBLISHED_SINCE_DAYS.map((days) => ({ value: String(days), label: withCount(days === 1 ? '1 jour' : `${days} jours`, since.get(String(days)), shown) }))]}
        checked={(value) => form.publieeDepuis === value}
      />
      <FieldGroup id="champ-departement" label="Département" kind="select">
        <select form={FORM_ID} class="fr-select" id="champ-departement" name="departement">
          <option value="" selected={!form.departement}>
            Tous les départements
          </option>
          {DEPARTMENTS.map((department) => (
            <option value={department.code} selected={form.departement === department.code} key={department.code}>
              {withCount(`${department.code} - ${department.name}`, departments.get(department.code), shown)}
            </option>
          ))}
        </select>
      </FieldGroup>
      <button form={FORM_ID} class="fr-btn fr-mt-2w" type="submit">
        Appliquer les filtres
      </button>
    </div>
  );
}

const SORT_LABELS: Record<SortParam, string> = { pertinence: 'Pertinence', date: 'Date de publication', distance: 'Distance' };

function Sorts({ form, hasCommune }: { form: SearchForm; hasCommune: boolean }) {
  const available = (Object.keys(SORT_LABELS) as SortParam[]).filter((sort) => sort !== 'distance' || hasCommune);
  return (
    <nav aria-label="Trier les offres" class="fr-mb-2w">
      <p class="fr-text--sm fr-mb-1v">Trier par :</p>
      <ul class="fr-tags-group">
        {available.map((sort) => (
          <li key={sort}>
            {form.tri === sort ? (
              <a class="fr-tag fr-tag--sm" aria-current="true" href={searchHref(form, { tri: sort, page: 1 })}>
                {SORT_LABELS[sort]}
              </a>
            ) : (
              <a class="fr-tag fr-tag--sm" href={searchHref(form, { tri: sort, page: 1 })}>
                {SORT_LABELS[sort]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AlertForm({ csrfToken, query, label }: { csrfToken: string; query: string; label: string }) {
  return (
    <form method="post" action="/offres/alertes" class="fr-mb-3w">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="requete" value={query} />
      <input type="hidden" name="libelle" value={label} />
      <button class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-notification-3-line fr-btn--icon-left" type="submit">
        Recevoir les nouvelles offres de cette recherche par e-mail
      </button>
    </form>
  );
}

/** /offres: the search form (works without JavaScript), the filters with counts, the results. */
export function SearchPage(props: SearchPageProps) {
  const { form, result } = props;
  const pageCount = result ? Math.min(Math.ceil(result.total / PAGE_SIZE), 500) : 0;
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Offres d’emploi' }]} />
      <h1>Offres d’emploi</h1>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary errors={props.errors} labels={{ lieu: 'Commune' }} />
      <form id={FORM_ID} method="get" action="/offres" role="search" aria-label="Rechercher des offres d’emploi">
        <SearchFields form={form} errors={props.errors} candidates={props.candidates} />
        <input type="hidden" name="tri" value={form.tri} />
        <button class="fr-btn fr-icon-search-line fr-btn--icon-left fr-mb-3w" type="submit">
          Rechercher
        </button>
      </form>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">
          <Filters form={form} facets={result?.facets ?? []} />
        </div>
        <div class="fr-col-12 fr-col-md-8">
          {result ? (
            <section aria-labelledby="resultats">
              <h2 id="resultats" class="fr-h4">
                {result.total ? `${formatNumber(result.total)} ${plural(result.total, 'offre trouvée', 'offres trouvées')}` : 'Aucune offre trouvée'}
                {props.commune ? ` autour de ${props.commune.name}` : ''}
              </h2>
              {props.csrfToken && props.alertQuery !== undefined ? <AlertForm csrfToken={props.csrfToken} query={props.alertQuery} label={props.alertLabel ?? ''} /> : null}
              {result.total ? <Sorts form={form} hasCommune={!!props.commune} /> : <p>Essayez d’autres mots-clés, une distance plus grande ou moins de filtres.</p>}
              <ul class="fr-raw-list">
                {result.offers.map((offer) => (
                  <li key={offer.id} class="fr-mb-2w">
                    <OfferCard offer={offer} />
                  </li>
                ))}
              </ul>
              <Pagination page={form.page} pageCount={pageCount} href={(page) => searchHref(form, { page })} />
            </section>
          ) : null}
        </div>
      </div>
    </Container>
  );
}
