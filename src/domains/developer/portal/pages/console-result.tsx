import { formatNumber } from '../../../../platform/html/components.js';
import type { ConsoleResult } from '../console.service.js';
import { CodeBlock } from './portal-components.js';

/** A « Copier » button: hidden without JavaScript, shown and wired by api-console.js. */
function CopyButton({ target, label }: { target: string; label: string }) {
  return (
    <>
      <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-clipboard-line fr-btn--icon-left fr-mt-1w" data-copy-target={target} aria-label={label} hidden>
        Copier
      </button>
      <span class="fr-ml-1w fr-text--sm" role="status" data-copy-status={target}></span>
    </>
  );
}

const HEADER_NAMES: Record<string, string> = {
  'content-type': 'Content-Type',
  'content-range': 'Content-Range',
  'accept-range': 'Accept-Range',
  'ratelimit-limit': 'RateLimit-Limit',
  'ratelimit-remaining': 'RateLimit-Remaining',
  'ratelimit-reset': 'RateLimit-Reset',
  'retry-after': 'Retry-After',
};

function statusBadge(status: number): string {
  if (status >= 500) return 'fr-badge--error';
  if (status >= 400) return 'fr-badge--warning';
  return 'fr-badge--success';
}

/** The outcome of a console call: the token, the equivalent curl command, the response. */
export function ConsoleResultSection({ result }: { result: ConsoleResult }) {
  const { token } = result;
  return (
    <section aria-labelledby="resultat-titre" id="resultat" tabIndex={-1} data-focus-on-arrival class="fr-mt-6w">
      <h2 id="resultat-titre">Résultat</h2>
      <h3 class="fr-h5">Jeton d’accès de l’application</h3>
      <div class="fr-input-group">
        <label class="fr-label" for="champ-jeton">
          Jeton d’accès (access_token)
          <span class="fr-hint-text" id="champ-jeton-aide">
            Valable {formatNumber(token.expires_in)} secondes. Ne le partagez pas : il donne accès aux API au nom de votre application.
          </span>
        </label>
        <input class="fr-input" id="champ-jeton" type="text" readOnly value={token.access_token} aria-describedby="champ-jeton-aide" spellcheck={false} autocomplete="off" />
        <CopyButton target="champ-jeton" label="Copier le jeton d’accès" />
      </div>
      <dl class="es-definition">
        <dt class="fr-text--bold">Type</dt>
        <dd class="fr-mb-1w">{token.token_type}</dd>
        <dt class="fr-text--bold">Durée de validité (expires_in)</dt>
        <dd class="fr-mb-1w">{formatNumber(token.expires_in)} secondes</dd>
        <dt class="fr-text--bold">Portées (scope)</dt>
        <dd class="fr-mb-1w">
          <code>{token.scope}</code>
        </dd>
      </dl>
      <h3 class="fr-h5">Requête</h3>
      <p>La même requête en ligne de commande :</p>
      <CodeBlock code={result.curl} label="Commande curl équivalente" id="commande-curl" />
      <CopyButton target="commande-curl" label="Copier la commande curl" />
      <h3 class="fr-h5 fr-mt-4w">Réponse</h3>
      <p>
        <span class={`fr-badge fr-badge--no-icon ${statusBadge(result.status)}`}>
          {result.status} {result.statusText}
        </span>{' '}
        en {formatNumber(result.durationMs)} ms
      </p>
      {result.headers.length ? (
        <div class="fr-table">
          <table>
            <caption>En-têtes de la réponse</caption>
            <thead>
              <tr>
                <th scope="col">En-tête</th>
                <th scope="col">Valeur</th>
              </tr>
            </thead>
            <tbody>
              {result.headers.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{HEADER_NAMES[name] ?? name}</th>
                  <td>
                    <code>{value}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h4 class="fr-h6">Corps de la réponse</h4>
      {result.body ? (
        <>
          {result.truncated ? (
            <p class="fr-text--sm">
              Réponse tronquée : seuls les {formatNumber(result.body.length)} premiers caractères sur {formatNumber(result.bodyLength)} sont affichés. Réduisez la plage de résultats ou utilisez la
              commande curl pour tout obtenir.
            </p>
          ) : null}
          <CodeBlock code={result.body} label="Corps de la réponse" />
        </>
      ) : (
        <p>La réponse n’a pas de corps.</p>
      )}
    </section>
  );
}
