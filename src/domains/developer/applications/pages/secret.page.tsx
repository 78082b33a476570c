import type { IssuedSecret } from '../applications.service.js';
import { applicationHref, DeveloperFrame } from './components.js';

/**
 * The one page that ever shows a client secret (after a creation or a rotation). It is the POST's
 * own answer, sent with Cache-Control: no-store: nothing keeps it, and reloading cannot show it again.
 */
export function SecretPage({ issued, mode }: { issued: IssuedSecret; mode: 'creation' | 'renouvellement' }) {
  const title = mode === 'creation' ? `Application « ${issued.name} » créée` : `Nouveau secret pour « ${issued.name} »`;
  return (
    <DeveloperFrame title={title} crumbs={[{ label: issued.name, href: applicationHref(issued.applicationId) }, { label: mode === 'creation' ? 'Application créée' : 'Nouveau secret' }]} narrow>
      <div class="fr-alert fr-alert--warning fr-mb-4w" role="alert">
        <h2 class="fr-alert__title">Copiez la clé secrète maintenant : elle ne sera plus jamais affichée</h2>
        <p>
          Nous ne conservons qu’une empreinte de la clé : ni vous ni l’équipe Emploi Store ne pourrez la relire. Si vous la perdez, renouvelez-la depuis la page de l’application. Ne la placez jamais
          dans une page web, une application mobile ou un dépôt de code public.
        </p>
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="client-id">
          Identifiant client (client_id)
        </label>
        <input class="fr-input" id="client-id" type="text" value={issued.clientId} readOnly spellcheck={false} autocomplete="off" />
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="client-secret">
          Clé secrète (client_secret)
          <span class="fr-hint-text">64 caractères hexadécimaux</span>
        </label>
        <input class="fr-input" id="client-secret" type="text" value={issued.secret} readOnly spellcheck={false} autocomplete="off" />
      </div>
      {mode === 'renouvellement' ? <p>Les anciennes clés restent valides pendant la période de transition choisie : déployez la nouvelle clé avant sa fin.</p> : null}
      <p>
        <a class="fr-btn" href={applicationHref(issued.applicationId)}>
          J’ai copié la clé : continuer vers l’application
        </a>
      </p>
    </DeveloperFrame>
  );
}
