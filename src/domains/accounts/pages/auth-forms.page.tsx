import type { ComponentChildren } from 'preact';
import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice } from '../../../platform/html/forms.js';

export interface FormState<V> {
  csrfToken: string;
  values: V;
  errors: FieldErrors;
}

function Narrow({ title, crumb, children }: { title: string; crumb: string; children: ComponentChildren }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: crumb }]} />
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}

/** Log-in through the configured OpenID Connect provider, offered above the password form. */
function OidcButton({ label, retour }: { label: string; retour?: string }) {
  const href = retour && retour !== '/mon-espace' ? `/connexion/oidc?retour=${encodeURIComponent(retour)}` : '/connexion/oidc';
  return (
    <>
      <p>
        <a class="fr-btn fr-btn--secondary" href={href}>
          {label}
        </a>
      </p>
      <p class="fr-hr-or">ou</p>
    </>
  );
}

export interface SignUpValues {
  displayName: string;
  email: string;
  kind: string;
}

export function SignUpPage({ csrfToken, values, errors, oidcLabel }: FormState<SignUpValues> & { oidcLabel?: string }) {
  return (
    <Narrow title="Créer un compte" crumb="Créer un compte">
      <p>Un compte vous permet d’enregistrer vos services favoris, de donner votre avis et de retrouver les services faits pour vous.</p>
      {oidcLabel ? <OidcButton label={oidcLabel} /> : null}
      <ErrorSummary errors={errors} />
      <form method="post" action="/inscription" novalidate>
        <CsrfField token={csrfToken} />
        <fieldset class={`fr-fieldset${errors.kind ? ' fr-fieldset--error' : ''}`} id="champ-kind" aria-labelledby="champ-kind-legende">
          <legend class="fr-fieldset__legend" id="champ-kind-legende">
            Vous êtes
          </legend>
          {[
            ['candidat', 'Candidat : je cherche un emploi, une formation ou une orientation'],
            ['entreprise', 'Entreprise : je recrute ou je forme mes salariés'],
          ].map(([value, label]) => (
            <div class="fr-fieldset__element" key={value}>
              <div class="fr-radio-group">
                <input type="radio" id={`kind-${value}`} name="kind" value={value} checked={values.kind === value} />
                <label class="fr-label" for={`kind-${value}`}>
                  {label}
                </label>
              </div>
            </div>
          ))}
          {errors.kind ? <p class="fr-error-text fr-fieldset__element">{errors.kind}</p> : null}
        </fieldset>
        <Input name="displayName" label="Nom affiché (facultatif)" hint="Il apparaît avec vos avis. Laissez vide pour rester anonyme." value={values.displayName} error={errors.displayName} autocomplete="nickname" maxLength={100} />
        <Input name="email" type="email" label="Adresse e-mail" hint="Format attendu : nom@domaine.fr" value={values.email} error={errors.email} autocomplete="email" required />
        <Input
          name="password"
          type="password"
          label="Mot de passe"
          hint="Au moins 12 caractères dont une minuscule, une majuscule, un chiffre et un caractère spécial, ou une phrase de passe d’au moins 16 caractères."
          error={errors.password}
          autocomplete="new-password"
          required
        />
        <Input name="passwordConfirmation" type="password" label="Confirmer le mot de passe" error={errors.passwordConfirmation} autocomplete="new-password" required />
        <button class="fr-btn" type="submit">
          Créer mon compte
        </button>
      </form>
      <p class="fr-mt-4w">
        Déjà un compte ? <a href="/connexion">Se connecter</a>
      </p>
    </Narrow>
  );
}

export interface LogInValues {
  email: string;
  retour: string;
}

export function LogInPage({ csrfToken, values, errors, notice, oidcLabel }: FormState<LogInValues> & { notice?: string; oidcLabel?: string }) {
  return (
    <Narrow title="Se connecter" crumb="Se connecter">
      {notice ? <Notice type="info">{notice}</Notice> : null}
      <ErrorSummary errors={errors} />
      {oidcLabel ? <OidcButton label={oidcLabel} retour={values.retour} /> : null}
      <form method="post" action="/connexion" novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="retour" value={values.retour} />
        <Input name="email" type="email" label="Adresse e-mail" value={values.email} error={errors.email} autocomplete="username" required />
        <Input name="password" type="password" label="Mot de passe" error={errors.password} autocomplete="current-password" required />
        <p>
          <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
        </p>
        <button class="fr-btn" type="submit">
          Se connecter
        </button>
      </form>
      <p class="fr-mt-4w">
        Pas encore de compte ? <a href="/inscription">Créer un compte</a>
      </p>
    </Narrow>
  );
}

export function ForgotPasswordPage({ csrfToken, values, errors, sent }: FormState<{ email: string }> & { sent: boolean }) {
  return (
    <Narrow title="Mot de passe oublié" crumb="Mot de passe oublié">
      {sent ? (
        <Notice>Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.</Notice>
      ) : (
        <p>Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
      )}
      <ErrorSummary errors={errors} />
      <form method="post" action="/mot-de-passe-oublie" novalidate>
        <CsrfField token={csrfToken} />
        <Input name="email" type="email" label="Adresse e-mail" value={values.email} error={errors.email} autocomplete="email" required />
        <button class="fr-btn" type="submit">
          Recevoir le lien
        </button>
      </form>
    </Narrow>
  );
}

export function ResetPasswordPage({ csrfToken, values, errors }: FormState<{ jeton: string }>) {
  return (
    <Narrow title="Choisir un nouveau mot de passe" crumb="Nouveau mot de passe">
      <ErrorSummary errors={errors} />
      {errors.jeton ? (
        <p>
          <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
        </p>
      ) : (
        <form method="post" action="/reinitialiser-mot-de-passe" novalidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="jeton" value={values.jeton} />
          <Input
            name="password"
            type="password"
            label="Nouveau mot de passe"
            hint="Au moins 12 caractères dont une minuscule, une majuscule, un chiffre et un caractère spécial."
            error={errors.password}
            autocomplete="new-password"
            required
          />
          <Input name="passwordConfirmation" type="password" label="Confirmer le mot de passe" error={errors.passwordConfirmation} autocomplete="new-password" required />
          <button class="fr-btn" type="submit">
            Enregistrer le mot de passe
          </button>
        </form>
      )}
    </Narrow>
  );
}

/** Landing page of an e-mail link: one button to confirm (links are not consumed by a GET, which mail scanners follow). */
export function ConfirmLinkPage({ csrfToken, title, action, token, error, button }: { csrfToken: string; title: string; action: string; token: string; error?: string; button: string }) {
  return (
    <Narrow title={title} crumb={title}>
      {error ? (
        <>
          <Notice type="error">{error}</Notice>
          <p>
            <a href="/mon-espace/securite">Recevoir un nouveau lien depuis Mon espace</a>
          </p>
        </>
      ) : (
        <form method="post" action={action}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="jeton" value={token} />
          <button class="fr-btn" type="submit">
            {button}
          </button>
        </form>
      )}
    </Narrow>
  );
}
