import { Breadcrumb } from '../../../platform/html/components.js';
import { courseTabHref } from '../learning/course-tabs.js';
import { type SessionDates, sessionState } from '../session-state.js';
import { SessionStateBadge, sessionDatesText } from './session-display.js';

export interface MyCourse {
  slug: string;
  name: string;
  sessionId: number;
  sessionName: string;
  session: SessionDates;
  percent: number;
  complete: boolean;
}

/** « Mes MOOC »: the sessions I follow, where I am, and what comes next. */
export function MyCoursesPage({ courses, now }: { courses: MyCourse[]; now: Date }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mes MOOC' }]} />
      <h1>Mes MOOC</h1>
      {courses.length === 0 ? (
        <p>
          Vous ne suivez aucun MOOC pour l’instant. <a href="/moocs">Découvrir les MOOC de l’emploi</a>
        </p>
      ) : (
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {courses.map((course) => {
            const state = sessionState(course.session, now);
            return (
              <li class="fr-col-12 fr-col-md-6" key={course.sessionId}>
                <div class="fr-card fr-card--no-arrow">
                  <div class="fr-card__body">
                    <div class="fr-card__content">
                      <h2 class="fr-card__title">
                        <a href={courseTabHref(course.slug, course.sessionId, 'contenu')}>{course.name}</a>
                      </h2>
                      <p class="fr-card__desc">
                        {course.sessionName} — {sessionDatesText(course.session)}
                      </p>
                      <div class="fr-card__start">
                        <SessionStateBadge state={state} />
                      </div>
                      <div class="fr-card__end">
                        <label class="fr-text--sm" for={`progression-${course.sessionId}`}>
                          {course.complete ? 'Cours terminé' : `Progression : ${course.percent} %`}
                        </label>
                        <progress id={`progression-${course.sessionId}`} max={100} value={course.percent}>
                          {course.percent} %
                        </progress>
                      </div>
                    </div>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
