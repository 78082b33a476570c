import { CsrfField, ErrorSummary, type FieldErrors } from '../../../../platform/html/forms.js';
import { DeveloperFrame } from './components.js';

/** The API terms a developer accepts (short on purpose: what matters to an application's author). */
function ApiTerms() {
  return (
    <section class="fr-mb-4w" aria-labelledby="conditions-api">
      <h2 id="conditions-api">Conditions d’utilisation des API Emploi Store</h2>
      <h3 class="fr-h6">Objet</h3>
      <p>
        Les API Emploi Store donnent accès, gratuitement, au catalogue des services de l’emploi, au répertoire des métiers (ROME) et aux MOOC de l’emploi, pour construire des services utiles aux personnes
        en recherche d’emploi, aux entreprises et aux professionnels de l’accompagnement.
      </p>
      <h3 class="fr-h6">Vos identifiants</h3>
      <p>
        Chaque application reçoit un identifiant client et une clé secrète. La clé secrète est personnelle et confidentielle : ne la placez jamais dans une page web, une application mobile ou un dépôt de
        code public. Si elle a pu être divulguée, renouvelez-la aussitôt depuis la page de l’application.
      </p>
      <h3 class="fr-h6">Usage des données</h3>
      <ul>
        <li>Utilisez les données pour l’usage que vous avez décrit, et indiquez leur source : « Emploi Store ».</li>
        <li>Ne revendez pas les données brutes et ne cherchez pas à identifier des personnes à partir d’elles.</li>
        <li>Respectez les limites de débit et les quotas quotidiens de chaque API, sans chercher à les contourner (par exemple en multipliant les applications pour un même usage).</li>
      </ul>
      <h3 class="fr-h6">Disponibilité et évolutions</h3>
      <p>
        Les API sont fournies sans garantie de disponibilité. Leurs évolutions sont publiées dans le journal des modifications de chaque API ; un changement incompatible est annoncé à l’avance.
      </p>
      <h3 class="fr-h6">Suspension</h3>
      <p>
        En cas de manquement à ces conditions, l’équipe Emploi Store peut révoquer un abonnement ou une application. Le motif vous est envoyé par courriel.
      </p>
      <h3 class="fr-h6">Vos données personnelles</h3>
      <p>
        Nous conservons votre adresse e-mail, vos applications, leurs abonnements et les statistiques de leurs appels, pour gérer votre accès aux API. Vous pouvez les télécharger depuis « Mes données
        personnelles » dans votre espace.
      </p>
    </section>
  );
}

/** « Devenir développeur »: the terms, a checkbox to accept them, and the button. */
export function BecomeDeveloperPage({ csrfToken, errors }: { csrfToken: string; errors: FieldErrors }) {
  const id = 'champ-accepte';
  return (
    <DeveloperFrame title="Devenir développeur" crumbs={[{ label: 'Devenir développeur' }]} narrow>
      <ErrorSummary errors={errors} />
      <p class="fr-text--lead">Créez des applications qui utilisent les données de l’Emploi Store. Lisez les conditions d’utilisation des API, puis acceptez-les pour activer votre profil développeur.</p>
      <ApiTerms />
      <form method="post" action="/developpeurs/devenir" novalidate>
        <CsrfField token={csrfToken} />
        <fieldset class={`fr-fieldset${errors.accepte ? ' fr-fieldset--error' : ''}`} aria-labelledby={`${id}-legende${errors.accepte ? ` ${id}-erreur` : ''}`}>
          <legend class="fr-fieldset__legend fr-text--regular" id={`${id}-legende`}>
            Acceptation des conditions
          </legend>
          <div class="fr-fieldset__element">
            <div class="fr-checkbox-group">
              <input type="checkbox" id={id} name="accepte" value="oui" aria-describedby={errors.accepte ? `${id}-erreur` : undefined} />
              <label class="fr-label" for={id}>
                J’ai lu et j’accepte les conditions d’utilisation des API Emploi Store
              </label>
            </div>
          </div>
          {errors.accepte ? (
            <div class="fr-messages-group" id={`${id}-erreur`}>
              <p class="fr-message fr-message--error">{errors.accepte}</p>
            </div>
          ) : null}
        </fieldset>
        <button class="fr-btn" type="submit">
          Devenir développeur
        </button>
      </form>
    </DeveloperFrame>
  );
}
