import { Breadcrumb } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../../../platform/html/forms.js';
import { ReviewForm, type ReviewFormValues } from '../components/review-form.js';
import { HIDDEN_NOTICE } from '../components/reviews-section.js';
import type { OwnReviewRow, ReviewedService } from '../reviews.repository.js';

export interface ReviewFormPageProps {
  service: Pick<ReviewedService, 'slug' | 'name'>;
  own: OwnReviewRow | null;
  csrfToken: string;
  values: ReviewFormValues;
  errors: FieldErrors;
  /** A problem with the whole form (expired form, too many reviews): the input is kept. */
  formError?: string;
}

export const reviewFormTitle = (own: OwnReviewRow | null) => (own ? 'Modifier mon avis' : 'Donner mon avis');

/** The review form on its own page: shown to edit, and again (status 400) when a post is refused. */
export function ReviewFormPage({ service, own, csrfToken, values, errors, formError }: ReviewFormPageProps) {
  const here = `/services/${service.slug}`;
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: service.name, href: here }, { label: reviewFormTitle(own) }]} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{reviewFormTitle(own)}</h1>
          <p class="fr-text--lead">Service : {service.name}</p>
          {formError ? (
            <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
              <p>{formError}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} labels={{ rating: 'Note', body: 'Avis' }} />
          {own?.status === 'masque' ? (
            <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
              <p>{HIDDEN_NOTICE}</p>
            </div>
          ) : null}
          <ReviewForm slug={service.slug} csrfToken={csrfToken} values={values} errors={errors} submitLabel={own ? 'Enregistrer les modifications' : 'Publier mon avis'} />
          {own ? (
            <section class="fr-mt-6w" aria-labelledby="titre-suppression">
              <h2 id="titre-suppression" class="fr-h4">
                Supprimer mon avis
              </h2>
              <p>Votre note et votre texte seront définitivement supprimés.</p>
              <form method="post" action={`${here}/avis/supprimer`}>
                <CsrfField token={csrfToken} />
                <button class="fr-btn fr-btn--secondary" type="submit">
                  Supprimer mon avis
                </button>
              </form>
            </section>
          ) : null}
          <p class="fr-mt-4w">
            <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`${here}#avis`}>
              Retour au service
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}
