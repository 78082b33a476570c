import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice, Select } from '../../../platform/html/forms.js';
import { DEPARTMENTS, type JobTitle, JobTitleField } from '../../referentiels/index.js';
import { SituationField } from '../profile-fields.js';

export interface ProfileFormValues {
  situation: string;
  metier: string;
  metierOgr: string;
  departement: string;
}

export interface ProfilePageProps {
  csrfToken: string;
  values: ProfileFormValues;
  errors: FieldErrors;
  suggestions: JobTitle[];
  notice?: string;
}

const LABELS = { situation: 'Votre situation', metier: 'Métier recherché', departement: 'Département' };
const DEPARTMENT_OPTIONS = DEPARTMENTS.map((department) => ({ value: department.code, label: `${department.code} — ${department.name}` }));

export function ProfilePage({ csrfToken, values, errors, suggestions, notice }: ProfilePageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mon profil' }]} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-7">
          <h1>Mon profil</h1>
          {notice ? <Notice>{notice}</Notice> : null}
          <p>
            Ces informations, toutes facultatives, servent à vous proposer <a href="/services-pour-moi">les services faits pour vous</a>. Vous pouvez les
            modifier ou les effacer à tout moment.
          </p>
          <ErrorSummary errors={errors} labels={LABELS} />
          <form method="post" action="/mon-espace/profil" novalidate>
            <CsrfField token={csrfToken} />
            <SituationField value={values.situation} error={errors.situation} legend={LABELS.situation} />
            <JobTitleField
              label={LABELS.metier}
              hint="Par exemple « boulanger » ou « aide-soignant ». Laissez vide si vous ne savez pas encore."
              value={values.metier}
              code={values.metierOgr}
              error={errors.metier}
              suggestions={suggestions}
            />
            <Select name="departement" label={LABELS.departement} hint="Où vous cherchez un emploi ou une formation." options={DEPARTMENT_OPTIONS} value={values.departement} error={errors.departement} placeholder="Aucun département choisi" />
            <button class="fr-btn" type="submit">
              Enregistrer mon profil
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
