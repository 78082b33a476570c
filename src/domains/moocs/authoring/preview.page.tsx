import { Notice } from '../../../platform/html/forms.js';
import { QuizForm } from '../learning/quiz.view.js';
import type { LessonKind } from '../moocs.table.js';
import { AuthoringLayout } from './authoring-layout.js';
import { lessonHref } from './content.page.js';
import type { QuestionWithChoices } from './structure.repository.js';

export interface PreviewLesson {
  id: number;
  kind: LessonKind;
  title: string;
  week_position: number;
  duration_minutes: number | null;
  video_id: string | null;
  video_url: string | null;
  captions_vtt: string | null;
  transcript: string | null;
  pass_mark: number | null;
  max_attempts: number | null;
}

/** The lesson as a learner sees it (read-only), with the answer key of a quiz for the author. */
export function LessonPreviewPage(props: {
  course: { id: number; name: string; slug: string; service_status: string };
  lesson: PreviewLesson;
  bodyHtml: string;
  questions: QuestionWithChoices[];
  sessions: { id: number; name: string }[];
  csrfToken: string;
}) {
  const { course, lesson, bodyHtml, questions, sessions, csrfToken } = props;
  const videoSrc = lesson.video_id ? `/moocs/videos/${lesson.video_id}` : lesson.video_url;
  return (
    <AuthoringLayout course={course} section="contenu" title={`Aperçu : ${lesson.title}`} crumbs={[{ label: `Semaine ${lesson.week_position}` }, { label: lesson.title, href: lessonHref(course.id, lesson.id) }, { label: 'Aperçu' }]}>
      <Notice type="info">Aperçu de la leçon telle que les apprenants la voient. Rien n’est enregistré ici.</Notice>
      {course.service_status === 'publie' && sessions.length ? (
        <p>
          Voir la leçon dans une session :{' '}
          {sessions.map((session, index) => (
            <span key={session.id}>
              {index ? ', ' : ''}
              <a href={`/moocs/${course.slug}/sessions/${session.id}/lecons/${lesson.id}`}>{session.name}</a>
            </span>
          ))}
        </p>
      ) : null}
      <article class="fr-p-3w fr-mb-4w es-lesson-preview" aria-labelledby="titre-apercu">
        <p class="fr-text--sm fr-mb-1w">
          Semaine {lesson.week_position}
          {lesson.duration_minutes ? ` · ${lesson.duration_minutes} min` : ''}
        </p>
        <h2 id="titre-apercu">{lesson.title}</h2>
        {lesson.kind === 'video' ? (
          videoSrc ? (
            <>
              <video controls preload="metadata" width="100%" src={videoSrc}>
                {lesson.captions_vtt ? <track kind="captions" src={`/moocs/lecons/${lesson.id}/sous-titres.vtt`} srclang="fr" label="Français" default /> : null}
                <a href={videoSrc}>Télécharger la vidéo</a>
              </video>
              {lesson.captions_vtt ? null : <p class="fr-error-text">Cette vidéo n’a pas de sous-titres.</p>}
            </>
          ) : (
            <p class="fr-error-text">Aucune vidéo : déposez un fichier ou indiquez une adresse.</p>
          )
        ) : null}
        {bodyHtml ? <div class="es-markdown" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null}
        {lesson.kind === 'video' && lesson.transcript ? (
          <details class="fr-mt-2w">
            <summary>Transcription de la vidéo</summary>
            <div class="es-markdown">
              {lesson.transcript.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </details>
        ) : null}
        {lesson.kind === 'quiz' ? (
          <>
            <p>
              Note pour réussir : {lesson.pass_mark ?? 0} %. {lesson.max_attempts ? `${lesson.max_attempts} tentative${lesson.max_attempts > 1 ? 's' : ''} au plus.` : 'Tentatives illimitées.'}
            </p>
            {questions.length ? <QuizForm action={`${lessonHref(course.id, lesson.id)}/apercu`} questions={questions} csrfToken={csrfToken} disabled /> : <p>Ce quiz n’a pas encore de question.</p>}
          </>
        ) : null}
      </article>
      {lesson.kind === 'quiz' && questions.length ? (
        <section aria-labelledby="titre-corrige">
          <h2 id="titre-corrige">Corrigé (visible des formateurs seulement)</h2>
          <ol>
            {questions.map((question) => (
              <li key={question.id} class="fr-mb-2w">
                <p class="fr-mb-1w">{question.prompt}</p>
                <ul>
                  {question.choices.map((choice) => (
                    <li key={choice.id}>
                      {choice.correct ? <strong>Bonne réponse : </strong> : 'Mauvaise réponse : '}
                      {choice.label}
                      {choice.feedback ? ` — ${choice.feedback}` : ''}
                    </li>
                  ))}
                </ul>
                {question.explanation ? <p class="fr-text--sm">Explication : {question.explanation}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p>
        <a href={lessonHref(course.id, lesson.id)}>Retour à la modification de la leçon</a>
      </p>
    </AuthoringLayout>
  );
}
