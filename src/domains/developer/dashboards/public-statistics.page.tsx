import { BarChart, DataTable } from '../../../platform/html/bar-chart.js';
import { Breadcrumb, formatNumber, plural } from '../../../platform/html/components.js';
import { Figure } from './figures.js';
import { type ApiMonths, CALLING_WINDOW_DAYS, type PublicStatistics } from './public-statistics.service.js';

const LONG_MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const monthDate = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

/** « novembre 2026 ». */
export const longMonth = (month: string) => LONG_MONTH.format(monthDate(month));
/** « nov. 26 » (chart axes). */
export const shortMonth = (month: string) => SHORT_MONTH.format(monthDate(month));

export function apiMonthsSummary(api: ApiMonths, months: string[]): string {
  if (api.total === 0) return `Aucun appel sur les ${months.length} derniers mois.`;
  const best = api.calls.reduce((top, calls, index) => (calls > api.calls[top]! ? index : top), 0);
  const last = api.calls[api.calls.length - 1]!;
  return `${plural(api.total, 'appel', 'appels')} sur les ${months.length} derniers mois ; mois le plus chargé : ${longMonth(months[best]!)} (${plural(api.calls[best]!, 'appel', 'appels')}) ; ${longMonth(months[months.length - 1]!)}, en cours : ${plural(last, 'appel', 'appels')}.`;
}

export function PublicStatisticsPage({ statistics }: { statistics: PublicStatistics }) {
  const { months, apis, totals } = statistics;
  const all = totals.reduce((sum, value) => sum + value, 0);
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Développeurs', href: '/developpeurs' }, { label: 'Statistiques d’utilisation des API' }]} />
      <h1>Statistiques d’utilisation des API</h1>
      <p>
        Les appels de toutes les applications aux API Emploi Store, mois par mois, sur les {months.length} derniers mois (le mois en cours jusqu’à aujourd’hui). Seuls des totaux sont publiés :
        aucun chiffre par application.
      </p>
      <section aria-labelledby="titre-chiffres">
        <h2 id="titre-chiffres">En bref</h2>
        <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
          <Figure label="Applications actives" value={formatNumber(statistics.activeApplications)} detail="Applications enregistrées et non révoquées." />
          <Figure label={`Applications ayant appelé les API ces ${CALLING_WINDOW_DAYS} derniers jours`} value={formatNumber(statistics.callingApplications)} />
          <Figure label={`Appels sur ${months.length} mois`} value={formatNumber(all)} />
          <Figure label={`Appels en ${longMonth(months[months.length - 1]!)}`} value={formatNumber(totals[totals.length - 1] ?? 0)} detail="Mois en cours." />
        </div>
      </section>
      <section aria-labelledby="titre-par-api">
        <h2 id="titre-par-api">Appels par API et par mois</h2>
        {apis.map((api) => (
          <BarChart
            key={api.slug}
            id={`graphique-${api.slug}`}
            heading={api.name}
            headingLevel={3}
            title={`Appels par mois à l’API « ${api.name} », de ${longMonth(months[0]!)} à ${longMonth(months[months.length - 1]!)}`}
            summary={apiMonthsSummary(api, months)}
            caption={`Appels par mois à l’API « ${api.name} »`}
            bars={api.calls.map((value, index) => ({ label: shortMonth(months[index]!), value }))}
            table={{ head: ['Mois', 'Appels'], rows: api.calls.map((value, index) => [longMonth(months[index]!), value]) }}
          />
        ))}
      </section>
      <section aria-labelledby="titre-tableau">
        <h2 id="titre-tableau">Tableau récapitulatif</h2>
        <DataTable
          caption="Appels par mois et par API, toutes applications confondues"
          head={['Mois', ...apis.map((api) => api.name), 'Total']}
          rows={months.map((month, index) => [longMonth(month), ...apis.map((api) => api.calls[index]!), totals[index]!])}
        />
      </section>
    </div>
  );
}
