import { Breadcrumb, Container, formatDate } from '../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../platform/html/forms.js';
import { OfferCard } from './offer-card.js';
import type { AlertRow, SavedOfferRow } from './saved.repository.js';

/** « Mes offres sauvegardées » and « Mes alertes » in Mon espace. */
export function MyOffersPage({ saved, alerts, csrfToken, notice }: { saved: SavedOfferRow[]; alerts: AlertRow[]; csrfToken: string; notice?: string }) {
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mes offres sauvegardées' }]} />
      <h1>Mes offres sauvegardées</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <section aria-labelledby="sauvegardees">
        <h2 id="sauvegardees" class="fr-h4">
          Offres sauvegardées
        </h2>
        {saved.length ? (
          <ul class="fr-raw-list">
            {saved.map((offer) => (
              <li key={offer.id} class="fr-mb-3w">
                {offer.status === 'expiree' ? <p class="fr-badge fr-badge--sm fr-badge--warning fr-mb-1w">Offre expirée</p> : null}
                <OfferCard offer={offer} />
                <form method="post" action={`/offres/${offer.id}/retirer`} class="fr-mt-1w">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="retour" value="/mon-espace/offres" />
                  <button class="fr-btn fr-btn--tertiary fr-btn--sm" type="submit" title={`Retirer « ${offer.intitule} » de mes offres sauvegardées`}>
                    Retirer
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            Vous n’avez sauvegardé aucune offre. <a href="/offres">Rechercher des offres d’emploi</a>
          </p>
        )}
      </section>
      <section aria-labelledby="alertes-titre" id="alertes" class="fr-mt-4w">
        <h2 id="alertes-titre" class="fr-h4">
          Mes alertes
        </h2>
        <p>Chaque jour, vous recevez par e-mail les nouvelles offres de chacune de ces recherches.</p>
        {alerts.length ? (
          <ul>
            {alerts.map((alert) => (
              <li key={alert.id} class="fr-mb-2w">
                <a href={`/offres?${alert.query}`}>{alert.label}</a>
                <span class="fr-text--sm"> — créée le {formatDate(alert.created_at)}{alert.last_sent_at ? `, dernier envoi le ${formatDate(alert.last_sent_at)}` : ''}</span>
                <form method="post" action={`/mon-espace/offres/alertes/${alert.id}/supprimer`} class="fr-mt-1w">
                  <CsrfField token={csrfToken} />
                  <button class="fr-btn fr-btn--tertiary fr-btn--sm" type="submit" title={`Supprimer l’alerte « ${alert.label} »`}>
                    Supprimer l’alerte
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>Vous n’avez aucune alerte : lancez une recherche d’offres puis « Recevoir les nouvelles offres de cette recherche par e-mail ».</p>
        )}
      </section>
    </Container>
  );
}
