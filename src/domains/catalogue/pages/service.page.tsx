import type { ComponentChildren } from 'preact';
import { Breadcrumb, formatDate, formatNumber } from '../../../platform/html/components.js';
import {
  AUDIENCE_LABELS,
  type Audience,
  LANGUAGE_LABELS,
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
  PLATFORM_LABELS,
  type Platform,
  PRICE_LABELS,
  type PriceModel,
  TYPE_LABELS,
  type ServiceType,
} from '../catalogue.vocabulary.js';
import { ServiceGrid } from '../components/service-card.js';
import { RatingSummary, ReviewsSection, type ReviewsSectionData } from '../reviews/index.js';
import { FavouriteButton, FavouriteLogInLink } from '../favourites/favourite-button.js';
import type { ServiceSummaryRow } from '../search.repository.js';
import type { ServiceDetailRow } from '../services.repository.js';
import { THEMES } from '../themes.data.js';

export interface ServicePageProps {
  service: ServiceDetailRow;
  descriptionHtml: string;
  romeSheets: { code: string; label: string }[];
  similar: ServiceSummaryRow[];
  /** The favourite button of a logged-in viewer; visitors get a link to log in. */
  favourite: { isFavourite: boolean; csrfToken: string } | null;
  reviews: ReviewsSectionData;
  reviewsCsrfToken?: string;
  /** Links added by other domains (a MOOC's course page). */
  links?: { label: string; href: string }[];
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="es-definition">
      <dt class="fr-text--bold">{label}</dt>
      <dd class="fr-mb-2w">{children}</dd>
    </div>
  );
}

export function ServicePage({ service, descriptionHtml, romeSheets, similar, favourite, reviews, reviewsCsrfToken, links = [] }: ServicePageProps) {
  const themes = THEMES.filter((theme) => service.themes.includes(theme.slug));
  const firstTheme = themes[0];
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb
        crumbs={[
          { label: 'Accueil', href: '/' },
          ...(firstTheme ? [{ label: firstTheme.name, href: `/thematiques/${firstTheme.slug}` }] : []),
          { label: service.name },
        ]}
      />
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
        {service.logo_path ? (
          <div class="fr-col-auto">
            <img class="es-service-logo" src={service.logo_path} alt="" width={96} height={96} />
          </div>
        ) : null}
        <div class="fr-col">
          <h1 class="fr-mb-1w">{service.name}</h1>
          <p class="fr-text--lead fr-mb-1w">{service.pitch}</p>
          <RatingSummary average={reviews.stats.average} count={reviews.stats.count} class="fr-mb-1w" />
          <ul class="fr-tags-group">
            <li>
              <p class="fr-tag">{TYPE_LABELS[service.type as ServiceType] ?? service.type}</p>
            </li>
            <li>
              <p class="fr-tag">{PRICE_LABELS[service.price_model as PriceModel] ?? service.price_model}</p>
            </li>
          </ul>
        </div>
      </div>
      <p class="fr-mt-3w">
        <a class="fr-btn fr-btn--lg fr-icon-external-link-line fr-btn--icon-right" href={`/services/${service.slug}/acceder`} title={`Accéder au service ${service.name} (site de ${service.provider_name})`}>
          Accéder au service
        </a>
      </p>
      {links.map((link) => (
        <p key={link.href}>
          <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={link.href}>
            {link.label}
          </a>
        </p>
      ))}
      <div class="fr-mb-2w">
        {favourite ? (
          <FavouriteButton slug={service.slug} name={service.name} isFavourite={favourite.isFavourite} csrfToken={favourite.csrfToken} returnPath={`/services/${service.slug}`} size="md" />
        ) : (
          <FavouriteLogInLink returnPath={`/services/${service.slug}`} />
        )}
      </div>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <section class="fr-col-12 fr-col-md-8" aria-labelledby="titre-description">
          <h2 id="titre-description">Présentation</h2>
          <div class="es-markdown" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
          {service.screenshots.length ? (
            <>
              <h2 class="fr-mt-4w">Captures d’écran</h2>
              <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
                {service.screenshots.map((src, index) => (
                  <li class="fr-col-12 fr-col-sm-6" key={src}>
                    <img class="fr-responsive-img" src={src} alt={`Capture d’écran ${index + 1} de ${service.name}`} loading="lazy" />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <aside class="fr-col-12 fr-col-md-4" aria-labelledby="titre-informations">
          <div class="fr-p-3w es-panel">
            <h2 id="titre-informations" class="fr-h4">
              Informations
            </h2>
            <dl>
              <Row label="Proposé par">
                <a href={`/organisations/${service.provider_slug}`}>{service.provider_name}</a>
                <br />
                <span class="fr-text--sm">{ORGANISATION_KIND_LABELS[service.provider_kind as OrganisationKind] ?? ''}</span>
              </Row>
              <Row label="Thématiques">
                <ul class="es-inline-list">
                  {themes.map((theme) => (
                    <li key={theme.slug}>
                      <a href={`/thematiques/${theme.slug}`}>{theme.name}</a>
                    </li>
                  ))}
                </ul>
              </Row>
              <Row label="Public">{AUDIENCE_LABELS[service.audience as Audience] ?? service.audience}</Row>
              <Row label="Prix">
                {PRICE_LABELS[service.price_model as PriceModel] ?? service.price_model}
                {service.price_text ? ` — ${service.price_text}` : ''}
              </Row>
              <Row label="Plateformes">{service.platforms.map((platform) => PLATFORM_LABELS[platform as Platform] ?? platform).join(', ')}</Row>
              <Row label="Langues">{service.languages.map((code) => LANGUAGE_LABELS[code] ?? code).join(', ')}</Row>
              <Row label="Accessibilité">{service.accessibility || 'Non renseignée.'}</Row>
              {romeSheets.length ? (
                <Row label="Métiers concernés">
                  <ul class="es-inline-list">
                    {romeSheets.map((sheet) => (
                      <li key={sheet.code}>
                        {sheet.label} <span class="fr-text--sm">({sheet.code})</span>
                      </li>
                    ))}
                  </ul>
                </Row>
              ) : null}
              <Row label="En ligne depuis le">{formatDate(service.published_at)}</Row>
              <Row label="Consultations">{formatNumber(service.views)}</Row>
            </dl>
          </div>
        </aside>
      </div>
      <ReviewsSection data={reviews} csrfToken={reviewsCsrfToken} />
      {similar.length ? (
        <section class="fr-mt-6w" aria-labelledby="titre-similaires">
          <h2 id="titre-similaires">Services similaires</h2>
          <ServiceGrid services={similar} />
        </section>
      ) : null}
    </div>
  );
}
