import { formatDate } from '../../../platform/html/components.js';
import type { JobOffer } from '../offers.table.js';
import { CONTRACT_TYPES } from './search-query.js';

type CardOffer = Pick<JobOffer, 'id' | 'intitule' | 'company_name' | 'place_label' | 'contract_type' | 'created_at' | 'full_time' | 'salary_label'> & { distance_km?: number | null };

export const contractLabel = (code: string) => CONTRACT_TYPES[code] ?? code;

export const formatKm = (km: number) => (km < 10 ? km.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) : Math.round(km).toLocaleString('fr-FR'));

/** One offer in a list: title (link), employer, place, contract, publication date. */
export function OfferCard({ offer, headingLevel = 'h3' }: { offer: CardOffer; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <div class="fr-card fr-card--horizontal fr-enlarge-link fr-card--sm">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <Heading class="fr-card__title">
            <a href={`/offres/${offer.id}`}>{offer.intitule}</a>
          </Heading>
          <p class="fr-card__desc">
            {[offer.company_name, offer.place_label, offer.distance_km !== null && offer.distance_km !== undefined ? `à ${formatKm(offer.distance_km)} km` : null].filter(Boolean).join(' · ')}
          </p>
          <div class="fr-card__start">
            <ul class="fr-tags-group">
              <li>
                <p class="fr-tag fr-tag--sm">{contractLabel(offer.contract_type)}</p>
              </li>
              {offer.full_time !== null ? (
                <li>
                  <p class="fr-tag fr-tag--sm">{offer.full_time ? 'Temps plein' : 'Temps partiel'}</p>
                </li>
              ) : null}
            </ul>
          </div>
          <div class="fr-card__end">
            <p class="fr-card__detail">Publiée le {formatDate(offer.created_at)}</p>
          </div>
        </div>
      </div>
    </div>
  );
}
