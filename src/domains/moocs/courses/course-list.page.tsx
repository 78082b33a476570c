import { Breadcrumb } from '../../../platform/html/components.js';
import type { Course, SessionWithCount } from '../courses.repository.js';
import type { SessionState } from '../session-state.js';
import { courseHref, enrolledText, SessionStateBadge, sessionDatesText } from './session-display.js';

export interface CourseCardData {
  course: Course;
  /** The session to show: running or upcoming, else the latest. */
  next: (SessionWithCount & { state: SessionState }) | null;
}

function CourseCard({ course, next }: CourseCardData) {
  return (
    <div class="fr-card fr-enlarge-link">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <h2 class="fr-card__title">
            <a href={courseHref(course.slug)}>{course.name}</a>
          </h2>
          <p class="fr-card__desc">{course.pitch}</p>
          {next ? (
            <div class="fr-card__start">
              <ul class="fr-badges-group">
                <li>
                  <SessionStateBadge state={next.state} />
                </li>
              </ul>
            </div>
          ) : null}
          <div class="fr-card__end">
            {course.effort_text ? <p class="fr-card__detail fr-icon-time-line">{course.effort_text}</p> : null}
            {next ? (
              <p class="fr-card__detail fr-icon-calendar-line">
                {next.name} : {sessionDatesText(next)} — {enrolledText(next.enrolled, null)}
              </p>
            ) : (
              <p class="fr-card__detail">Aucune session programmée pour le moment.</p>
            )}
          </div>
        </div>
      </div>
      {course.logo_path ? (
        <div class="fr-card__header es-card-logo">
          <img src={course.logo_path} alt="" width={64} height={64} loading="lazy" />
        </div>
      ) : null}
    </div>
  );
}

export function CourseListPage({ cards }: { cards: CourseCardData[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Les MOOC de l’emploi' }]} />
      <h1>Les MOOC de l’emploi</h1>
      <p class="fr-text--lead">Des cours en ligne gratuits, semaine après semaine, pour avancer dans votre recherche d’emploi.</p>
      {cards.length ? (
        <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
          {cards.map((card) => (
            <li class="fr-col-12 fr-col-md-6" key={card.course.slug}>
              <CourseCard {...card} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun cours n’est proposé pour le moment.</p>
      )}
    </div>
  );
}
