import { formatNumber } from '../../../../platform/html/components.js';
import { CsrfField, type FieldErrors, Textarea } from '../../../../platform/html/forms.js';
import { MAX_REVIEW_LENGTH } from '../reviews.service.js';

export interface ReviewFormValues {
  rating: string;
  body: string;
}

/** Rating (1 to 5, radio buttons) and optional text; the only review form of its page. */
export function ReviewForm({ slug, csrfToken, values, errors, submitLabel }: { slug: string; csrfToken: string; values: ReviewFormValues; errors: FieldErrors; submitLabel: string }) {
  return (
    <form method="post" action={`/services/${slug}/avis`} novalidate>
      <CsrfField token={csrfToken} />
      <fieldset
        class={`fr-fieldset${errors.rating ? ' fr-fieldset--error' : ''}`}
        id="champ-rating"
        aria-labelledby={`champ-rating-legende${errors.rating ? ' champ-rating-erreur' : ''}`}
      >
        <legend class="fr-fieldset__legend" id="champ-rating-legende">
          Votre note
          <span class="fr-hint-text">De 1 étoile (très décevant) à 5 étoiles (excellent).</span>
        </legend>
        {[1, 2, 3, 4, 5].map((stars) => (
          <div class="fr-fieldset__element fr-fieldset__element--inline" key={stars}>
            <div class="fr-radio-group">
              <input type="radio" id={`note-${stars}`} name="rating" value={String(stars)} checked={values.rating === String(stars)} />
              <label class="fr-label" for={`note-${stars}`}>
                {stars} étoile{stars > 1 ? 's' : ''}
              </label>
            </div>
          </div>
        ))}
        {errors.rating ? (
          <p class="fr-error-text fr-fieldset__element" id="champ-rating-erreur">
            {errors.rating}
          </p>
        ) : null}
      </fieldset>
      <Textarea
        name="body"
        label="Votre avis (facultatif)"
        hint={`Ce qui vous a aidé, ce qui manque… ${formatNumber(MAX_REVIEW_LENGTH)} caractères au maximum. Il sera publié avec votre nom affiché, ou « Anonyme ».`}
        value={values.body}
        error={errors.body}
        rows={6}
      />
      <button class="fr-btn" type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
