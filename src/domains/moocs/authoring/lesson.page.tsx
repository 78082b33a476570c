import { CsrfField, ErrorSummary, FieldGroup, type FieldErrors, fieldIds, Input, Notice, RadioFieldset, Textarea } from '../../../platform/html/forms.js';
import type { LessonKind } from '../moocs.table.js';
import { ActionButton, AuthoringLayout, MoveButtons } from './authoring-layout.js';
import { lessonHref } from './content.page.js';
import { LESSON_FIELD_LABELS, LESSON_KIND_LABELS, type LessonForm, MAX_CHOICES, QUESTION_FIELD_LABELS, type QuestionForm } from './lesson-form.js';
import type { QuestionWithChoices } from './structure.repository.js';

export interface LessonPageLesson {
  id: number;
  kind: LessonKind;
  title: string;
  week_position: number;
  video_id: string | null;
}

function FileInput({ name, label, hint, error, accept }: { name: string; label: string; hint: string; error?: string; accept: string }) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <div class={`fr-upload-group${error ? ' fr-upload-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        <span class="fr-hint-text" id={`${id}-aide`}>
          {hint}
        </span>
      </label>
      <input class="fr-upload" type="file" id={id} name={name} accept={accept} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function QuestionList({ courseId, lessonId, questions, csrfToken }: { courseId: number; lessonId: number; questions: QuestionWithChoices[]; csrfToken: string }) {
  const base = `${lessonHref(courseId, lessonId)}/questions`;
  return (
    <section class="fr-mt-6w" aria-labelledby="titre-questions">
      <h2 id="titre-questions">Questions du quiz</h2>
      {questions.length ? (
        <ol>
          {questions.map((question, index) => (
            <li key={question.id} class="fr-mb-3w">
              <p class="fr-mb-1w">
                <a href={`${base}/${question.id}`}>{question.prompt}</a> <span class="fr-badge fr-badge--sm">{question.kind === 'unique' ? 'Réponse unique' : 'Réponses multiples'}</span>
              </p>
              <p class="fr-text--sm fr-mb-1w">
                {question.choices.length} réponses, dont {question.choices.filter((choice) => choice.correct).length} correcte{question.choices.filter((choice) => choice.correct).length > 1 ? 's' : ''}
              </p>
              <MoveButtons action={`${base}/${question.id}/deplacer`} csrfToken={csrfToken} label={`question ${index + 1}`} first={index === 0} last={index === questions.length - 1} />
            </li>
          ))}
        </ol>
      ) : (
        <p>Ce quiz n’a pas encore de question.</p>
      )}
      <a class="fr-btn fr-btn--secondary" href={`${base}/nouvelle`}>
        Ajouter une question
      </a>
    </section>
  );
}

export function LessonEditPage(props: {
  course: { id: number; name: string };
  lesson: LessonPageLesson;
  csrfToken: string;
  form: LessonForm;
  errors: FieldErrors;
  notice?: string;
  questions: QuestionWithChoices[];
  /** Whether uploading a video file is possible (the video store exists). */
  videoUpload: boolean;
}) {
  const { course, lesson, csrfToken, form, errors, notice, questions, videoUpload } = props;
  const action = lessonHref(course.id, lesson.id);
  return (
    <AuthoringLayout course={course} section="contenu" title={`Leçon « ${lesson.title} »`} crumbs={[{ label: `Semaine ${lesson.week_position}` }, { label: lesson.title }]}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={{ ...LESSON_FIELD_LABELS, ...QUESTION_FIELD_LABELS }} />
      <p>
        Type : <strong>{LESSON_KIND_LABELS[lesson.kind]}</strong> · <a href={`${action}/apercu`}>Prévisualiser comme un apprenant</a>
      </p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrfToken} />
        <Input name="title" label="Titre" value={form.title} error={errors.title} maxLength={200} />
        <Textarea
          name="body"
          label={lesson.kind === 'texte' ? 'Contenu' : lesson.kind === 'video' ? 'Introduction (facultatif)' : 'Consignes du quiz (facultatif)'}
          hint="Markdown : titres (##), listes (-), liens, gras (**texte**)."
          value={form.body}
          error={errors.body}
          rows={lesson.kind === 'texte' ? 16 : 5}
        />
        <Input name="durationMinutes" type="number" label="Durée estimée en minutes (facultatif)" value={form.durationMinutes} error={errors.durationMinutes} min={1} max={600} />
        {lesson.kind === 'video' ? (
          <>
            <Input
              name="videoUrl"
              label="Adresse d’une vidéo hébergée ailleurs (facultatif)"
              hint="Une adresse https:// vers un fichier MP4 ou WebM ; ignorée si une vidéo a été déposée ci-dessous."
              value={form.videoUrl}
              error={errors.videoUrl}
            />
            <Textarea name="captionsVtt" label="Sous-titres (WebVTT)" hint="Collez le contenu du fichier .vtt : il commence par « WEBVTT »." value={form.captionsVtt} error={errors.captionsVtt} rows={8} />
            <FileInput name="captionsFile" label="Ou déposez le fichier de sous-titres" hint="Fichier .vtt, 2 Mo au plus ; il remplace le texte ci-dessus." error={errors.captionsFile} accept=".vtt,text/vtt" />
            <Textarea name="transcript" label="Transcription" hint="Le texte de la vidéo, pour celles et ceux qui ne peuvent pas l’écouter." value={form.transcript} error={errors.transcript} rows={8} />
          </>
        ) : null}
        {lesson.kind === 'quiz' ? (
          <>
            <Input name="passMark" type="number" label="Note pour réussir, en %" value={form.passMark} error={errors.passMark} min={0} max={100} />
            <Input name="maxAttempts" type="number" label="Nombre de tentatives (facultatif)" hint="Laissez vide pour ne pas limiter." value={form.maxAttempts} error={errors.maxAttempts} min={1} max={100} />
          </>
        ) : null}
        <button class="fr-btn" type="submit">
          Enregistrer la leçon
        </button>
      </form>
      {lesson.kind === 'video' ? (
        <section class="fr-mt-6w" aria-labelledby="titre-video">
          <h2 id="titre-video">Fichier vidéo</h2>
          <p>{lesson.video_id ? 'Une vidéo est déposée pour cette leçon.' : 'Aucune vidéo déposée.'}</p>
          {videoUpload ? (
            <form method="post" action={`${action}/video`} enctype="multipart/form-data" novalidate>
              <CsrfField token={csrfToken} />
              <FileInput name="video" label="Déposer une vidéo" hint="MP4 ou WebM, 200 Mo au plus." error={errors.video} accept="video/mp4,video/webm" />
              <button class="fr-btn fr-btn--secondary" type="submit">
                Envoyer la vidéo
              </button>
            </form>
          ) : (
            <p>Le dépôt de fichiers vidéo n’est pas encore disponible : indiquez l’adresse d’une vidéo hébergée ailleurs.</p>
          )}
          {lesson.video_id ? <ActionButton action={`${action}/video/retirer`} csrfToken={csrfToken} text="Retirer la vidéo déposée" label={lesson.title} /> : null}
        </section>
      ) : null}
      {lesson.kind === 'quiz' ? <QuestionList courseId={course.id} lessonId={lesson.id} questions={questions} csrfToken={csrfToken} /> : null}
      <section class="fr-mt-6w" aria-labelledby="titre-supprimer">
        <h2 id="titre-supprimer">Supprimer la leçon</h2>
        <p>La suppression efface aussi la progression des apprenants sur cette leçon{lesson.kind === 'quiz' ? ' et leurs tentatives au quiz' : ''}.</p>
        <ActionButton action={`${action}/supprimer`} csrfToken={csrfToken} text="Supprimer la leçon" label={lesson.title} />
      </section>
    </AuthoringLayout>
  );
}

function ChoiceFields({ index, choice, error }: { index: number; choice: QuestionForm['choices'][number]; error?: string }) {
  const n = index + 1;
  const { id: feedbackId } = fieldIds(`choice${n}Feedback`);
  return (
    <fieldset class="fr-fieldset" aria-labelledby={`reponse-${n}-legende`}>
      <legend class="fr-fieldset__legend" id={`reponse-${n}-legende`}>
        Réponse {n}
        {n > 2 ? <span class="fr-hint-text">Facultative : laissez vide pour ne pas la proposer.</span> : null}
      </legend>
      <div class="fr-fieldset__element">
        <Input name={`choice${n}Label`} label={`Libellé de la réponse ${n}`} value={choice.label} error={error} maxLength={500} />
      </div>
      <div class="fr-fieldset__element">
        <div class="fr-checkbox-group">
          <input type="checkbox" id={`champ-choice${n}Correct`} name={`choice${n}Correct`} value="oui" checked={choice.correct} />
          <label class="fr-label" for={`champ-choice${n}Correct`}>
            La réponse {n} est correcte
          </label>
        </div>
      </div>
      <div class="fr-fieldset__element">
        <FieldGroup id={feedbackId} label={`Commentaire montré à qui choisit la réponse ${n} (facultatif)`}>
          <textarea class="fr-input" id={feedbackId} name={`choice${n}Feedback`} rows={2} maxLength={2000}>
            {choice.feedback}
          </textarea>
        </FieldGroup>
      </div>
    </fieldset>
  );
}

export function QuestionEditPage(props: {
  course: { id: number; name: string };
  lesson: { id: number; title: string; week_position: number };
  question: { id: number; position: number } | null;
  csrfToken: string;
  form: QuestionForm;
  errors: FieldErrors;
}) {
  const { course, lesson, question, csrfToken, form, errors } = props;
  const base = `${lessonHref(course.id, lesson.id)}/questions`;
  const title = question ? `Question ${question.position} du quiz « ${lesson.title} »` : `Nouvelle question du quiz « ${lesson.title} »`;
  return (
    <AuthoringLayout course={course} section="contenu" title={title} crumbs={[{ label: `Semaine ${lesson.week_position}` }, { label: lesson.title, href: lessonHref(course.id, lesson.id) }, { label: question ? `Question ${question.position}` : 'Nouvelle question' }]}>
      <ErrorSummary errors={errors} labels={QUESTION_FIELD_LABELS} />
      <form method="post" action={question ? `${base}/${question.id}` : base} novalidate>
        <CsrfField token={csrfToken} />
        <RadioFieldset
          name="kind"
          legend="Type de question"
          options={[
            { value: 'unique', label: 'Une seule bonne réponse' },
            { value: 'multiple', label: 'Plusieurs bonnes réponses possibles' },
          ]}
          value={form.kind}
          error={errors.kind}
        />
        <Textarea name="prompt" label="Énoncé" value={form.prompt} error={errors.prompt} rows={3} />
        <Textarea name="explanation" label="Explication (facultatif)" hint="Montrée après la réponse, quelle qu’elle soit." value={form.explanation} error={errors.explanation} rows={3} />
        <div id="champ-choices" tabIndex={-1}>
          <h2 class="fr-h4">Réponses</h2>
          <p class="fr-hint-text">De 2 à {MAX_CHOICES} réponses ; cochez la ou les bonnes réponses.</p>
          {errors.choices ? <p class="fr-error-text fr-mb-2w">{errors.choices}</p> : null}
        </div>
        {form.choices.map((choice, index) => (
          <ChoiceFields index={index} choice={choice} error={errors[`choice${index + 1}Label`]} key={index} />
        ))}
        <button class="fr-btn" type="submit">
          Enregistrer la question
        </button>
      </form>
      {question ? (
        <section class="fr-mt-4w" aria-labelledby="titre-supprimer-question">
          <h2 id="titre-supprimer-question">Supprimer la question</h2>
          <ActionButton action={`${base}/${question.id}/supprimer`} csrfToken={csrfToken} text="Supprimer la question" label={`question ${question.position}`} />
        </section>
      ) : null}
      <p class="fr-mt-2w">
        <a href={lessonHref(course.id, lesson.id)}>Retour à la leçon</a>
      </p>
    </AuthoringLayout>
  );
}
