import { BACKOFFICE_SECTIONS, BackofficeLayout } from '../backoffice-layout.js';

/** The back-office's home: one tile per tool; administrators also get their notes. */
export function HubPage({ isAdministrator }: { isAdministrator: boolean }) {
  return (
    <BackofficeLayout section="accueil" title="Administration">
      <p class="fr-text--lead">Les outils de l’équipe du Store. Chaque action est inscrite au journal des actions.</p>
      <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list fr-mb-4w">
        {BACKOFFICE_SECTIONS.filter((section) => section.key !== 'accueil').map((section) => (
          <li class="fr-col-12 fr-col-md-6" key={section.key}>
            <div class="fr-tile fr-enlarge-link">
              <div class="fr-tile__body">
                <div class="fr-tile__content">
                  <h2 class="fr-tile__title">
                    <a href={section.href}>{section.label}</a>
                  </h2>
                  <p class="fr-tile__desc">{section.description}</p>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {isAdministrator ? (
        <section class="fr-callout" aria-labelledby="notes-administrateurs">
          <h2 id="notes-administrateurs" class="fr-callout__title">
            Notes pour les administrateurs
          </h2>
          <ul>
            <li>Les modérateurs ont accès aux mêmes outils que vous : le journal permet de relire chacune de leurs actions.</li>
            <li>Les rôles de l’équipe (modérateur, administrateur) ne s’attribuent pas depuis le site : ils sont gérés par l’exploitation (script de création d’administrateur).</li>
            <li>Le journal conserve le nom de l’auteur d’une action même après la suppression de son compte.</li>
          </ul>
        </section>
      ) : null}
    </BackofficeLayout>
  );
}
