import { formatNumber } from '../../../platform/html/components.js';

/** French formatting of the usage figures, shared by the dashboard and the public statistics. */
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** « 1,3 % », or « — » when there is nothing to divide. */
export const showRate = (rate: number | null) => (rate === null ? '—' : PERCENT.format(rate));

/** « 42 ms », or « — » without calls. */
export const showMs = (ms: number | null) => (ms === null ? '—' : `${formatNumber(Math.round(ms))} ms`);

/** The p95 from a histogram's bucket bound: « moins de 250 ms », « 1 000 ms ou plus ». */
export const showUpperBound = (bound: number | null) => (bound === null ? '—' : bound === Infinity ? `${formatNumber(1000)} ms ou plus` : `moins de ${formatNumber(bound)} ms`);

/** A key figure as a DSFR card. */
export function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div class="fr-col-12 fr-col-sm-6 fr-col-lg-3">
      <div class="fr-card fr-card--sm fr-card--no-arrow">
        <div class="fr-card__body">
          <div class="fr-card__content">
            <h3 class="fr-card__title">{label}</h3>
            <p class="fr-h3 fr-mb-1w">{value}</p>
            {detail ? <p class="fr-card__desc">{detail}</p> : null}
          </div>
        </div>
      </div>
    </div>
  );
}
