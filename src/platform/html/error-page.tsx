import type { AppError } from '../http/errors.js';

const TITLES: Record<number, string> = {
  400: 'Demande incorrecte',
  401: 'Connexion nécessaire',
  403: 'Accès refusé',
  404: 'Page introuvable',
  405: 'Action impossible',
  409: 'Action impossible pour le moment',
  410: 'Lien expiré',
  413: 'Contenu trop volumineux',
  415: 'Format non pris en charge',
  429: 'Trop de demandes',
  500: 'Erreur inattendue',
  503: 'Service indisponible',
};

/** The DSFR error page; a 5xx shows the catalogue message only, never internals. */
export function ErrorPage({ error }: { error: AppError }) {
  const title = TITLES[error.status] ?? 'Erreur';
  return (
    <div class="fr-container">
      <div class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
        <div class="fr-py-0 fr-col-12 fr-col-md-8">
          <h1>{title}</h1>
          <p class="fr-text--sm fr-mb-3w">Erreur {error.status}</p>
          <p class="fr-text--lead fr-mb-3w">{error.message}</p>
          {error.details.length > 1 ? (
            <ul>
              {error.details.slice(1).map((detail) => (
                <li>{detail.message}</li>
              ))}
            </ul>
          ) : null}
          <p class="fr-text--sm fr-mb-5w">
            {error.status === 404
              ? "Si vous avez tapé l'adresse dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible."
              : 'Vous pouvez revenir en arrière, modifier votre demande ou repartir de la page d’accueil.'}
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <a class="fr-btn" href="/">
                Page d'accueil
              </a>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" href="/recherche">
                Rechercher un service
              </a>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
