import { Breadcrumb, Container, formatDecimal, formatNumber } from '../../../../platform/html/components.js';
import type { DeveloperApi } from '../../apis.registry.js';
import type { ApiHealth } from '../health.service.js';
import { ApiGrid } from './api-card.js';
import { ACCESS_LABELS, apiHref, formatRate, limitsSentence, PORTAL_CRUMB } from './portal-components.js';

export function ApisListPage({ apis, health }: { apis: readonly DeveloperApi[]; health: Map<string, ApiHealth> }) {
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, PORTAL_CRUMB, { label: 'Les API' }]} />
      <h1>Les API d’Emploi Store Dev</h1>
      <p class="fr-text--lead">
        {apis.length} API pour construire des services de l’emploi et de la formation. Les API ouvertes sont accordées dès l’abonnement de votre application ; les autres après validation
        de l’usage prévu.
      </p>
      <ApiGrid apis={apis} health={health} headingLevel={2} />
      <div class="fr-table fr-mt-6w">
        <table>
          <caption>Accès, limites et état des API aujourd’hui</caption>
          <thead>
            <tr>
              <th scope="col">API</th>
              <th scope="col">Accès</th>
              <th scope="col">Limites par application</th>
              <th scope="col">État</th>
              <th scope="col">Appels aujourd’hui</th>
              <th scope="col">Erreurs serveur</th>
              <th scope="col">Temps de réponse moyen</th>
            </tr>
          </thead>
          <tbody>
            {apis.map((api) => {
              const state = health.get(api.slug);
              const called = !!state && state.state !== 'sans-appels';
              return (
                <tr key={api.slug}>
                  <th scope="row">
                    <a href={apiHref(api)}>
                      {api.name} {api.version}
                    </a>
                  </th>
                  <td>{ACCESS_LABELS[api.access]}</td>
                  <td>{limitsSentence(api)}</td>
                  <td>{state?.label ?? '—'}</td>
                  <td>{formatNumber(state?.calls ?? 0)}</td>
                  <td>{called ? formatRate(state.serverErrorRate) : '—'}</td>
                  <td>{called ? `${formatDecimal(state.meanLatencyMs)} ms` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="fr-text--sm">
        L’état d’une API se lit sur les appels du jour (depuis minuit, heure de Paris) : « Opérationnelle » sous 1 % d’erreurs serveur, « Dégradée » sous 5 %, « Perturbée » au-delà.
      </p>
    </Container>
  );
}
