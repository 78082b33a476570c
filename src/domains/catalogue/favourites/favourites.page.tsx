import { Breadcrumb, plural } from '../../../platform/html/components.js';
import { ServiceGrid } from '../components/service-card.js';
import type { ServiceSummaryRow } from '../search.repository.js';

export function FavouritesPage({ services }: { services: ServiceSummaryRow[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mes favoris' }]} />
      <h1>Mes favoris</h1>
      {services.length ? (
        <>
          <p>{plural(services.length, 'service gardé', 'services gardés')} en favori, le plus récent en premier.</p>
          <ServiceGrid services={services} headingLevel={2} />
        </>
      ) : (
        <div class="fr-callout">
          <h2 class="fr-callout__title">Vous n’avez pas encore de favori</h2>
          <p class="fr-callout__text">
            Sur la page d’un service ou dans les résultats d’une recherche, choisissez « Ajouter aux favoris » pour le retrouver ici.
          </p>
          <a class="fr-btn" href="/recherche">
            Parcourir les services
          </a>
        </div>
      )}
    </div>
  );
}
