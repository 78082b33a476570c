import { BarChart, DataTable } from '../../../platform/html/bar-chart.js';
import { formatNumber, plural } from '../../../platform/html/components.js';
import { Notice, Select } from '../../../platform/html/forms.js';
import { frenchDay, frenchRange, shortFrenchDay } from '../../catalogue/index.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { applicationHref, DeveloperFrame } from '../applications/pages/components.js';
import { apiName, type ApplicationDashboard } from './dashboard.service.js';
import { Figure, showMs, showRate, showUpperBound } from './figures.js';
import { errorRate, meanLatency, percentileUpperBound, type UsageFigures } from './usage.repository.js';

export interface DashboardForm {
  periode: string;
  api: string;
}

const PERIOD_OPTIONS = [
  { value: '7', label: 'Les 7 derniers jours' },
  { value: '30', label: 'Les 30 derniers jours' },
  { value: '90', label: 'Les 90 derniers jours' },
];

const errorsOf = (figures: UsageFigures) => figures.clientErrors + figures.serverErrors;

/** The day with the highest value (the first of equals), or null when every value is 0. */
function peak(daily: ApplicationDashboard['daily'], value: (figures: UsageFigures) => number | null) {
  let best: { day: string; value: number } | null = null;
  for (const { day, figures } of daily) {
    const current = value(figures) ?? 0;
    if (current > (best?.value ?? 0)) best = { day, value: current };
  }
  return best;
}

export function callsSummary(dashboard: ApplicationDashboard): string {
  const range = frenchRange(dashboard.period.from, dashboard.period.to);
  const top = peak(dashboard.daily, (figures) => figures.calls);
  if (!top) return `Aucun appel ${range}.`;
  const active = dashboard.daily.filter((day) => day.figures.calls > 0).length;
  return `${plural(dashboard.totals.calls, 'appel', 'appels')} ${range}, sur ${plural(active, 'jour', 'jours')} ; pic le ${frenchDay(top.day)} (${plural(top.value, 'appel', 'appels')}).`;
}

export function errorsSummary(dashboard: ApplicationDashboard): string {
  const { totals } = dashboard;
  const range = frenchRange(dashboard.period.from, dashboard.period.to);
  const top = peak(dashboard.daily, errorsOf);
  if (!top) return `Aucune erreur ${range}.`;
  return (
    `${plural(errorsOf(totals), 'erreur', 'erreurs')} ${range} (${formatNumber(totals.clientErrors)} côté client, ${formatNumber(totals.serverErrors)} côté serveur), ` +
    `soit ${showRate(errorRate(totals))} des appels ; pic le ${frenchDay(top.day)} (${plural(top.value, 'erreur', 'erreurs')}).`
  );
}

export function latencySummary(dashboard: ApplicationDashboard): string {
  const { totals } = dashboard;
  const top = peak(dashboard.daily, meanLatency);
  if (!top) return 'Aucun appel : pas de temps de réponse à montrer.';
  return (
    `Temps de réponse moyen : ${showMs(meanLatency(totals))} ; le plus élevé le ${frenchDay(top.day)} (${showMs(top.value)}). ` +
    `95 % des appels ont reçu leur réponse en ${showUpperBound(percentileUpperBound(totals.histogram))}.`
  );
}

function Filters({ action, form }: { action: string; form: DashboardForm }) {
  return (
    <form method="get" action={action} class="fr-mb-4w">
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div class="fr-col-12 fr-col-md-4">
          <Select name="periode" label="Période" placeholder="Choisir une période" value={form.periode} options={PERIOD_OPTIONS} />
        </div>
        <div class="fr-col-12 fr-col-md-5">
          <Select name="api" label="API" placeholder="Toutes les API" value={form.api} options={DEVELOPER_APIS.map((api) => ({ value: api.slug, label: `${api.name} ${api.version}` }))} />
        </div>
        <div class="fr-col-12 fr-col-md-3">
          <button class="fr-btn fr-mb-3w" type="submit">
            Afficher
          </button>
        </div>
      </div>
    </form>
  );
}

function KeyFigures({ dashboard }: { dashboard: ApplicationDashboard }) {
  const { totals } = dashboard;
  return (
    <section aria-labelledby="titre-chiffres">
      <h2 id="titre-chiffres">Chiffres clés {frenchRange(dashboard.period.from, dashboard.period.to)}</h2>
      <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <Figure label="Appels" value={formatNumber(totals.calls)} />
        <Figure label="Erreurs client (4xx)" value={formatNumber(totals.clientErrors)} detail="Demandes refusées : paramètre invalide, ressource inconnue, jeton absent…" />
        <Figure label="Erreurs serveur (5xx)" value={formatNumber(totals.serverErrors)} />
        <Figure label="Taux d’erreur" value={showRate(errorRate(totals))} detail="Erreurs client et serveur sur le nombre d’appels." />
        <Figure label="Refus pour dépassement (429)" value={formatNumber(totals.throttled)} detail="Limite de débit ou quota quotidien dépassé." />
        <Figure label="Temps de réponse moyen" value={showMs(meanLatency(totals))} />
        <Figure label="Temps de réponse du 95e centile" value={showUpperBound(percentileUpperBound(totals.histogram))} detail="Estimé par tranches : 95 % des appels ont répondu dans ce délai." />
        <Figure label="Jetons d’accès délivrés" value={formatNumber(dashboard.tokensGranted)} detail="Toutes API confondues : un jeton sert à toutes les API de l’application." />
      </div>
    </section>
  );
}

function Charts({ dashboard }: { dashboard: ApplicationDashboard }) {
  const range = frenchRange(dashboard.period.from, dashboard.period.to);
  const { daily } = dashboard;
  return (
    <>
      <BarChart
        id="graphique-appels"
        heading="Appels par jour"
        title={`Appels par jour, ${range}`}
        summary={callsSummary(dashboard)}
        bars={daily.map(({ day, figures }) => ({ label: shortFrenchDay(day), value: figures.calls }))}
        table={{ head: ['Jour', 'Appels', 'Refus pour dépassement (429)'], rows: daily.map(({ day, figures }) => [frenchDay(day), figures.calls, figures.throttled]) }}
      />
      <BarChart
        id="graphique-erreurs"
        heading="Erreurs par jour"
        title={`Erreurs (client et serveur) par jour, ${range}`}
        summary={errorsSummary(dashboard)}
        bars={daily.map(({ day, figures }) => ({ label: shortFrenchDay(day), value: errorsOf(figures) }))}
        table={{
          head: ['Jour', 'Erreurs client (4xx)', 'Erreurs serveur (5xx)', 'Taux d’erreur'],
          rows: daily.map(({ day, figures }) => [frenchDay(day), figures.clientErrors, figures.serverErrors, showRate(errorRate(figures))]),
        }}
      />
      <BarChart
        id="graphique-latence"
        heading="Temps de réponse moyen par jour"
        title={`Temps de réponse moyen par jour, en millisecondes, ${range}`}
        summary={latencySummary(dashboard)}
        bars={daily.map(({ day, figures }) => ({ label: shortFrenchDay(day), value: Math.round(meanLatency(figures) ?? 0) }))}
        table={{
          head: ['Jour', 'Temps de réponse moyen', '95e centile (estimé)'],
          rows: daily.map(({ day, figures }) => [frenchDay(day), showMs(meanLatency(figures)), showUpperBound(percentileUpperBound(figures.histogram))]),
        }}
      />
    </>
  );
}

function PerApi({ dashboard }: { dashboard: ApplicationDashboard }) {
  return (
    <section aria-labelledby="titre-par-api">
      <h2 id="titre-par-api">Par API</h2>
      <DataTable
        caption={`Chiffres par API ${frenchRange(dashboard.period.from, dashboard.period.to)}`}
        head={['API', 'Appels', 'Erreurs client (4xx)', 'Erreurs serveur (5xx)', 'Taux d’erreur', 'Refus (429)', 'Temps de réponse moyen', '95e centile (estimé)']}
        rows={dashboard.perApi.map(({ name, figures }) => [
          name,
          figures.calls,
          figures.clientErrors,
          figures.serverErrors,
          showRate(errorRate(figures)),
          figures.throttled,
          showMs(meanLatency(figures)),
          showUpperBound(percentileUpperBound(figures.histogram)),
        ])}
      />
    </section>
  );
}

export function DashboardPage({ application, form, dashboard }: { application: { id: number; name: string }; form: DashboardForm; dashboard: ApplicationDashboard }) {
  const base = applicationHref(application.id);
  return (
    <DeveloperFrame title={`Statistiques — ${application.name}`} crumbs={[{ label: application.name, href: base }, { label: 'Statistiques' }]}>
      <p>
        Les appels de l’application aux API, leurs erreurs et leurs temps de réponse, jour par jour (jours de Paris). Les chiffres du jour en cours sont à jour à quelques secondes près.
        {dashboard.api ? ` Seuls les appels à l’API « ${apiName(dashboard.api)} » sont comptés.` : ''}
      </p>
      <Filters action={`${base}/statistiques`} form={form} />
      <KeyFigures dashboard={dashboard} />
      {dashboard.totals.calls === 0 ? (
        <Notice type="info">Aucun appel sur cette période. Obtenez un jeton d’accès avec les identifiants de l’application, puis appelez une API : l’appel apparaîtra ici.</Notice>
      ) : (
        <>
          <Charts dashboard={dashboard} />
          <PerApi dashboard={dashboard} />
        </>
      )}
      <p class="fr-mt-4w">
        <a class="fr-link" href="/developpeurs/statistiques">
          Statistiques publiques : les appels de toutes les applications, par API et par mois
        </a>
      </p>
    </DeveloperFrame>
  );
}
