import { formatDate } from '../../../platform/html/components.js';
import type { CourseHome } from './course-home.js';
import { CourseHomeLayout } from './course-home.layout.js';
import type { Progress } from './progress.js';

/** An accessible progress bar: a native <progress> with its label and the value in text. */
export function ProgressBar({ id, label, percent }: { id: string; label: string; percent: number }) {
  return (
    <div class="fr-mb-2w">
      <label class="fr-label" for={id}>
        {label} : {percent} %
      </label>
      <progress id={id} max={100} value={percent}>
        {percent} %
      </progress>
    </div>
  );
}

/** The « Progression » tab: overall bar, per week, quiz scores, completion and the certificate. */
export function ProgressPage({ home, progress }: { home: CourseHome; progress: Progress }) {
  const { course, session } = home;
  const quizzes = progress.weeks.flatMap((week) => week.lessons.filter((lesson) => lesson.kind === 'quiz').map((lesson) => ({ ...lesson, week: week.position })));
  return (
    <CourseHomeLayout course={course} session={session} state={home.state} preview={home.preview} current="progression" heading={course.name}>
      <h2>Ma progression</h2>
      <ProgressBar id="progression-globale" label="Progression dans le cours" percent={progress.percent} />
      <p>
        {progress.done} leçon{progress.done > 1 ? 's' : ''} terminée{progress.done > 1 ? 's' : ''} sur {progress.total}.
      </p>
      {progress.complete ? (
        <div class="fr-alert fr-alert--success fr-mb-3w">
          <h3 class="fr-alert__title">Cours terminé{progress.completedAt ? ` le ${formatDate(progress.completedAt)}` : ''}</h3>
          <p>
            Toutes les leçons sont vues et tous les quiz réussis.{' '}
            <a href={`/moocs/${course.slug}/sessions/${session.id}/certificat`}>Obtenir mon certificat</a>
          </p>
        </div>
      ) : (
        <p>Le cours est terminé quand toutes les leçons sont vues et tous les quiz réussis : un certificat vous est alors proposé.</p>
      )}
      <div class="fr-table">
        <table>
          <caption>Progression par semaine</caption>
          <thead>
            <tr>
              <th scope="col">Semaine</th>
              <th scope="col">Leçons terminées</th>
              <th scope="col">Progression</th>
            </tr>
          </thead>
          <tbody>
            {progress.weeks.map((week) => (
              <tr key={week.weekId}>
                <th scope="row">
                  Semaine {week.position} : {week.title}
                </th>
                <td>
                  {week.done} sur {week.total}
                </td>
                <td>{week.percent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {quizzes.length ? (
        <div class="fr-table">
          <table>
            <caption>Résultats aux quiz</caption>
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Meilleur score</th>
                <th scope="col">Tentatives</th>
                <th scope="col">Résultat</th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((quiz) => (
                <tr key={quiz.lessonId}>
                  <th scope="row">
                    Semaine {quiz.week} : {quiz.title}
                  </th>
                  <td>{quiz.bestScore === null ? '—' : `${quiz.bestScore} %`}</td>
                  <td>{quiz.attempts}</td>
                  <td>{quiz.passed ? 'Réussi' : quiz.attempts ? 'Pas encore réussi' : 'Pas encore tenté'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </CourseHomeLayout>
  );
}
