import { formatNumber, plural } from '../../../../platform/html/components.js';
import type { RatingStats } from '../reviews-section.service.js';
import { formatRating, formatShare, Stars } from './rating-summary.js';

/** The average (« 4,2 sur 5 »), the count and the distribution from 5 stars to 1, as a list. */
export function RatingOverview({ stats }: { stats: RatingStats }) {
  if (!stats.count || stats.average === null) return <p class="fr-text--lg">Ce service n’a pas encore reçu d’avis.</p>;
  return (
    <div class="fr-p-3w es-panel">
      <p class="fr-h3 fr-mb-1w">
        <span class="fr-sr-only">Note moyenne : </span>
        {formatRating(stats.average)} sur 5
      </p>
      <p class="fr-mb-2w">
        <Stars rating={stats.average} />
        {plural(stats.count, 'avis', 'avis')}
      </p>
      <h3 class="fr-text--md fr-text--bold fr-mb-1w" id="titre-repartition">
        Répartition des notes
      </h3>
      <ul class="es-unstyled-list" aria-labelledby="titre-repartition">
        {stats.distribution.map(({ stars, count }) => (
          <li key={stars} class="fr-text--sm fr-mb-1v">
            {stars} étoile{stars > 1 ? 's' : ''} : {formatNumber(count)} avis ({formatShare(count, stats.count)}){' '}
            <meter aria-hidden="true" min={0} max={stats.count} value={count} />
          </li>
        ))}
      </ul>
    </div>
  );
}
