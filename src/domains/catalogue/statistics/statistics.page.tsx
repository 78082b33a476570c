import { BarChart, DataTable } from '../../../platform/html/bar-chart.js';
import { formatDecimal, formatNumber, plural } from '../../../platform/html/components.js';
import { ErrorSummary, FieldGroup, fieldIds, type FieldErrors, Select } from '../../../platform/html/forms.js';
import type { Membership } from '../partners/membership.js';
import { PartnerSpaceLayout } from '../partners/partner-space-layout.js';
import { frenchDay, frenchRange, shortFrenchDay, type Day } from './period.js';
import type { OrganisationService } from './statistics.repository.js';
import { averageRating, type Dashboard, METRICS, type Totals } from './statistics.service.js';

export interface StatisticsForm {
  periode: string;
  du: string;
  au: string;
  service: string;
}

const SIGNED = new Intl.NumberFormat('fr-FR', { signDisplay: 'exceptZero' });
const SIGNED_PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const SIGNED_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

const PERIOD_OPTIONS = [
  { value: '7', label: 'Les 7 derniers jours' },
  { value: '30', label: 'Les 30 derniers jours' },
  { value: '90', label: 'Les 90 derniers jours' },
  { value: 'personnalisee', label: 'Dates choisies (du … au …)' },
];

const FIELD_LABELS = { periode: 'Période', du: 'Du', au: 'Au', service: 'Service' };

/** « +12 (+11 %) par rapport aux 30 jours précédents (112) »; the percentage only when it means something. */
export function comparison(current: number, previous: number, days: number): string {
  const before = days === 1 ? 'au jour précédent' : `aux ${formatNumber(days)} jours précédents`;
  const difference = current - previous;
  const percent = previous > 0 ? ` (${SIGNED_PERCENT.format(difference / previous)})` : '';
  return `${SIGNED.format(difference)}${percent} par rapport ${before} (${formatNumber(previous)})`;
}

/** The text equivalent of a chart: total, comparison with the period before, and the peak day. */
export function chartSummary(metric: (typeof METRICS)[number], dashboard: Dashboard): string {
  const { period } = dashboard;
  const current = dashboard.current[metric.key];
  const previous = dashboard.previous[metric.key];
  const before = period.days === 1 ? 'au jour précédent' : `aux ${formatNumber(period.days)} jours précédents`;
  let text = `${plural(current, metric.one, metric.many)} ${frenchRange(period.from, period.to)}`;
  if (previous > 0) text += `, ${SIGNED_PERCENT.format((current - previous) / previous)} par rapport ${before}`;
  else text += `, contre 0 ${period.days === 1 ? 'le jour précédent' : `les ${formatNumber(period.days)} jours précédents`}`;
  const peak = dashboard.daily.reduce<{ day: Day; value: number } | null>((best, { day, totals }) => (totals[metric.key] > (best?.value ?? 0) ? { day, value: totals[metric.key] } : best), null);
  if (peak && period.days > 1) text += ` ; pic le ${frenchDay(peak.day, period.from.slice(0, 4) !== period.to.slice(0, 4))} (${plural(peak.value, metric.one, metric.many)})`;
  return `${text}.`;
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string[] }) {
  return (
    <div class="fr-col-12 fr-col-sm-6 fr-col-lg-3">
      <div class="fr-card fr-card--sm fr-card--no-arrow">
        <div class="fr-card__body">
          <div class="fr-card__content">
            <h3 class="fr-card__title">{label}</h3>
            <p class="fr-h3 fr-mb-1w">{value}</p>
            {detail.map((line) => (
              <p class="fr-card__desc" key={line}>
                {line}
              </p>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { current, previous, period } = dashboard;
  const compare = (key: keyof Totals) => comparison(current[key], previous[key], period.days);
  const average = averageRating(current);
  const previousAverage = averageRating(previous);
  const averageLine =
    average === null
      ? 'Aucune note sur la période'
      : `Note moyenne : ${formatDecimal(average)} / 5${previousAverage === null ? '' : ` (${SIGNED_DECIMAL.format(average - previousAverage)} par rapport à la période précédente : ${formatDecimal(previousAverage)})`}`;
  return (
    <section aria-labelledby="titre-chiffres">
      <h2 id="titre-chiffres">Chiffres clés {frenchRange(period.from, period.to)}</h2>
      <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <Figure label="Vues" value={formatNumber(current.views)} detail={[compare('views')]} />
        <Figure label="Accès au service" value={formatNumber(current.link_outs)} detail={[compare('link_outs')]} />
        <Figure label="Favoris ajoutés" value={formatNumber(current.favourites_added)} detail={[compare('favourites_added'), `Retirés des favoris : ${formatNumber(current.favourites_removed)}`]} />
        <Figure label="Notes" value={formatNumber(current.ratings)} detail={[compare('ratings'), averageLine]} />
      </div>
    </section>
  );
}


function MetricChart({ metric, dashboard }: { metric: (typeof METRICS)[number]; dashboard: Dashboard }) {
  const id = `graphique-${metric.key.replace(/_/g, '-')}`;
  const points = dashboard.daily.map(({ day, totals }) => ({ day, value: totals[metric.key] }));
  return (
    <BarChart
      id={id}
      heading={`${metric.label} par jour`}
      title={`${metric.label} par jour, ${frenchRange(dashboard.period.from, dashboard.period.to)}`}
      summary={chartSummary(metric, dashboard)}
      bars={points.map((point) => ({ label: shortFrenchDay(point.day), value: point.value }))}
      table={{ head: ['Jour', metric.label], rows: points.map((point) => [frenchDay(point.day), point.value]) }}
    />
  );
}

function PerService({ dashboard }: { dashboard: Dashboard }) {
  const rows = dashboard.perService.map(({ service, totals }) => {
    const average = averageRating(totals);
    return [service.name, totals.views, totals.link_outs, totals.favourites_added, totals.favourites_removed, totals.ratings, average === null ? '—' : formatDecimal(average)];
  });
  return (
    <section aria-labelledby="titre-par-service">
      <h2 id="titre-par-service">Par service</h2>
      <DataTable
        caption={`Chiffres par service ${frenchRange(dashboard.period.from, dashboard.period.to)}`}
        head={['Service', 'Vues', 'Accès au service', 'Favoris ajoutés', 'Favoris retirés', 'Notes', 'Note moyenne']}
        rows={rows}
      />
    </section>
  );
}

function DateInput({ name, label, value, error }: { name: 'du' | 'au'; label: string; value: string; error?: string }) {
  const hint = 'Format : jj/mm/aaaa';
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input class={`fr-input${error ? ' fr-input--error' : ''}`} type="date" id={id} name={name} value={value} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </FieldGroup>
  );
}

export function StatisticsPage(props: {
  membership: Membership;
  form: StatisticsForm;
  services: OrganisationService[];
  errors: FieldErrors;
  dashboard: Dashboard | null;
  csvHref: string | null;
}) {
  const { membership, form, services, errors, dashboard, csvHref } = props;
  const action = `/espace-partenaire/${membership.organisation.slug}/statistiques`;
  return (
    <PartnerSpaceLayout membership={membership} section="statistiques" title="Statistiques">
      <p>
        Vues des fiches, accès aux services, favoris et notes, jour par jour. Les visites sont comptées sans cookie ni donnée personnelle, robots exclus.
      </p>
      <ErrorSummary errors={errors} labels={FIELD_LABELS} />
      <form method="get" action={action} class="fr-mb-4w">
        <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div class="fr-col-12 fr-col-md-4">
            <Select name="periode" label="Période" placeholder="Choisir une période" value={form.periode} options={PERIOD_OPTIONS} error={errors.periode} />
          </div>
          <div class="fr-col-6 fr-col-md-4">
            <DateInput name="du" label="Du (dates choisies)" value={form.du} error={errors.du} />
          </div>
          <div class="fr-col-6 fr-col-md-4">
            <DateInput name="au" label="Au (dates choisies)" value={form.au} error={errors.au} />
          </div>
          <div class="fr-col-12 fr-col-md-8">
            <Select name="service" label="Service" placeholder="Tous les services" value={form.service} options={services.map((service) => ({ value: service.slug, label: service.name }))} error={errors.service} />
          </div>
          <div class="fr-col-12 fr-col-md-4">
            <button class="fr-btn fr-mb-3w" type="submit">
              Afficher
            </button>
          </div>
        </div>
      </form>
      {services.length === 0 ? <p>L’organisation n’a pas encore de service : les statistiques apparaîtront avec le premier service publié.</p> : null}
      {dashboard ? (
        <>
          {csvHref ? (
            <p>
              <a class="fr-link fr-icon-download-line fr-link--icon-left" href={csvHref} download>
                Télécharger les chiffres par service et par jour (CSV)
              </a>
            </p>
          ) : null}
          <KeyFigures dashboard={dashboard} />
          {METRICS.map((metric) => (
            <MetricChart metric={metric} dashboard={dashboard} key={metric.key} />
          ))}
          <PerService dashboard={dashboard} />
        </>
      ) : null}
    </PartnerSpaceLayout>
  );
}
