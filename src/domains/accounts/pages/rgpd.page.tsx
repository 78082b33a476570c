import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../platform/html/forms.js';
import { RadioFieldset } from '../profile-fields.js';

const crumbs = (label: string) => [{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label }];

export function MyDataPage() {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={crumbs('Mes données personnelles')} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8">
          <h1>Mes données personnelles</h1>
          <p>Emploi Store conserve les données de votre compte tant qu’il existe :</p>
          <ul>
            <li>votre adresse e-mail, votre nom affiché et les dates de création et de confirmation du compte ;</li>
            <li>
              votre <a href="/mon-espace/profil">profil</a> : situation, métier recherché, département, réponses à « Les services faits pour moi » ;
            </li>
            <li>
              vos <a href="/mon-espace/favoris">services favoris</a> et l’<a href="/mon-espace/historique">historique des services consultés</a> ;
            </li>
            <li>les avis que vous avez donnés sur les services ;</li>
            <li>les sessions ouvertes sur vos appareils (date et navigateur).</li>
          </ul>
          <h2 class="fr-mt-4w">Télécharger mes données</h2>
          <p>Vous recevez un fichier au format JSON, lisible par un éditeur de texte et réutilisable par d’autres services.</p>
          <p>
            <a class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href="/mon-espace/mes-donnees.json" download="mes-donnees-emploi-store.json">
              Télécharger mes données (JSON)
            </a>
          </p>
          <h2 class="fr-mt-4w">Supprimer mon compte</h2>
          <p>La suppression efface votre compte et toutes les données ci-dessus. Vous choisissez si vos avis sont supprimés ou conservés de façon anonyme.</p>
          <p>
            <a class="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" href="/mon-espace/supprimer-mon-compte">
              Supprimer mon compte
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}

export interface DeleteAccountValues {
  avis: string;
}

const LABELS = { avis: 'Vos avis', motDePasse: 'Mot de passe', confirmation: 'Confirmation' };

function ConfirmationBox({ error }: { error?: string }) {
  return (
    <div class={`fr-checkbox-group fr-mb-3w${error ? ' fr-checkbox-group--error' : ''}`}>
      <input type="checkbox" id="champ-confirmation" name="confirmation" value="oui" aria-describedby={error ? 'champ-confirmation-erreur' : undefined} />
      <label class="fr-label" for="champ-confirmation">
        Je confirme vouloir supprimer définitivement mon compte
      </label>
      {error ? (
        <div class="fr-messages-group" id="champ-confirmation-erreur">
          <p class="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </div>
  );
}

export function DeleteAccountPage({ csrfToken, values, errors, hasPassword }: { csrfToken: string; values: DeleteAccountValues; errors: FieldErrors; hasPassword: boolean }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={crumbs('Supprimer mon compte')} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-7">
          <h1>Supprimer mon compte</h1>
          <div class="fr-alert fr-alert--warning fr-mb-4w">
            <h2 class="fr-alert__title">Cette suppression est définitive</h2>
            <p>Votre compte, votre profil, vos favoris, votre historique et vos sessions seront effacés. Pensez à <a href="/mon-espace/mes-donnees">télécharger vos données</a> avant.</p>
          </div>
          <ErrorSummary errors={errors} labels={LABELS} />
          <form method="post" action="/mon-espace/supprimer-mon-compte" novalidate>
            <CsrfField token={csrfToken} />
            <RadioFieldset
              name="avis"
              legend="Que deviennent vos avis sur les services ?"
              options={[
                { value: 'supprimer', label: 'Les supprimer', hint: 'Vos notes et vos commentaires disparaissent du site.' },
                { value: 'anonymiser', label: 'Les conserver de façon anonyme', hint: 'Ils restent publiés sans votre nom et ne sont plus liés à vous.' },
              ]}
              value={values.avis}
              error={errors.avis}
            />
            {hasPassword ? (
              <Input name="motDePasse" type="password" label="Mot de passe" hint="Pour confirmer que c’est bien vous." error={errors.motDePasse} autocomplete="current-password" />
            ) : (
              <ConfirmationBox error={errors.confirmation} />
            )}
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button class="fr-btn fr-icon-delete-line fr-btn--icon-left" type="submit">
                  Supprimer définitivement mon compte
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href="/mon-espace">
                  Annuler
                </a>
              </li>
            </ul>
          </form>
        </div>
      </div>
    </div>
  );
}
