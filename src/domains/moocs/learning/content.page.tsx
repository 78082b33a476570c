import { formatDateTime } from '../../../platform/html/components.js';
import { lessonHref } from '../courses/session-display.js';
import type { CourseHome } from './course-home.js';
import { CourseHomeLayout } from './course-home.layout.js';
import { LESSON_STATUS_LABELS, lessonStatus, weekAccess } from './course-home.service.js';
import type { Progress } from './progress.js';

const KIND_LABELS = { texte: 'Texte', video: 'Vidéo', quiz: 'Quiz' } as const;
const STATUS_BADGES = { vue: 'fr-badge--success', 'quiz-reussi': 'fr-badge--success', 'a-faire': 'fr-badge--info' } as const;

/** The « Contenu » tab: weeks with their lessons and states, locked weeks with their opening date. */
export function ContentPage({ home, progress, resumeId }: { home: CourseHome; progress: Progress; resumeId: number | null }) {
  const { course, session } = home;
  const byLesson = new Map(progress.weeks.flatMap((week) => week.lessons).map((lesson) => [lesson.lessonId, lesson]));
  return (
    <CourseHomeLayout course={course} session={session} state={home.state} preview={home.preview} current="contenu" heading={course.name}>
      <h2>Contenu du cours</h2>
      {resumeId ? (
        <p>
          <a class="fr-btn fr-icon-play-line fr-btn--icon-left" href={lessonHref(course.slug, session.id, resumeId)}>
            {home.enrolment?.last_lesson_id ? 'Reprendre où je me suis arrêté' : 'Commencer le cours'}
          </a>
        </p>
      ) : home.outline.length ? (
        <p>Le contenu ouvrira au début de la session.</p>
      ) : (
        <p>Le contenu de ce cours sera publié prochainement.</p>
      )}
      {home.outline.map((week) => {
        const access = weekAccess(home, week.position);
        return (
          <section key={week.id} class="fr-mb-4w" aria-labelledby={`semaine-${week.position}`}>
            <h3 id={`semaine-${week.position}`}>
              Semaine {week.position} : {week.title}
            </h3>
            {!access.open && access.opensAt ? (
              <p class="fr-badge fr-badge--sm fr-badge--warning">Ouvre le {formatDateTime(access.opensAt)}</p>
            ) : null}
            {week.summary ? <p>{week.summary}</p> : null}
            <ol>
              {week.lessons.map((lesson) => {
                const status = lessonStatus(byLesson.get(lesson.id));
                return (
                  <li key={lesson.id} class="fr-mb-1w">
                    {access.open ? <a href={lessonHref(course.slug, session.id, lesson.id)}>{lesson.title}</a> : <span>{lesson.title}</span>}
                    <span class="fr-text--sm"> — {KIND_LABELS[lesson.kind]}{lesson.duration_minutes ? `, ${lesson.duration_minutes} min` : ''} </span>
                    {access.open ? <span class={`fr-badge fr-badge--sm fr-badge--no-icon ${STATUS_BADGES[status]}`}>{LESSON_STATUS_LABELS[status]}</span> : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </CourseHomeLayout>
  );
}
