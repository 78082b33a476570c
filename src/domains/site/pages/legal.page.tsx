import { Breadcrumb } from '../../../platform/html/components.js';

export function LegalPage({ operatorName }: { operatorName: string }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mentions légales' }]} />
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>Emploi Store est édité par {operatorName}, établissement public chargé de l’emploi.</p>
      <h2>Directeur de la publication</h2>
      <p>Le directeur général de {operatorName}.</p>
      <h2>Hébergement</h2>
      <p>Le site est hébergé en France sur l’infrastructure de l’opérateur.</p>
      <h2>Services référencés</h2>
      <p>
        Les services présentés sont proposés par {operatorName} et par des partenaires publics et privés. Chaque fournisseur est responsable du
        contenu, du prix et des conditions d’utilisation de son service. Le lien « Accéder au service » mène au site du fournisseur.
      </p>
      <h2>Données personnelles et mesure d’audience</h2>
      <p>
        La consultation du catalogue ne dépose aucun cookie et ne collecte aucune donnée personnelle. Le nombre de consultations et de passages
        vers chaque service est compté de façon anonyme et agrégée par jour, sans adresse IP ni identifiant ; les robots connus ne sont pas
        comptés.
      </p>
      <h2>Réutilisation des contenus</h2>
      <p>
        Sauf mention contraire, les contenus du site sont publiés sous Licence Ouverte / Etalab 2.0. Les données du catalogue sont réutilisables
        par l’API publique décrite sur la page <a href="/api/docs">documentation de l’API</a>.
      </p>
    </div>
  );
}
