import { Breadcrumb, Pagination, plural } from '../../../platform/html/components.js';
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '../catalogue.vocabulary.js';
import type { OrganisationRow } from '../catalogue.table.js';
import { ServiceGrid } from '../components/service-card.js';
import type { ServiceSummaryRow } from '../search.repository.js';
import type { PublicOrganisationRow } from './organisation-profile.repository.js';

export const kindLabel = (kind: string) => ORGANISATION_KIND_LABELS[kind as OrganisationKind] ?? kind;

/** Every organisation with at least one published service. */
export function OrganisationsPage({ organisations }: { organisations: PublicOrganisationRow[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Organisations' }]} />
      <h1>Les organisations qui proposent des services</h1>
      <p class="fr-text--lead">
        {organisations.length
          ? `${plural(organisations.length, 'organisation propose', 'organisations proposent')} des services dans l’Emploi Store : l’opérateur et ses partenaires publics et privés.`
          : 'Aucune organisation ne propose encore de service.'}
      </p>
      <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
        {organisations.map((organisation) => (
          <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={organisation.slug}>
            <div class="fr-card fr-enlarge-link">
              <div class="fr-card__body">
                <div class="fr-card__content">
                  <h2 class="fr-card__title fr-h5">
                    <a href={`/organisations/${organisation.slug}`}>{organisation.name}</a>
                  </h2>
                  <p class="fr-card__desc">{plural(organisation.services, 'service publié', 'services publiés')}</p>
                  <div class="fr-card__start">
                    <p class="fr-tag fr-tag--sm">{kindLabel(organisation.kind)}</p>
                  </div>
                </div>
              </div>
              {organisation.logo_path ? (
                <div class="fr-card__header es-card-logo">
                  <img src={organisation.logo_path} alt="" width={64} height={64} loading="lazy" />
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface OrganisationPageProps {
  organisation: OrganisationRow;
  descriptionHtml: string;
  services: ServiceSummaryRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** An organisation's public page: its profile and its published services. */
export function OrganisationPage({ organisation, descriptionHtml, services, total, page, pageCount }: OrganisationPageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Organisations', href: '/organisations' }, { label: organisation.name }]} />
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
        {organisation.logo_path ? (
          <div class="fr-col-auto">
            <img src={organisation.logo_path} alt="" width={96} height={96} class="es-organisation-logo" />
          </div>
        ) : null}
        <div class="fr-col">
          <h1 class="fr-mb-1w">{organisation.name}</h1>
          <p class="fr-badge fr-badge--blue-france fr-badge--no-icon">{kindLabel(organisation.kind)}</p>
        </div>
      </div>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <section class="fr-col-12 fr-col-md-8" aria-labelledby="titre-presentation">
          <h2 id="titre-presentation" class="fr-sr-only">
            Présentation
          </h2>
          {descriptionHtml ? <div class="es-markdown" dangerouslySetInnerHTML={{ __html: descriptionHtml }} /> : <p>Cette organisation n’a pas encore rédigé de présentation.</p>}
        </section>
        <aside class="fr-col-12 fr-col-md-4" aria-labelledby="titre-coordonnees">
          <div class="fr-p-3w es-panel">
            <h2 id="titre-coordonnees" class="fr-h4">
              Informations
            </h2>
            <dl>
              {organisation.website ? (
                <>
                  <dt class="fr-text--bold">Site internet</dt>
                  <dd class="fr-mb-2w">
                    <a href={organisation.website} rel="noopener noreferrer" target="_blank" title={`${organisation.website} — nouvelle fenêtre`}>
                      {organisation.website}
                    </a>
                  </dd>
                </>
              ) : null}
              {organisation.siret ? (
                <>
                  <dt class="fr-text--bold">SIRET</dt>
                  <dd class="fr-mb-2w">{organisation.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')}</dd>
                </>
              ) : null}
              <dt class="fr-text--bold">Services publiés</dt>
              <dd>{total}</dd>
            </dl>
          </div>
        </aside>
      </div>
      <section class="fr-mt-4w" aria-labelledby="titre-services">
        <h2 id="titre-services">
          Ses services {pageCount > 1 ? <span class="fr-text--md fr-text--regular">(page {page} sur {pageCount})</span> : null}
        </h2>
        <ServiceGrid services={services} />
        <Pagination page={page} pageCount={pageCount} href={(n) => (n === 1 ? `/organisations/${organisation.slug}` : `/organisations/${organisation.slug}?page=${n}`)} />
      </section>
    </div>
  );
}
