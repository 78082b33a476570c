import { Breadcrumb, Container } from '../../../../platform/html/components.js';
import type { DeveloperApi } from '../../apis.registry.js';
import type { ApiHealth } from '../health.service.js';
import { ApiGrid } from './api-card.js';
import { CodeBlock } from './portal-components.js';

export interface LandingProps {
  apis: readonly DeveloperApi[];
  health: Map<string, ApiHealth>;
  tokenUrl: string;
  /** What the viewer has done already: nothing, an account, the developer role. */
  viewer: 'visiteur' | 'compte' | 'developpeur';
}

function StartSteps({ viewer, tokenUrl }: Pick<LandingProps, 'viewer' | 'tokenUrl'>) {
  return (
    <ol class="fr-mb-4w">
      <li class="fr-mb-2w">
        <h3 class="fr-h6 fr-mb-1w">Créez votre compte et devenez développeur</h3>
        <p class="fr-mb-1w">
          Un compte Emploi Store à l’adresse e-mail confirmée suffit. Depuis « Mes applications », acceptez les conditions d’utilisation des API pour devenir développeur : c’est gratuit et immédiat.
        </p>
        {viewer === 'visiteur' ? (
          <p class="fr-mb-0">
            <a href="/inscription">Créer un compte</a> ou <a href="/connexion?retour=%2Fdeveloppeurs%2Fapplications">se connecter</a>
          </p>
        ) : (
          <p class="fr-mb-0">{viewer === 'developpeur' ? 'Vous êtes déjà développeur.' : <a href="/developpeurs/applications">Devenir développeur</a>}</p>
        )}
      </li>
      <li class="fr-mb-2w">
        <h3 class="fr-h6 fr-mb-1w">Créez une application et abonnez-la aux API</h3>
        <p class="fr-mb-1w">
          Chaque application reçoit un identifiant (<code>client_id</code>) et une clé secrète (<code>client_secret</code>), affichée une seule fois. Les API ouvertes sont accordées aussitôt ; les autres après
          validation de l’usage prévu.
        </p>
        <p class="fr-mb-0">
          <a href="/developpeurs/applications">Mes applications</a>
        </p>
      </li>
      <li>
        <h3 class="fr-h6 fr-mb-1w">Demandez un jeton d’accès, puis appelez les API</h3>
        <p class="fr-mb-1w">
          Le jeton s’obtient avec les identifiants de l’application (OAuth2, <i lang="en">client credentials</i>) et s’envoie dans l’en-tête <code>Authorization: Bearer</code> de chaque appel :
        </p>
        <CodeBlock label="Adresse de demande de jeton" code={`POST ${tokenUrl}`} />
        <p class="fr-mb-0">Chaque page d’API donne des exemples prêts à l’emploi (curl, JavaScript, Python) et une console pour essayer avec votre application.</p>
      </li>
    </ol>
  );
}

export function LandingPage({ apis, health, tokenUrl, viewer }: LandingProps) {
  return (
    <>
      <div class="es-hero fr-pb-4w">
        <Container class="fr-pt-2w">
          <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Développeurs' }]} />
          <div class="fr-grid-row">
            <div class="fr-col-12 fr-col-lg-9">
              <h1>Emploi Store Dev : les API de l’emploi et de la formation</h1>
              <p class="fr-text--lead">
                Construisez des services pour les personnes en recherche d’emploi, les entreprises et les conseillers avec les données de l’Emploi Store : catalogue des services, métiers
                du ROME, MOOC de l’emploi.
              </p>
              <ul class="fr-btns-group fr-btns-group--inline-md">
                <li>
                  <a class="fr-btn" href="/developpeurs/applications">
                    Mes applications
                  </a>
                </li>
                <li>
                  <a class="fr-btn fr-btn--secondary" href="/developpeurs/api">
                    Voir les API
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </Container>
      </div>
      <Container class="fr-my-4w">
        <h2>Ce que propose Emploi Store Dev</h2>
        <ul class="fr-mb-4w">
          <li>
            Des API compatibles avec celles des développeurs de l’opérateur : une application existante fonctionne en changeant seulement son adresse de base.
          </li>
          <li>Des jetons d’accès OAuth2 obtenus avec les identifiants de votre application, des limites d’appels connues à l’avance.</li>
          <li>Pour chaque API : la référence complète, des exemples de code et une console pour l’essayer avec votre propre application.</li>
          <li>Un tableau de bord par application : appels, erreurs et temps de réponse par jour et par API.</li>
          <li>La possibilité de proposer votre application dans le catalogue de l’Emploi Store.</li>
        </ul>
        <h2>Les API</h2>
        <ApiGrid apis={apis} health={health} headingLevel={3} />
        <p class="fr-mt-2w">
          <a href="/developpeurs/api">Toutes les API, leurs limites et leur état</a>
        </p>
        <h2 class="fr-mt-4w">Commencer en 3 étapes</h2>
        <StartSteps viewer={viewer} tokenUrl={tokenUrl} />
        <h2>Aller plus loin</h2>
        <ul>
          <li>
            <a href="/developpeurs/statistiques">Statistiques publiques d’utilisation des API</a> : les appels par API et par mois.
          </li>
          <li>
            <a href="/api/docs">L’API ouverte de l’Emploi Store</a> (<code>/api/v1</code>) : le catalogue en lecture seule, sans jeton ni inscription.
          </li>
        </ul>
      </Container>
    </>
  );
}
