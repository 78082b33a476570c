import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../platform/html/forms.js';
import { ActionButton, AuthoringLayout, authoringHref, MoveButtons } from './authoring-layout.js';

export interface InstructorItem {
  id: number;
  name: string;
  title: string;
  bio: string;
  kind: 'interne' | 'externe';
  account_id: number | null;
}

export interface InstructorForms {
  email: string;
  extName: string;
  extTitle: string;
  extBio: string;
}

export const INSTRUCTOR_FIELD_LABELS: Record<string, string> = { email: 'Adresse e-mail', extName: 'Nom', extTitle: 'Fonction', extBio: 'Présentation' };

export function InstructorsPage(props: { course: { id: number; name: string }; instructors: InstructorItem[]; csrfToken: string; forms: InstructorForms; errors: FieldErrors; notice?: string }) {
  const { course, instructors, csrfToken, forms, errors, notice } = props;
  const base = `${authoringHref(course.id, 'formateurs')}`;
  return (
    <AuthoringLayout course={course} section="formateurs" title={`Formateurs – ${course.name}`}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={INSTRUCTOR_FIELD_LABELS} />
      <p>Les formateurs internes ont un compte : ils modifient le cours et voient ses statistiques. Les formateurs externes sont seulement présentés sur la page du cours.</p>
      {instructors.length ? (
        <ol class="es-unstyled-list">
          {instructors.map((instructor, index) => (
            <li class="fr-card fr-card--no-arrow fr-mb-2w" key={instructor.id}>
              <div class="fr-card__body">
                <div class="fr-card__content">
                  <h2 class="fr-card__title fr-h5">
                    {instructor.name} <span class="fr-badge fr-badge--sm">{instructor.kind === 'interne' ? 'Interne' : 'Externe'}</span>
                  </h2>
                  {instructor.title ? <p class="fr-card__desc">{instructor.title}</p> : null}
                  <MoveButtons action={`${base}/${instructor.id}/deplacer`} csrfToken={csrfToken} label={instructor.name} first={index === 0} last={index === instructors.length - 1} />
                  <details>
                    <summary>Modifier la présentation de {instructor.name}</summary>
                    <form method="post" action={`${base}/${instructor.id}`} novalidate>
                      <CsrfField token={csrfToken} />
                      <Input name={`name-${instructor.id}`} label="Nom" value={instructor.name} maxLength={120} />
                      <Input name={`title-${instructor.id}`} label="Fonction" value={instructor.title} maxLength={200} />
                      <Textarea name={`bio-${instructor.id}`} label="Présentation" value={instructor.bio} rows={4} />
                      <button class="fr-btn fr-btn--sm" type="submit">
                        Enregistrer
                      </button>
                    </form>
                  </details>
                  <ActionButton action={`${base}/${instructor.id}/supprimer`} csrfToken={csrfToken} text="Retirer" label={instructor.name} />
                </div>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p>Ce cours n’a pas encore de formateur.</p>
      )}
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="titre-interne">
          <h2 id="titre-interne">Ajouter un formateur interne</h2>
          <form method="post" action={`${base}/interne`} novalidate>
            <CsrfField token={csrfToken} />
            <Input name="email" type="email" label="Adresse e-mail de son compte" hint="Le compte doit exister et son adresse être confirmée." value={forms.email} error={errors.email} autocomplete="off" />
            <button class="fr-btn" type="submit">
              Ajouter
            </button>
          </form>
        </section>
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="titre-externe">
          <h2 id="titre-externe">Ajouter un formateur externe</h2>
          <form method="post" action={`${base}/externe`} novalidate>
            <CsrfField token={csrfToken} />
            <Input name="extName" label="Nom" value={forms.extName} error={errors.extName} maxLength={120} />
            <Input name="extTitle" label="Fonction" hint="Par exemple : recruteuse dans la grande distribution." value={forms.extTitle} error={errors.extTitle} maxLength={200} />
            <Textarea name="extBio" label="Présentation" value={forms.extBio} error={errors.extBio} rows={4} />
            <button class="fr-btn" type="submit">
              Ajouter
            </button>
          </form>
        </section>
      </div>
    </AuthoringLayout>
  );
}
