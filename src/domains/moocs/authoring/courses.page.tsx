import { Breadcrumb } from '../../../platform/html/components.js';
import { CheckboxFieldset, CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Textarea } from '../../../platform/html/forms.js';
import { ActionButton, AuthoringLayout, authoringHref } from './authoring-layout.js';
import { COURSE_FIELD_LABELS, type CourseTextsForm } from './course-form.js';
import type { CourseListItem } from './courses.repository.js';

export const STATUS_LABELS: Record<string, string> = { publie: 'Publié dans le Store', depublie: 'Non publié' };

function CourseTextFields({ form, errors }: { form: CourseTextsForm; errors: FieldErrors }) {
  return (
    <>
      <Input name="name" label="Titre du cours" value={form.name} error={errors.name} maxLength={200} required />
      <Textarea name="pitch" label="Accroche" hint="Une ou deux phrases, montrées dans les résultats du Store (300 caractères au plus)." value={form.pitch} error={errors.pitch} rows={3} />
      <Textarea name="description" label="Présentation" hint="Markdown : titres (##), listes (-), liens, gras (**texte**)." value={form.description} error={errors.description} rows={10} />
      <Textarea name="objectives" label="Objectifs" hint="Un objectif par ligne." value={form.objectives} error={errors.objectives} rows={5} />
      <Textarea name="audienceText" label="Public" hint="À qui s’adresse le cours." value={form.audienceText} error={errors.audienceText} rows={3} />
      <Textarea name="prerequisites" label="Prérequis" value={form.prerequisites} error={errors.prerequisites} rows={3} />
      <Input name="effortText" label="Effort" hint="Par exemple : 4 semaines, 2 à 3 heures par semaine." value={form.effortText} error={errors.effortText} maxLength={2000} />
    </>
  );
}

export interface CreateCourseForm extends CourseTextsForm {
  themes: string[];
  publish: boolean;
}

export function FormateurHomePage(props: {
  courses: CourseListItem[];
  isAdmin: boolean;
  csrfToken: string;
  themes: { slug: string; name: string }[];
  form: CreateCourseForm;
  errors: FieldErrors;
}) {
  const { courses, isAdmin, csrfToken, themes, form, errors } = props;
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Espace formateur' }]} />
      <h1>Espace formateur</h1>
      <ErrorSummary errors={errors} labels={COURSE_FIELD_LABELS} />
      <h2>{isAdmin ? 'Tous les cours' : 'Mes cours'}</h2>
      {courses.length ? (
        <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
          {courses.map((course) => (
            <li class="fr-col-12 fr-col-md-6" key={course.id}>
              <div class="fr-card fr-enlarge-link">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h3 class="fr-card__title">
                      <a href={authoringHref(course.id)}>{course.name}</a>
                    </h3>
                    <p class="fr-card__desc">
                      {course.weeks} semaine{course.weeks > 1 ? 's' : ''} · {course.sessions} session{course.sessions > 1 ? 's' : ''}
                    </p>
                    <div class="fr-card__start">
                      <p class={`fr-badge fr-badge--sm ${course.service_status === 'publie' ? 'fr-badge--success' : 'fr-badge--info'}`}>{STATUS_LABELS[course.service_status] ?? course.service_status}</p>
                    </div>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Vous n’êtes formateur d’aucun cours. Un administrateur peut vous ajouter aux formateurs d’un cours avec l’adresse e-mail de votre compte.</p>
      )}
      {isAdmin ? (
        <section class="fr-mt-6w" aria-labelledby="titre-creer">
          <h2 id="titre-creer">Créer un cours</h2>
          <p>Le cours est aussi une fiche du Store (type MOOC, proposée par l’opérateur) : son titre, son accroche et sa présentation sont ceux de la fiche.</p>
          <form method="post" action="/formateur/cours" novalidate>
            <CsrfField token={csrfToken} />
            <CourseTextFields form={form} errors={errors} />
            <CheckboxFieldset name="themes" legend="Thématiques du Store" hint="Au moins une." options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))} values={form.themes} error={errors.themes} inline />
            <div class="fr-checkbox-group fr-mb-3w">
              <input type="checkbox" id="champ-publish" name="publish" value="oui" checked={form.publish} />
              <label class="fr-label" for="champ-publish">
                Publier dans le Store
                <span class="fr-hint-text">Sinon, le cours reste invisible des apprenants jusqu’à sa publication.</span>
              </label>
            </div>
            <button class="fr-btn" type="submit">
              Créer le cours
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}

export function CoursePresentationPage(props: {
  course: { id: number; name: string; slug: string; service_status: string };
  isAdmin: boolean;
  csrfToken: string;
  form: CourseTextsForm;
  errors: FieldErrors;
  notice?: string;
}) {
  const { course, isAdmin, csrfToken, form, errors, notice } = props;
  const published = course.service_status === 'publie';
  return (
    <AuthoringLayout course={course} section="presentation" title={`Présentation – ${course.name}`}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={COURSE_FIELD_LABELS} />
      <p>
        Statut dans le Store : <strong>{STATUS_LABELS[course.service_status] ?? course.service_status}</strong>.{' '}
        {published ? (
          <>
            Page du cours : <a href={`/moocs/${course.slug}`}>/moocs/{course.slug}</a> ; fiche du Store : <a href={`/services/${course.slug}`}>/services/{course.slug}</a>.
          </>
        ) : null}
      </p>
      {isAdmin ? (
        <ActionButton
          action={`${authoringHref(course.id)}/publication`}
          csrfToken={csrfToken}
          text={published ? 'Retirer du Store' : 'Publier dans le Store'}
          label={course.name}
          fields={{ publish: published ? 'non' : 'oui' }}
        />
      ) : null}
      <h2 class="fr-mt-4w">Textes du cours</h2>
      <form method="post" action={authoringHref(course.id)} novalidate>
        <CsrfField token={csrfToken} />
        <CourseTextFields form={form} errors={errors} />
        <button class="fr-btn" type="submit">
          Enregistrer
        </button>
      </form>
    </AuthoringLayout>
  );
}
