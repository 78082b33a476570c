import { formatNumber } from '../../../platform/html/components.js';
import { CsrfField } from '../../../platform/html/forms.js';
import type { CourseInstructorsTable } from '../moocs.table.js';
import { enrolledText, enrolmentDatesText, sessionDatesText } from '../courses/session-display.js';
import { SESSION_STATE_LABELS } from '../session-state.js';
import type { CourseHome } from './course-home.js';
import { CourseHomeLayout } from './course-home.layout.js';

type Instructor = Pick<CourseInstructorsTable, 'name' | 'kind'> & { id: number; title: string; bio: string };

/** The « Infos » tab: dates, effort, instructors, the session's state, leaving the session. */
export function InfosPage({ home, instructors, csrfToken }: { home: CourseHome; instructors: Instructor[]; csrfToken: string }) {
  const { course, session } = home;
  const enrolmentDates = enrolmentDatesText(session);
  return (
    <CourseHomeLayout course={course} session={session} state={home.state} preview={home.preview} current="infos" heading={course.name}>
      <h2>Informations sur la session</h2>
      <dl>
        <dt class="fr-text--bold">Session</dt>
        <dd class="fr-mb-2w">{session.name}</dd>
        <dt class="fr-text--bold">Dates</dt>
        <dd class="fr-mb-2w">{sessionDatesText(session)}</dd>
        {enrolmentDates ? (
          <>
            <dt class="fr-text--bold">Inscriptions</dt>
            <dd class="fr-mb-2w">{enrolmentDates}</dd>
          </>
        ) : null}
        <dt class="fr-text--bold">État</dt>
        <dd class="fr-mb-2w">{SESSION_STATE_LABELS[home.state]}</dd>
        <dt class="fr-text--bold">Participants</dt>
        <dd class="fr-mb-2w">{enrolledText(session.enrolled, session.capacity)}</dd>
        <dt class="fr-text--bold">Effort</dt>
        <dd class="fr-mb-2w">{course.effort_text || `${formatNumber(course.weeks_count)} semaines`}</dd>
      </dl>
      <h2>Formateurs</h2>
      {instructors.length ? (
        <ul class="es-unstyled-list">
          {instructors.map((instructor) => (
            <li key={instructor.id} class="fr-mb-2w">
              <p class="fr-text--bold fr-mb-0">
                {instructor.name} ({instructor.kind === 'interne' ? 'interne' : 'externe'})
              </p>
              {instructor.title ? <p class="fr-text--sm fr-mb-1v">{instructor.title}</p> : null}
              {instructor.bio ? <p class="fr-mb-0">{instructor.bio}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Les formateurs seront présentés prochainement.</p>
      )}
      {home.enrolment ? (
        <>
          <h2>Quitter la session</h2>
          <p>Vous pourrez vous réinscrire tant que les inscriptions sont ouvertes : votre progression est conservée.</p>
          <form method="post" action={`/moocs/${course.slug}/sessions/${session.id}/desinscription`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--secondary" type="submit">
              Se désinscrire de la session
            </button>
          </form>
        </>
      ) : null}
    </CourseHomeLayout>
  );
}
