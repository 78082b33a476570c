import { Breadcrumb } from '../../../platform/html/components.js';

/** Accessibility statement (déclaration d'accessibilité), in the RGAA model's structure. */
export function AccessibilityPage({ operatorName }: { operatorName: string }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Accessibilité' }]} />
      <h1>Déclaration d’accessibilité</h1>
      <p>
        {operatorName} s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles conformément à l’article 47 de la loi
        n° 2005-102 du 11 février 2005. Cette déclaration d’accessibilité s’applique au site Emploi Store.
      </p>
      <h2>État de conformité</h2>
      <p>
        Emploi Store est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1,
        en raison des non-conformités et des dérogations énumérées ci-dessous. Aucun audit complet n’a encore été réalisé par un organisme
        indépendant.
      </p>
      <h2>Ce qui est vérifié à chaque évolution</h2>
      <ul>
        <li>Chaque page principale (accueil, recherche avec filtres, thématique, fiche service, page d’erreur) est contrôlée automatiquement avec axe-core dans un vrai navigateur : aucune violation n’est acceptée.</li>
        <li>Le parcours « rechercher, filtrer, ouvrir un service, y accéder » est testé au clavier seul.</li>
        <li>Toutes les fonctions marchent sans JavaScript ; les scripts ne font qu’améliorer le confort (autocomplétion, application immédiate des filtres).</li>
        <li>Le site utilise le Système de design de l’État (DSFR).</li>
      </ul>
      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <ul>
        <li>Les services référencés sont édités par leurs fournisseurs : leur accessibilité relève de chacun d’eux. La fiche de chaque service indique ce que le fournisseur déclare.</li>
        <li>La documentation interactive de l’API (/api/docs) est produite par un outil tiers et n’a pas été évaluée.</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 25 novembre 2026.</p>
      <h3>Technologies utilisées</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS (Système de design de l’État)</li>
        <li>JavaScript (amélioration progressive)</li>
      </ul>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une
        alternative accessible ou obtenir le contenu sous une autre forme, en écrivant à l’adresse accessibilite@emploi-store.example.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site, que vous nous le signalez
        et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de
        saisine au Défenseur des droits : par le formulaire de contact en ligne, auprès de son délégué dans votre région, ou par courrier
        (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </div>
  );
}
