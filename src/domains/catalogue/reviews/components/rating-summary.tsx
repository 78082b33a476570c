import { formatDecimal, formatPercent, plural } from '../../../../platform/html/components.js';

/** « 4,2 » — one decimal at most, French style. */
export function formatRating(value: number): string {
  return formatDecimal(value);
}

/** ★★★★☆ for the eye only: the text next to it says the same for everyone. */
export function Stars({ rating }: { rating: number }) {
  const full = Math.max(0, Math.min(5, Math.round(rating)));
  return (
    <span aria-hidden="true" class="fr-mr-1w">
      {'★'.repeat(full)}
      {'☆'.repeat(5 - full)}
    </span>
  );
}

/** Average and count for a result card: « ★★★★☆ 4,2 sur 5 (12 avis) », or « Pas encore d’avis ». */
export function RatingSummary({ average, count, class: className = 'fr-text--sm fr-mb-0' }: { average: number | null | undefined; count: number | null | undefined; class?: string }) {
  if (!count || average === null || average === undefined) return <p class={className}>Pas encore d’avis</p>;
  return (
    <p class={className}>
      <Stars rating={average} />
      <span class="fr-sr-only">Note moyenne : </span>
      {formatRating(average)} sur 5 ({plural(count, 'avis', 'avis')})
    </p>
  );
}

/** « 60 % » (narrow no-break space, French style). */
export function formatShare(part: number, total: number): string {
  return formatPercent(total ? part / total : 0);
}
