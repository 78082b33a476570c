import { Breadcrumb } from '../../../platform/html/components.js';
import { Notice } from '../../../platform/html/forms.js';

/** A log-in through the provider that did not succeed: what happened, and the way back. */
export function OidcErrorPage({ message }: { message: string }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Se connecter', href: '/connexion' }, { label: 'Connexion impossible' }]} />
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>Connexion impossible</h1>
          <Notice type="error">{message}</Notice>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <a class="fr-btn" href="/connexion">
                Revenir à la page de connexion
              </a>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" href="/">
                Page d’accueil
              </a>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
