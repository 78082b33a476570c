import { PRICE_LABELS, type PriceModel, TYPE_LABELS, type ServiceType } from '../catalogue.vocabulary.js';
import { FavouriteButton, favouriteFormId } from '../favourites/favourite-button.js';
import { currentFavourites } from '../favourites/favourites.context.js';
import { RatingSummary } from '../reviews/index.js';
import type { ServiceSummaryRow } from '../search.repository.js';

/** A service in a list: DSFR card, the whole card is the link. `note` says why it is shown. */
export function ServiceCard({ service, headingLevel = 3, note }: { service: ServiceSummaryRow; headingLevel?: 2 | 3 | 4; note?: string }) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="fr-card fr-enlarge-link es-service-card">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <Heading class="fr-card__title">
            <a href={`/services/${service.slug}`}>{service.name}</a>
          </Heading>
          <p class="fr-card__desc">{service.pitch}</p>
          {note ? (
            <p class="fr-card__desc">
              <strong>Pourquoi ?</strong> {note}
            </p>
          ) : null}
          <div class="fr-card__start">
            <ul class="fr-tags-group">
              <li>
                <p class="fr-tag fr-tag--sm">{TYPE_LABELS[service.type as ServiceType] ?? service.type}</p>
              </li>
              <li>
                <p class="fr-tag fr-tag--sm">{PRICE_LABELS[service.price_model as PriceModel] ?? service.price_model}</p>
              </li>
            </ul>
          </div>
          <div class="fr-card__end">
            {service.rating_count !== undefined ? <RatingSummary average={service.rating_average} count={service.rating_count} class="fr-card__detail" /> : null}
            <p class="fr-card__detail fr-icon-building-line">Proposé par {service.provider_name}</p>
          </div>
        </div>
      </div>
      {service.logo_path ? (
        <div class="fr-card__header es-card-logo">
          <img src={service.logo_path} alt="" width={64} height={64} loading="lazy" />
        </div>
      ) : null}
    </div>
  );
}

/**
 * The favourite button of a card, for a logged-in viewer (nothing for visitors). It goes after the
 * card, not inside: the card's link covers the whole card. `inForm`: the card is inside another
 * form, and the button submits a form rendered after it (FavouriteForms).
 */
export function CardFavourite({ service, inForm = false }: { service: Pick<ServiceSummaryRow, 'id' | 'slug' | 'name'>; inForm?: boolean }) {
  const favourites = currentFavourites();
  if (!favourites) return null;
  const formId = inForm ? favouriteFormId(service.slug) : undefined;
  return <FavouriteButton slug={service.slug} name={service.name} isFavourite={favourites.ids.has(service.id)} csrfToken={favourites.csrfToken} returnPath={favourites.returnPath} formId={formId} />;
}

export function ServiceGrid({ services, headingLevel = 3, inForm = false }: { services: ServiceSummaryRow[]; headingLevel?: 2 | 3 | 4; inForm?: boolean }) {
  return (
    <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
      {services.map((service) => (
        <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={service.slug}>
          <ServiceCard service={service} headingLevel={headingLevel} />
          <CardFavourite service={service} inForm={inForm} />
        </li>
      ))}
    </ul>
  );
}
