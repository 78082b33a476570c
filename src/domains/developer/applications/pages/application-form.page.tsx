import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../../platform/html/forms.js';
import { type ApplicationFormValues, DESCRIPTION_MAX, DESCRIPTION_MIN, NAME_MAX, NAME_MIN, WEBSITE_MAX } from '../applications.service.js';
import { APPLICATIONS_HREF, DeveloperFrame } from './components.js';

export const FORM_LABELS = { name: 'Nom de l’application', description: 'Description', website: 'Site web (facultatif)' };

/** The three fields of an application (creation and edit). */
export function ApplicationFields({ values, errors }: { values: ApplicationFormValues; errors: FieldErrors }) {
  return (
    <>
      <Input name="name" label={FORM_LABELS.name} hint={`De ${NAME_MIN} à ${NAME_MAX} caractères. Il est montré à l’équipe Emploi Store avec vos demandes d’abonnement.`} value={values.name} error={errors.name} maxLength={NAME_MAX} />
      <Textarea
        name="description"
        label={FORM_LABELS.description}
        hint={`Ce que fait l’application et pour qui, de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} caractères.`}
        value={values.description}
        error={errors.description}
        maxLength={DESCRIPTION_MAX}
      />
      <Input name="website" label={FORM_LABELS.website} hint="Adresse complète commençant par https://, par exemple https://mon-application.fr" value={values.website} error={errors.website} maxLength={WEBSITE_MAX} />
    </>
  );
}

/** « Créer une application ». */
export function NewApplicationPage({ values, errors, formError, csrfToken }: { values: ApplicationFormValues; errors: FieldErrors; formError?: string; csrfToken: string }) {
  return (
    <DeveloperFrame title="Créer une application" crumbs={[{ label: 'Créer une application' }]} narrow>
      {formError ? <Notice type="error">{formError}</Notice> : null}
      <ErrorSummary errors={errors} labels={FORM_LABELS} />
      <p>L’application reçoit un identifiant client et une clé secrète, affichée une seule fois juste après sa création : prévoyez de la copier dans un endroit sûr.</p>
      <form method="post" action={`${APPLICATIONS_HREF}/nouvelle`} novalidate>
        <CsrfField token={csrfToken} />
        <ApplicationFields values={values} errors={errors} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn" type="submit">
              Créer l’application
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={APPLICATIONS_HREF}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </DeveloperFrame>
  );
}
