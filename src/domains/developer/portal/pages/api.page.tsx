import { Breadcrumb, Container, formatDate } from '../../../../platform/html/components.js';
import { renderMarkdown } from '../../../../platform/html/markdown.js';
import type { DeveloperApi } from '../../apis.registry.js';
import type { OperationView } from '../api-reference.service.js';
import type { CodeSamples } from '../code-samples.service.js';
import type { ApiHealth } from '../health.service.js';
import { ApiReferenceSection } from './api-reference.js';
import { AuthenticationSection, CodeSamplesSection } from './api-usage.js';
import { ACCESS_HINTS, ACCESS_LABELS, AccessBadge, APIS_CRUMB, consoleHref, HealthBadge, healthSentence, limitsSentence, PORTAL_CRUMB } from './portal-components.js';

export interface ApiPageProps {
  api: DeveloperApi;
  baseUrl: string;
  tokenUrl: string;
  health: ApiHealth;
  operations: OperationView[];
  samples: CodeSamples | undefined;
  openApiHref: string;
}

const SECTIONS = [
  ['description', 'Ce que donne l’API'],
  ['acces', 'Accès et limites'],
  ['etat', 'État'],
  ['authentification', 'S’authentifier'],
  ['exemples', 'Exemples de code'],
  ['reference', 'Référence'],
  ['historique', 'Historique des versions'],
] as const;

function Summary() {
  return (
    <nav role="navigation" class="fr-summary fr-mb-4w" aria-labelledby="sommaire-titre">
      <p class="fr-summary__title" id="sommaire-titre">
        Sommaire
      </p>
      <ol class="fr-summary__list">
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a class="fr-summary__link" href={`#${id}`}>
              {label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function AccessSection({ api, baseUrl }: { api: DeveloperApi; baseUrl: string }) {
  return (
    <section aria-labelledby="acces" class="fr-mb-6w">
      <h2 id="acces">Accès et limites</h2>
      <dl class="es-definition">
        <dt class="fr-text--bold">Mode d’accès</dt>
        <dd class="fr-mb-2w">
          {ACCESS_LABELS[api.access]} : {ACCESS_HINTS[api.access]}
        </dd>
        <dt class="fr-text--bold">Portée{api.scopes.length > 1 ? 's' : ''} OAuth2</dt>
        <dd class="fr-mb-2w">
          {api.scopes.map((scope, index) => (
            <span key={scope}>
              {index ? ', ' : ''}
              <code>{scope}</code>
            </span>
          ))}
        </dd>
        <dt class="fr-text--bold">Limites par application</dt>
        <dd class="fr-mb-2w">{limitsSentence(api)}</dd>
        <dt class="fr-text--bold">Adresse de base</dt>
        <dd class="fr-mb-2w">
          <code>{baseUrl}</code>
        </dd>
      </dl>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn" href={consoleHref(api)}>
            Essayer dans la console
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/developpeurs/applications">
            Abonner une application
          </a>
        </li>
      </ul>
    </section>
  );
}

function ChangelogSection({ api }: { api: DeveloperApi }) {
  return (
    <section aria-labelledby="historique" class="fr-mb-6w">
      <h2 id="historique">Historique des versions</h2>
      <div class="fr-table">
        <table>
          <caption>Évolutions de l’API {api.name}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Version</th>
              <th scope="col">Changements</th>
            </tr>
          </thead>
          <tbody>
            {[...api.changelog]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((change) => (
                <tr key={`${change.date}-${change.version}`}>
                  <td>
                    <time dateTime={change.date}>{formatDate(`${change.date}T12:00:00Z`)}</time>
                  </td>
                  <th scope="row">{change.version}</th>
                  <td>{change.text}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ApiPage({ api, baseUrl, tokenUrl, health, operations, samples, openApiHref }: ApiPageProps) {
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, PORTAL_CRUMB, APIS_CRUMB, { label: api.name }]} />
      <h1>
        {api.name} {api.version}
      </h1>
      <ul class="fr-badges-group fr-mb-2w">
        <li>
          <AccessBadge access={api.access} />
        </li>
        <li>
          <HealthBadge health={health} />
        </li>
      </ul>
      <p class="fr-text--lead">{api.summary}</p>
      <Summary />
      <section aria-labelledby="description" class="fr-mb-6w">
        <h2 id="description">Ce que donne l’API</h2>
        <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(api.description) }} />
      </section>
      <AccessSection api={api} baseUrl={baseUrl} />
      <section aria-labelledby="etat" class="fr-mb-6w">
        <h2 id="etat">État</h2>
        <HealthBadge health={health} />
        <p class="fr-mt-1w">
          {healthSentence(health)} L’état se lit sur les appels du jour (depuis minuit, heure de Paris) : « Opérationnelle » sous 1 % d’erreurs serveur, « Dégradée » sous 5 %, « Perturbée » au-delà.
        </p>
      </section>
      <AuthenticationSection api={api} tokenUrl={tokenUrl} />
      <CodeSamplesSection samples={samples} />
      <ApiReferenceSection operations={operations} consoleHref={consoleHref(api)} openApiHref={openApiHref} />
      <ChangelogSection api={api} />
    </Container>
  );
}
