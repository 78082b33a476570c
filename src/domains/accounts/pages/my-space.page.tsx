import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice } from '../../../platform/html/forms.js';
import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';

export interface MySpaceSection {
  title: string;
  description: string;
  href: string;
  /** Shown only to holders of one of these roles (staff tools). */
  roles?: readonly string[];
  /** Shown only when this says so (e.g. the instructors' space, to instructors); checked on each visit. */
  visible?: (db: Db, viewer: Viewer) => Promise<boolean>;
}

const NOTICES: Record<string, string> = {
  bienvenue: 'Votre compte est créé. Un e-mail vous a été envoyé pour confirmer votre adresse.',
  'mot-de-passe': 'Votre mot de passe a été modifié.',
  'email-verifie': 'Votre adresse e-mail est confirmée.',
  'email-envoye': 'Un lien de confirmation vient d’être envoyé à votre adresse e-mail.',
  'email-change': 'Votre nouvelle adresse e-mail est enregistrée.',
  'email-demande': 'Un lien de confirmation a été envoyé à votre nouvelle adresse. Elle remplacera l’actuelle quand vous l’aurez ouvert.',
  'sessions-fermees': 'Vos autres sessions ont été fermées.',
};

/** Always last: what the account itself offers. */
const ACCOUNT_SECTIONS: MySpaceSection[] = [
  { title: 'Mes données personnelles', description: 'Télécharger mes données, supprimer mon compte.', href: '/mon-espace/mes-donnees' },
  { title: 'Sécurité du compte', description: 'Adresse e-mail, mot de passe, sessions ouvertes.', href: '/mon-espace/securite' },
];

export function noticeFor(query: Record<string, unknown>): string | undefined {
  const key = Object.keys(query).find((name) => Object.hasOwn(NOTICES, name));
  return key ? NOTICES[key] : undefined;
}

function VerifyBanner({ viewer, csrfToken }: { viewer: Viewer; csrfToken: string }) {
  if (viewer.emailVerified) return null;
  return (
    <div class="fr-alert fr-alert--warning fr-mb-4w">
      <h2 class="fr-alert__title">Confirmez votre adresse e-mail</h2>
      <p>Ouvrez le lien envoyé à {viewer.email} pour pouvoir donner votre avis sur les services.</p>
      <form method="post" action="/mon-espace/renvoyer-confirmation" class="fr-mt-1w">
        <CsrfField token={csrfToken} />
        <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">
          Renvoyer le lien
        </button>
      </form>
    </div>
  );
}

export function MySpacePage({ viewer, csrfToken, notice, sections }: { viewer: Viewer; csrfToken: string; notice?: string; sections: MySpaceSection[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace' }]} />
      <h1>Mon espace</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <VerifyBanner viewer={viewer} csrfToken={csrfToken} />
      <p class="fr-text--lead">Bonjour{viewer.displayName ? ` ${viewer.displayName}` : ''} ! Vous êtes connecté avec l’adresse {viewer.email}.</p>
      <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
        {[...sections, ...ACCOUNT_SECTIONS].filter((section) => !section.roles || section.roles.some((role) => viewer.roles.includes(role as never))).map((section) => (
          <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={section.href}>
            <div class="fr-tile fr-enlarge-link">
              <div class="fr-tile__body">
                <div class="fr-tile__content">
                  <h2 class="fr-tile__title">
                    <a href={section.href}>{section.title}</a>
                  </h2>
                  <p class="fr-tile__desc">{section.description}</p>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface SecurityValues {
  newEmail: string;
}

export function SecurityPage({
  viewer,
  csrfToken,
  values,
  errors,
  notice,
  sessionCount,
  hasPassword = true,
}: {
  viewer: Viewer;
  csrfToken: string;
  values: SecurityValues;
  errors: FieldErrors;
  notice?: string;
  sessionCount: number;
  /** False for an account opened through an OpenID Connect provider that has not chosen a password. */
  hasPassword?: boolean;
}) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Sécurité du compte' }]} />
      <h1>Sécurité du compte</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} />
      <VerifyBanner viewer={viewer} csrfToken={csrfToken} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <section class="fr-col-12 fr-col-md-6" aria-labelledby="titre-mot-de-passe">
          <h2 id="titre-mot-de-passe">{hasPassword ? 'Changer de mot de passe' : 'Choisir un mot de passe'}</h2>
          {hasPassword ? null : <p>Vous vous connectez avec un service de connexion externe. Choisissez un mot de passe pour pouvoir aussi vous connecter avec votre adresse e-mail.</p>}
          <form method="post" action="/mon-espace/mot-de-passe" novalidate>
            <CsrfField token={csrfToken} />
            {hasPassword ? <Input name="currentPassword" type="password" label="Mot de passe actuel" error={errors.currentPassword} autocomplete="current-password" /> : null}
            <Input name="password" type="password" label="Nouveau mot de passe" hint="Au moins 12 caractères dont une minuscule, une majuscule, un chiffre et un caractère spécial." error={errors.password} autocomplete="new-password" />
            <Input name="passwordConfirmation" type="password" label="Confirmer le nouveau mot de passe" error={errors.passwordConfirmation} autocomplete="new-password" />
            <button class="fr-btn" type="submit">
              {hasPassword ? 'Changer le mot de passe' : 'Enregistrer le mot de passe'}
            </button>
          </form>
        </section>
        <section class="fr-col-12 fr-col-md-6" aria-labelledby="titre-email">
          <h2 id="titre-email">Changer d’adresse e-mail</h2>
          <p>Adresse actuelle : {viewer.email}</p>
          <form method="post" action="/mon-espace/email" novalidate>
            <CsrfField token={csrfToken} />
            <Input name="newEmail" type="email" label="Nouvelle adresse e-mail" value={values.newEmail} error={errors.newEmail} autocomplete="email" />
            {hasPassword ? <Input name="emailPassword" type="password" label="Mot de passe" hint="Pour confirmer que c’est bien vous." error={errors.emailPassword} autocomplete="current-password" /> : null}
            <button class="fr-btn" type="submit">
              Recevoir le lien de confirmation
            </button>
          </form>
        </section>
      </div>
      <section class="fr-mt-6w" aria-labelledby="titre-sessions">
        <h2 id="titre-sessions">Sessions ouvertes</h2>
        <p>
          Votre compte est ouvert sur {sessionCount} appareil{sessionCount > 1 ? 's ou navigateurs' : ' ou navigateur'}. Si vous avez un doute, fermez toutes les sessions : il faudra vous
          reconnecter partout.
        </p>
        <form method="post" action="/deconnexion-partout">
          <CsrfField token={csrfToken} />
          <button class="fr-btn fr-btn--secondary" type="submit">
            Se déconnecter partout
          </button>
        </form>
      </section>
    </div>
  );
}
