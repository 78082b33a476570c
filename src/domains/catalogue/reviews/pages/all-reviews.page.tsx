import { Breadcrumb, Pagination } from '../../../../platform/html/components.js';
import { RatingOverview } from '../components/rating-overview.js';
import { ReviewItem } from '../components/review-item.js';
import type { ReviewsSectionData } from '../reviews-section.service.js';

export interface AllReviewsPageProps {
  data: ReviewsSectionData;
  page: number;
  pageCount: number;
  csrfToken?: string;
}

/** Every published review of a service, newest first, twenty per page. */
export function AllReviewsPage({ data, page, pageCount, csrfToken }: AllReviewsPageProps) {
  const here = `/services/${data.service.slug}`;
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: data.service.name, href: here }, { label: 'Avis' }]} />
      <h1>Avis sur « {data.service.name} »</h1>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">
          <RatingOverview stats={data.stats} />
          <p class="fr-mt-2w">
            <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`${here}#avis`}>
              Retour au service
            </a>
          </p>
        </div>
        <div class="fr-col-12 fr-col-md-8">
          <h2 class="fr-h4">{pageCount > 1 ? `Avis, page ${page} sur ${pageCount}` : 'Tous les avis'}</h2>
          {data.reviews.map((review) => (
            <ReviewItem key={review.id} review={review} viewer={data.viewer} csrfToken={csrfToken} canReply={data.canReply} headingLevel={3} />
          ))}
          <Pagination page={page} pageCount={pageCount} href={(n) => `${here}/avis${n > 1 ? `?page=${n}` : ''}`} />
        </div>
      </div>
    </div>
  );
}
