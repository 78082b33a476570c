import { formatNumber } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, FieldGroup, fieldIds, Input, Textarea } from '../../../../platform/html/forms.js';
import type { WeekOutline } from '../../courses.repository.js';
import type { DiscussionContext } from '../discussion-access.js';
import { discussionsHref } from '../discussions.paths.js';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, type ThreadInput } from '../discussions.service.js';
import { CourseFrame } from './course-frame.js';

export interface NewThreadPageProps {
  context: DiscussionContext;
  outline: WeekOutline[];
  csrfToken: string;
  values: ThreadInput;
  errors: FieldErrors;
  formError?: string;
}

/** The optional lesson a thread is about, grouped by week. */
function LessonSelect({ outline, value, error }: { outline: WeekOutline[]; value: string; error?: string }) {
  const hint = 'Facultatif : votre sujet affichera un lien vers cette leçon.';
  const { id, describedBy } = fieldIds('lessonId', hint, error);
  return (
    <FieldGroup id={id} label="Leçon concernée" hint={hint} error={error} kind="select">
      <select class={`fr-select${error ? ' fr-select--error' : ''}`} id={id} name="lessonId" aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        <option value="" selected={!value}>
          Aucune leçon en particulier
        </option>
        {outline.map((week) => (
          <optgroup label={`Semaine ${week.position} : ${week.title}`} key={week.id}>
            {week.lessons.map((lesson) => (
              <option value={String(lesson.id)} selected={String(lesson.id) === value} key={lesson.id}>
                {lesson.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldGroup>
  );
}

export function NewThreadPage({ context, outline, csrfToken, values, errors, formError }: NewThreadPageProps) {
  const base = discussionsHref(context.course.slug, context.session.id);
  return (
    <CourseFrame course={context.course} session={context.session} crumbs={[{ label: 'Discussions', href: base }, { label: 'Ouvrir un sujet' }]} title="Ouvrir un sujet">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-lg-8">
          {formError ? (
            <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
              <p>{formError}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} labels={{ title: 'Titre', body: 'Message', lessonId: 'Leçon concernée' }} />
          <form method="post" action={`${base}/nouveau`} novalidate>
            <CsrfField token={csrfToken} />
            <Input name="title" label="Titre" hint={`Résumez votre question en une phrase (${formatNumber(MAX_TITLE_LENGTH)} caractères au maximum).`} value={values.title} error={errors.title} maxLength={MAX_TITLE_LENGTH} required />
            <Textarea
              name="body"
              label="Message"
              hint={`Mise en forme Markdown possible (listes, **gras**, liens). ${formatNumber(MAX_BODY_LENGTH)} caractères au maximum.`}
              value={values.body}
              error={errors.body}
              rows={10}
            />
            {outline.some((week) => week.lessons.length) ? <LessonSelect outline={outline} value={values.lessonId} error={errors.lessonId} /> : null}
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button class="fr-btn" type="submit">
                  Publier le sujet
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href={base}>
                  Annuler
                </a>
              </li>
            </ul>
          </form>
        </div>
      </div>
    </CourseFrame>
  );
}
