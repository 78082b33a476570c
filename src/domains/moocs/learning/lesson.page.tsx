import type { LessonRow } from '../moocs.table.js';
import { lessonHref, sessionHref } from '../courses/session-display.js';
import type { CourseHome } from './course-home.js';
import { CourseHomeLayout } from './course-home.layout.js';
import type { QuizQuestion, QuizScore } from './quiz.js';
import { QuizForm, QuizResult } from './quiz.view.js';

export interface QuizView {
  questions: QuizQuestion[];
  csrfToken: string;
  /** The result shown (an attempt, or a preview's answers), if any. */
  result: { score: QuizScore; attempt: number | null } | null;
  /** null: unlimited. */
  attemptsLeft: number | null;
  bestScore: number | null;
  passed: boolean;
}

export interface LessonPageProps {
  home: CourseHome;
  lesson: LessonRow;
  weekPosition: number;
  bodyHtml: string;
  video: { src: string; type?: string; external: boolean } | null;
  quiz: QuizView | null;
  previous: { id: number; title: string } | null;
  next: { id: number; title: string } | null;
}

function VideoPlayer({ lesson, video }: { lesson: LessonRow; video: NonNullable<LessonPageProps['video']> }) {
  return (
    <div class="fr-mb-4w">
      <div class="fr-responsive-vid">
      <video controls preload="metadata" class="fr-responsive-vid__player" aria-label={`Vidéo : ${lesson.title}`}>
        <source src={video.src} type={video.type} />
        {lesson.captions_vtt ? <track kind="captions" srclang="fr" label="Français" src={`/moocs/lecons/${lesson.id}/sous-titres.vtt`} default /> : null}
        <p>
          Votre navigateur ne lit pas cette vidéo : <a href={video.src}>téléchargez-la</a>.
        </p>
      </video>
      </div>
      {video.external ? (
        <p class="fr-text--sm fr-mt-1w">
          Vidéo hébergée sur un autre site : <a href={video.src}>ouvrir la vidéo</a>.
        </p>
      ) : null}
      {lesson.transcript ? (
        <details class="fr-mt-2w">
          <summary>Transcription de la vidéo</summary>
          <div class="fr-mt-1w es-mail-text">{lesson.transcript}</div>
        </details>
      ) : null}
    </div>
  );
}

function QuizSection({ home, lesson, quiz }: { home: CourseHome; lesson: LessonRow; quiz: QuizView }) {
  const href = lessonHref(home.course.slug, home.session.id, lesson.id);
  const passMark = lesson.pass_mark ?? 0;
  const canTry = quiz.attemptsLeft === null || quiz.attemptsLeft > 0;
  if (quiz.result) {
    return <QuizResult questions={quiz.questions} result={quiz.result.score} passMark={passMark} attempt={quiz.result.attempt} retryHref={!quiz.result.score.passed && canTry ? href : null} attemptsLeft={quiz.attemptsLeft} />;
  }
  return (
    <>
      <p>
        Il faut {passMark} % de bonnes réponses pour réussir ce quiz.{' '}
        {lesson.max_attempts ? `Nombre de tentatives : ${lesson.max_attempts}${quiz.attemptsLeft !== null ? ` (il vous en reste ${quiz.attemptsLeft})` : ''}.` : 'Vous pouvez le refaire autant de fois que vous le souhaitez.'}
      </p>
      {quiz.bestScore !== null ? (
        <p class="fr-text--bold">
          {quiz.passed ? 'Quiz réussi' : 'Quiz pas encore réussi'} : meilleur score {quiz.bestScore} %.
        </p>
      ) : null}
      {canTry ? (
        quiz.questions.length ? (
          <QuizForm action={`${href}/quiz`} questions={quiz.questions} csrfToken={quiz.csrfToken} />
        ) : (
          <p>Ce quiz n’a pas encore de questions.</p>
        )
      ) : (
        <div class="fr-alert fr-alert--info fr-mb-3w">
          <p>Vous avez utilisé toutes vos tentatives pour ce quiz.</p>
        </div>
      )}
    </>
  );
}

/** A lesson: text, video (captions, transcript) or quiz, with previous/next links. */
export function LessonPage({ home, lesson, weekPosition, bodyHtml, video, quiz, previous, next }: LessonPageProps) {
  const { course, session } = home;
  return (
    <CourseHomeLayout
      course={course}
      session={session}
      state={home.state}
      preview={home.preview}
      current="contenu"
      heading={lesson.title}
      crumbs={[{ label: `Semaine ${weekPosition}`, href: `${sessionHref(course.slug, session.id)}#semaine-${weekPosition}` }, { label: lesson.title }]}
    >
      {lesson.duration_minutes ? <p class="fr-text--sm">Durée : {lesson.duration_minutes} min</p> : null}
      {video ? <VideoPlayer lesson={lesson} video={video} /> : null}
      {bodyHtml ? <div class="es-markdown fr-mb-4w" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null}
      {quiz ? <QuizSection home={home} lesson={lesson} quiz={quiz} /> : null}
      <nav class="fr-mt-6w" role="navigation" aria-label="Leçons précédente et suivante">
        <ul class="fr-btns-group fr-btns-group--inline-md">
          {previous ? (
            <li>
              <a class="fr-btn fr-btn--secondary fr-icon-arrow-left-line fr-btn--icon-left" href={lessonHref(course.slug, session.id, previous.id)}>
                Leçon précédente : {previous.title}
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              <a class="fr-btn fr-icon-arrow-right-line fr-btn--icon-right" href={lessonHref(course.slug, session.id, next.id)}>
                Leçon suivante : {next.title}
              </a>
            </li>
          ) : (
            <li>
              <a class="fr-btn fr-btn--secondary" href={`/moocs/${course.slug}/sessions/${session.id}/progression`}>
                Voir ma progression
              </a>
            </li>
          )}
        </ul>
      </nav>
    </CourseHomeLayout>
  );
}
