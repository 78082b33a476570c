import { formatDate } from '../../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../../platform/html/forms.js';
import type { ReviewsSectionData } from '../reviews-section.service.js';
import { RatingOverview } from './rating-overview.js';
import { Stars } from './rating-summary.js';
import { ReviewForm } from './review-form.js';
import { ReviewItem } from './review-item.js';

export const HIDDEN_NOTICE = 'Votre avis est masqué en attente de modération : il a été signalé plusieurs fois. Il n’est plus visible des autres visiteurs ni compté dans la note.';

/** The viewer's part: a log-in invitation, a reminder to confirm the e-mail, the form, or their review with edit/delete. */
function MyReview({ data, csrfToken }: { data: ReviewsSectionData; csrfToken?: string }) {
  const { service, own, viewer } = data;
  const here = `/services/${service.slug}`;
  if (viewer === 'visiteur') {
    return (
      <p>
        <a href={`/connexion?retour=${encodeURIComponent(here)}`}>Connectez-vous</a> ou <a href="/inscription">créez un compte</a> pour donner votre avis sur ce service.
      </p>
    );
  }
  if (viewer === 'non-verifie') {
    return (
      <p>
        Confirmez votre adresse e-mail pour donner votre avis : ouvrez le lien reçu par e-mail ou <a href="/mon-espace">demandez un nouveau lien depuis votre espace</a>.
      </p>
    );
  }
  if (!csrfToken) return null;
  if (!own) return <ReviewForm slug={service.slug} csrfToken={csrfToken} values={{ rating: '', body: '' }} errors={{}} submitLabel="Publier mon avis" />;
  return (
    <div class="fr-p-3w es-panel">
      {own.status === 'masque' ? (
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
          <p>{HIDDEN_NOTICE}</p>
        </div>
      ) : null}
      <p class="fr-mb-1w">
        <Stars rating={own.rating} />
        {own.rating} sur 5 <span class="fr-text--sm fr-ml-1w">publié le {formatDate(own.created_at)}</span>
      </p>
      {own.body ? <p class="es-mail-text">{own.body}</p> : null}
      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <a class="fr-btn fr-btn--secondary" href={`${here}/avis/modifier`}>
            Modifier mon avis
          </a>
        </li>
        <li>
          <form method="post" action={`${here}/avis/supprimer`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--tertiary" type="submit">
              Supprimer mon avis
            </button>
          </form>
        </li>
      </ul>
    </div>
  );
}

/**
 * The reviews section of a service page (anchor #avis): average, count and distribution, the
 * viewer's review or form, then the newest published reviews with the provider's replies.
 * `csrfToken` is needed for logged-in viewers (forms); leave it out for visitors.
 */
export function ReviewsSection({ data, csrfToken }: { data: ReviewsSectionData; csrfToken?: string }) {
  const more = data.stats.count - data.reviews.length;
  return (
    <section class="fr-mt-6w" id="avis" aria-labelledby="titre-avis">
      <h2 id="titre-avis">Avis des utilisateurs</h2>
      {data.notice ? <Notice>{data.notice}</Notice> : null}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">
          <RatingOverview stats={data.stats} />
        </div>
        <div class="fr-col-12 fr-col-md-8">
          <h3 class="fr-h4">Votre avis</h3>
          <MyReview data={data} csrfToken={csrfToken} />
          {data.reviews.length ? (
            <>
              <h3 class="fr-h4 fr-mt-4w">{data.stats.count > 1 ? 'Les derniers avis' : 'Avis publié'}</h3>
              {data.reviews.map((review) => (
                <ReviewItem key={review.id} review={review} viewer={data.viewer} csrfToken={csrfToken} canReply={data.canReply} />
              ))}
              {more > 0 ? (
                <p>
                  <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`/services/${data.service.slug}/avis`}>
                    Voir les {data.stats.count} avis
                  </a>
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
