import { Breadcrumb, formatDate, formatNumber } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Textarea } from '../../../../platform/html/forms.js';
import { Stars } from '../components/rating-summary.js';
import { REPORT_REASONS } from '../reports.repository.js';
import type { ReviewWithService } from '../reviews.repository.js';
import { REASON_LABELS } from '../reports.service.js';
import { MAX_REVIEW_LENGTH } from '../reviews.service.js';

export interface ReviewTargetPageProps {
  mode: 'signaler' | 'reponse';
  review: ReviewWithService;
  csrfToken: string;
  values: { reason: string; body: string };
  errors: FieldErrors;
  formError?: string;
}

export const targetTitle = (mode: ReviewTargetPageProps['mode'], review: ReviewWithService) =>
  mode === 'signaler' ? 'Signaler un avis' : review.reply_body ? 'Modifier la réponse à un avis' : 'Répondre à un avis';

/** A review quoted, then the form to report it or to answer it on behalf of the provider. */
export function ReviewTargetPage({ mode, review, csrfToken, values, errors, formError }: ReviewTargetPageProps) {
  const title = targetTitle(mode, review);
  const here = `/services/${review.service.slug}`;
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: review.service.name, href: here }, { label: title }]} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{title}</h1>
          {formError ? (
            <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
              <p>{formError}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} labels={{ reason: 'Motif', body: 'Réponse' }} />
          <figure class="fr-p-3w es-panel fr-mb-4w">
            <figcaption class="fr-text--bold fr-mb-1w">
              Avis de {review.author_name ?? 'Anonyme'} sur « {review.service.name} », le {formatDate(review.created_at)}
            </figcaption>
            <p class="fr-mb-1w">
              <Stars rating={review.rating} />
              {review.rating} sur 5
            </p>
            {review.body ? <blockquote class="es-mail-text fr-mb-0 fr-ml-0">{review.body}</blockquote> : null}
          </figure>
          <form method="post" action={`/avis/${review.id}/${mode}`} novalidate>
            <CsrfField token={csrfToken} />
            {mode === 'signaler' ? (
              <fieldset class={`fr-fieldset${errors.reason ? ' fr-fieldset--error' : ''}`} id="champ-reason" aria-labelledby="champ-reason-legende">
                <legend class="fr-fieldset__legend" id="champ-reason-legende">
                  Motif du signalement
                  <span class="fr-hint-text">Un avis signalé trois fois est masqué jusqu’à la décision d’un modérateur.</span>
                </legend>
                {REPORT_REASONS.map((reason) => (
                  <div class="fr-fieldset__element" key={reason}>
                    <div class="fr-radio-group">
                      <input type="radio" id={`motif-${reason}`} name="reason" value={reason} checked={values.reason === reason} />
                      <label class="fr-label" for={`motif-${reason}`}>
                        {REASON_LABELS[reason]}
                      </label>
                    </div>
                  </div>
                ))}
                {errors.reason ? <p class="fr-error-text fr-fieldset__element">{errors.reason}</p> : null}
              </fieldset>
            ) : (
              <Textarea
                name="body"
                label={`Réponse de ${review.service.provider_name}`}
                hint={`Publiée sous l’avis, au nom de votre organisation. ${formatNumber(MAX_REVIEW_LENGTH)} caractères au maximum.`}
                value={values.body}
                error={errors.body}
                rows={6}
              />
            )}
            <button class="fr-btn" type="submit">
              {mode === 'signaler' ? 'Envoyer le signalement' : 'Publier la réponse'}
            </button>
          </form>
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
