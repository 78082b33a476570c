import { PRICE_LABELS, type PriceModel, TYPE_LABELS, type ServiceType } from '../catalogue.vocabulary.js';
import type { ServiceSummaryRow } from '../search.repository.js';

/** A service in a list: DSFR card, the whole card is the link. */
export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceSummaryRow; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="fr-card fr-enlarge-link es-service-card">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <Heading class="fr-card__title">
            <a href={`/services/${service.slug}`}>{service.name}</a>
          </Heading>
          <p class="fr-card__desc">{service.pitch}</p>
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

export function ServiceGrid({ services, headingLevel = 3 }: { services: ServiceSummaryRow[]; headingLevel?: 2 | 3 | 4 }) {
  return (
    <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
      {services.map((service) => (
        <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={service.slug}>
          <ServiceCard service={service} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
