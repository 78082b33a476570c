import { formatDate } from '../../../../platform/html/components.js';
import { CsrfField } from '../../../../platform/html/forms.js';
import { REPORT_REASONS } from '../reports.repository.js';
import { REASON_LABELS } from '../reports.service.js';
import type { ReviewerState, ReviewView } from '../reviews-section.service.js';
import { Stars } from './rating-summary.js';

/** Report form of one review: a reason and a button (ids are unique per review). */
function ReportForm({ review, csrfToken }: { review: ReviewView; csrfToken: string }) {
  const id = `signalement-${review.id}`;
  return (
    <form method="post" action={`/avis/${review.id}/signaler`} class="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mt-1w">
      <CsrfField token={csrfToken} />
      <div class="fr-col-12 fr-col-sm-7">
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label fr-text--sm" for={id}>
            Signaler cet avis<span class="fr-sr-only"> de {review.authorName}</span> pour
          </label>
          <select class="fr-select" id={id} name="reason" required>
            <option value="">Choisir un motif</option>
            {REPORT_REASONS.map((reason) => (
              <option value={reason} key={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-sm-5">
        <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">
          Signaler<span class="fr-sr-only"> l’avis de {review.authorName}</span>
        </button>
      </div>
    </form>
  );
}

export interface ReviewItemProps {
  review: ReviewView;
  viewer: ReviewerState;
  csrfToken?: string;
  canReply: boolean;
  headingLevel?: 3 | 4;
}

/** One published review: author, date, rating as text, the text, the provider's reply, then actions. */
export function ReviewItem({ review, viewer, csrfToken, canReply, headingLevel = 4 }: ReviewItemProps) {
  const Heading = `h${headingLevel}` as 'h4';
  return (
    <article class="fr-py-3w" id={`avis-${review.id}`} aria-labelledby={`avis-${review.id}-titre`}>
      <Heading class="fr-h6 fr-mb-1w" id={`avis-${review.id}-titre`}>
        {review.authorName}
        {review.own ? ' (vous)' : ''}
      </Heading>
      <p class="fr-mb-1w">
        <Stars rating={review.rating} />
        {review.rating} sur 5{' '}
        <span class="fr-text--sm fr-ml-1w">
          le {formatDate(review.createdAt)}
          {review.editedAt ? `, modifié le ${formatDate(review.editedAt)}` : ''}
        </span>
      </p>
      {review.body ? <p class="es-mail-text fr-mb-1w">{review.body}</p> : null}
      {review.reply ? (
        <div class="fr-ml-4w fr-mt-2w fr-p-2w es-panel">
          <p class="fr-text--bold fr-text--sm fr-mb-1w">
            Réponse de {review.reply.organisationName}, le {formatDate(review.reply.date)}
          </p>
          <p class="es-mail-text fr-mb-0">{review.reply.body}</p>
        </div>
      ) : null}
      {canReply ? (
        <p class="fr-mt-1w fr-mb-0">
          <a class="fr-link fr-link--sm" href={`/avis/${review.id}/reponse`}>
            {review.reply ? 'Modifier la réponse' : 'Répondre'}
            <span class="fr-sr-only"> à l’avis de {review.authorName}</span>
          </a>
        </p>
      ) : null}
      {viewer === 'verifie' && csrfToken && !review.own ? (
        review.reportedByViewer ? (
          <p class="fr-text--sm fr-mt-1w fr-mb-0">Vous avez signalé cet avis.</p>
        ) : (
          <ReportForm review={review} csrfToken={csrfToken} />
        )
      ) : null}
    </article>
  );
}
