import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Select, Textarea } from '../../../platform/html/forms.js';
import type { WeekOutline } from '../courses.repository.js';
import { ActionButton, AuthoringLayout, authoringHref, MoveButtons } from './authoring-layout.js';
import { LESSON_KIND_LABELS } from './lesson-form.js';

export interface WeekForm {
  title: string;
  summary: string;
}

export interface NewLessonForm {
  weekId: number;
  kind: string;
  title: string;
}

const KIND_OPTIONS = Object.entries(LESSON_KIND_LABELS).map(([value, label]) => ({ value, label }));

export function lessonHref(courseId: number, lessonId: number): string {
  return `/formateur/cours/${courseId}/lecons/${lessonId}`;
}

export function weekHref(courseId: number, weekId: number): string {
  return `/formateur/cours/${courseId}/semaines/${weekId}`;
}

function WeekFields({ form, errors }: { form: WeekForm; errors: FieldErrors }) {
  return (
    <>
      <Input name="title" label="Titre de la semaine" value={form.title} error={errors.title} maxLength={200} />
      <Textarea name="summary" label="Résumé (facultatif)" value={form.summary} error={errors.summary} rows={3} />
    </>
  );
}

export function ContentPage(props: {
  course: { id: number; name: string };
  outline: WeekOutline[];
  csrfToken: string;
  weekForm: WeekForm;
  lessonForm?: NewLessonForm;
  errors: FieldErrors;
  notice?: string;
}) {
  const { course, outline, csrfToken, weekForm, lessonForm, errors, notice } = props;
  return (
    <AuthoringLayout course={course} section="contenu" title={`Semaines et leçons – ${course.name}`}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} />
      {outline.length ? null : <p>Le cours n’a pas encore de contenu : commencez par ajouter une semaine.</p>}
      {outline.map((week, weekIndex) => {
        const own = lessonForm?.weekId === week.id;
        return (
          <section class="fr-mb-6w" aria-labelledby={`semaine-${week.id}`} key={week.id}>
            <h2 id={`semaine-${week.id}`}>
              Semaine {week.position} : {week.title}
            </h2>
            {week.summary ? <p>{week.summary}</p> : null}
            <MoveButtons action={`${weekHref(course.id, week.id)}/deplacer`} csrfToken={csrfToken} label={`Semaine ${week.position}`} first={weekIndex === 0} last={weekIndex === outline.length - 1} />
            <p>
              <a href={weekHref(course.id, week.id)}>
                Modifier ou supprimer la semaine<span class="fr-sr-only"> {week.position}</span>
              </a>
            </p>
            {week.lessons.length ? (
              <ol>
                {week.lessons.map((lesson, index) => (
                  <li key={lesson.id} class="fr-mb-2w">
                    <a href={lessonHref(course.id, lesson.id)}>{lesson.title}</a> <span class="fr-badge fr-badge--sm">{LESSON_KIND_LABELS[lesson.kind]}</span>
                    {lesson.duration_minutes ? ` · ${lesson.duration_minutes} min` : ''} ·{' '}
                    <a href={`${lessonHref(course.id, lesson.id)}/apercu`}>
                      Aperçu<span class="fr-sr-only"> de « {lesson.title} »</span>
                    </a>
                    <MoveButtons action={`${lessonHref(course.id, lesson.id)}/deplacer`} csrfToken={csrfToken} label={lesson.title} first={index === 0} last={index === week.lessons.length - 1} />
                  </li>
                ))}
              </ol>
            ) : (
              <p>Cette semaine n’a pas encore de leçon.</p>
            )}
            <details open={own}>
              <summary>Ajouter une leçon à la semaine {week.position}</summary>
              <form method="post" action={`${weekHref(course.id, week.id)}/lecons`} novalidate>
                <CsrfField token={csrfToken} />
                <Select name={`kind-${week.id}`} label="Type de leçon" options={KIND_OPTIONS} value={own ? lessonForm.kind : 'texte'} error={own ? errors[`kind-${week.id}`] : undefined} />
                <Input name={`title-${week.id}`} label="Titre de la leçon" value={own ? lessonForm.title : ''} error={own ? errors[`title-${week.id}`] : undefined} maxLength={200} />
                <button class="fr-btn fr-btn--secondary" type="submit">
                  Ajouter la leçon
                </button>
              </form>
            </details>
          </section>
        );
      })}
      <section aria-labelledby="titre-nouvelle-semaine">
        <h2 id="titre-nouvelle-semaine">Ajouter une semaine</h2>
        <form method="post" action={`/formateur/cours/${course.id}/semaines`} novalidate>
          <CsrfField token={csrfToken} />
          <WeekFields form={weekForm} errors={errors} />
          <button class="fr-btn" type="submit">
            Ajouter la semaine
          </button>
        </form>
      </section>
    </AuthoringLayout>
  );
}

export function WeekEditPage(props: { course: { id: number; name: string }; week: { id: number; position: number; title: string }; csrfToken: string; form: WeekForm; errors: FieldErrors }) {
  const { course, week, csrfToken, form, errors } = props;
  return (
    <AuthoringLayout course={course} section="contenu" title={`Semaine ${week.position} : ${week.title}`} crumbs={[{ label: `Semaine ${week.position}` }]}>
      <ErrorSummary errors={errors} />
      <form method="post" action={weekHref(course.id, week.id)} novalidate>
        <CsrfField token={csrfToken} />
        <WeekFields form={form} errors={errors} />
        <button class="fr-btn" type="submit">
          Enregistrer
        </button>
      </form>
      <h2 class="fr-mt-4w">Supprimer la semaine</h2>
      <p>La suppression efface aussi ses leçons, leurs quiz et la progression des apprenants sur ces leçons.</p>
      <ActionButton action={`${weekHref(course.id, week.id)}/supprimer`} csrfToken={csrfToken} text="Supprimer la semaine" label={week.title} />
      <p class="fr-mt-2w">
        <a href={authoringHref(course.id, 'contenu')}>Retour aux semaines et leçons</a>
      </p>
    </AuthoringLayout>
  );
}
