import { CsrfField, ErrorSummary, type FieldErrors, fieldIds, Notice } from '../../../platform/html/forms.js';
import type { Membership } from './membership.js';
import { ORGANISATION_FIELD_LABELS, OrganisationFields } from './organisation-form.js';
import type { OrganisationInput } from './organisation-profile.service.js';
import { partnerSpaceHref, PartnerSpaceLayout } from './partner-space-layout.js';

export interface ProfilePageProps {
  membership: Membership;
  csrfToken: string;
  values: OrganisationInput;
  errors: FieldErrors;
  currentKind: string;
  staff: boolean;
  formError?: string;
  notice?: string;
  logoPath: string | null;
  logoError?: string;
}

/** The logo: a form of its own (multipart), and removing it. */
function LogoForms({ action, csrfToken, logoPath, error }: { action: string; csrfToken: string; logoPath: string | null; error?: string }) {
  const { id, describedBy } = fieldIds('logo', 'aide', error);
  return (
    <section aria-labelledby="titre-logo" class="fr-mt-6w">
      <h2 id="titre-logo">Logo</h2>
      {logoPath ? (
        <p>
          <img src={logoPath} alt="Logo actuel de l’organisation" width={96} height={96} class="es-organisation-logo" />
        </p>
      ) : (
        <p>L’organisation n’a pas encore de logo.</p>
      )}
      <form method="post" action={action} enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <div class={`fr-upload-group${error ? ' fr-upload-group--error' : ''}`}>
          <label class="fr-label" for={id}>
            {logoPath ? 'Changer le logo' : 'Ajouter un logo'}
            <span class="fr-hint-text" id={`${id}-aide`}>
              Image PNG, JPEG ou WebP de 2 Mo au plus, de préférence carrée. Elle est réduite à 512 × 512 pixels.
            </span>
          </label>
          <input class="fr-upload" type="file" id={id} name="logo" accept="image/png,image/jpeg,image/webp" aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
          {error ? (
            <p class="fr-error-text" id={`${id}-erreur`}>
              {error}
            </p>
          ) : null}
        </div>
        <button class="fr-btn fr-btn--secondary fr-mt-2w" type="submit">
          Envoyer le logo
        </button>
      </form>
      {logoPath ? (
        <form method="post" action={`${action}/retirer`} class="fr-mt-2w">
          <CsrfField token={csrfToken} />
          <button class="fr-btn fr-btn--tertiary" type="submit">
            Retirer le logo
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** The organisation's profile, edited by its owners. */
export function ProfilePage({ membership, csrfToken, values, errors, currentKind, staff, formError, notice, logoPath, logoError }: ProfilePageProps) {
  return (
    <PartnerSpaceLayout membership={membership} section="profil" title="Profil de l’organisation">
      {notice ? <Notice>{notice}</Notice> : null}
      <p>Ces informations apparaissent sur la page publique de l’organisation et sur les fiches de ses services.</p>
      {formError ? (
        <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={ORGANISATION_FIELD_LABELS} />
      <form method="post" action={partnerSpaceHref(membership.organisation.slug, 'profil')} novalidate>
        <CsrfField token={csrfToken} />
        <OrganisationFields values={values} errors={errors} staff={staff} currentKind={currentKind} />
        <button class="fr-btn" type="submit">
          Enregistrer le profil
        </button>
      </form>
      <LogoForms action={`${partnerSpaceHref(membership.organisation.slug, 'profil')}/logo`} csrfToken={csrfToken} logoPath={logoPath} error={logoError} />
    </PartnerSpaceLayout>
  );
}
