import type { DeveloperApi } from '../../apis.registry.js';
import type { CodeSamples } from '../code-samples.service.js';
import { CodeBlock } from './portal-components.js';

/** « S’authentifier »: the client-credentials token request, its answer, then the bearer header. */
export function AuthenticationSection({ api, tokenUrl }: { api: DeveloperApi; tokenUrl: string }) {
  const url = new URL(tokenUrl);
  const scope = api.scopes.join(' ');
  const request = [
    `POST ${url.pathname}${url.search} HTTP/1.1`,
    `Host: ${url.host}`,
    'Content-Type: application/x-www-form-urlencoded',
    '',
    `grant_type=client_credentials&client_id=VOTRE_CLIENT_ID&client_secret=VOTRE_CLIENT_SECRET&scope=${encodeURIComponent(scope)}`,
  ].join('\n');
  const answer = JSON.stringify({ scope, expires_in: 1499, token_type: 'Bearer', access_token: 'eyJhbGciOi…' }, null, 2);
  return (
    <section aria-labelledby="authentification" class="fr-mb-6w">
      <h2 id="authentification">S’authentifier</h2>
      <p>
        Les appels portent un jeton d’accès OAuth2 obtenu avec les identifiants de votre application (<i lang="en">client credentials</i>). Demandez-le à l’adresse{' '}
        <code>{tokenUrl}</code> avec un corps <code>application/x-www-form-urlencoded</code> et la portée <code>{scope}</code> :
      </p>
      <CodeBlock label="Requête de jeton" code={request} />
      <p>
        Les identifiants peuvent aussi être envoyés en authentification HTTP Basic (<code>Authorization: Basic</code> suivi de <code>client_id:client_secret</code> encodé en Base64), le corps ne
        portant alors que <code>grant_type</code> et <code>scope</code>. La réponse donne le jeton et sa durée de validité en secondes :
      </p>
      <CodeBlock label="Réponse de jeton" code={answer} />
      <p>
        Envoyez ensuite le jeton dans l’en-tête <code>Authorization: Bearer</code> de chaque appel. Un jeton absent, expiré ou invalide est refusé (401), un jeton sans la portée de l’API aussi (403) ; une
        portée à laquelle l’application n’est pas abonnée est refusée dès la demande de jeton (400, <code>invalid_scope</code>). Au-delà des limites, l’API répond 429 avec l’en-tête <code>Retry-After</code> ; les en-têtes <code>RateLimit-Limit</code>,{' '}
        <code>RateLimit-Remaining</code> et <code>RateLimit-Reset</code> indiquent le crédit restant. Demandez un nouveau jeton quand il expire, pas à chaque appel.
      </p>
    </section>
  );
}

/** « Exemples de code »: a section per language (DSFR tabs need JavaScript: headings work without it). */
export function CodeSamplesSection({ samples }: { samples: CodeSamples | undefined }) {
  return (
    <section aria-labelledby="exemples" class="fr-mb-6w">
      <h2 id="exemples">Exemples de code</h2>
      {samples ? (
        <>
          <p>
            Obtenir un jeton puis appeler <code>{`${samples.operation.method} ${samples.operation.path}`}</code>
            {samples.operation.summary ? ` (${samples.operation.summary})` : ''}. Remplacez <code>CLIENT_ID</code> et <code>CLIENT_SECRET</code> par les identifiants de votre application
            {samples.callUrl.includes('VALEUR_') ? <>, et les valeurs <code>VALEUR_…</code> par les vôtres</> : null}.
          </p>
          <h3 class="fr-h6">curl</h3>
          <p class="fr-text--sm">Dans un terminal, après avoir défini les variables CLIENT_ID et CLIENT_SECRET, puis ACCESS_TOKEN avec le jeton reçu.</p>
          <CodeBlock label="Exemple curl" code={samples.curl} />
          <h3 class="fr-h6">JavaScript (Node.js 20, fetch)</h3>
          <CodeBlock label="Exemple JavaScript" code={samples.javascript} />
          <h3 class="fr-h6">Python (requests)</h3>
          <CodeBlock label="Exemple Python" code={samples.python} />
        </>
      ) : (
        <p>Cette API n’a pas encore d’opération de lecture à montrer.</p>
      )}
    </section>
  );
}
