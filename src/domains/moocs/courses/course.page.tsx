import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../platform/html/forms.js';
import type { Course, SessionWithCount, WeekOutline } from '../courses.repository.js';
import type { CallToAction, SessionState } from '../session-state.js';
import { courseHref, enrolledText, enrolmentDatesText, SessionStateBadge, sessionDatesText, sessionHref } from './session-display.js';

export interface CourseSessionView extends SessionWithCount {
  state: SessionState;
  action: CallToAction;
  /** The viewer is enrolled in it. */
  enrolled_by_viewer: boolean;
}

export interface CoursePageProps {
  course: Course;
  descriptionHtml: string;
  outline: WeekOutline[];
  instructors: { id: number; name: string; title: string; bio: string; kind: 'interne' | 'externe' }[];
  sessions: CourseSessionView[];
  /** Set for a logged-in viewer (forms). */
  csrfToken?: string;
  notice?: string;
}

const NOTICES: Record<string, string> = {
  desinscrit: 'Vous êtes désinscrit de la session. Vous pouvez vous réinscrire tant que les inscriptions sont ouvertes : votre progression est conservée.',
};

function SessionAction({ course, session, csrfToken }: { course: Course; session: CourseSessionView; csrfToken?: string }) {
  const { action } = session;
  if (action.kind === 'enrol') {
    if (!csrfToken) {
      return (
        <a class="fr-btn" href={`/connexion?retour=${encodeURIComponent(courseHref(course.slug))}`}>
          Se connecter pour s’inscrire
        </a>
      );
    }
    return (
      <form method="post" action={`/moocs/${course.slug}/sessions/${session.id}/inscription`}>
        <CsrfField token={csrfToken} />
        <button class="fr-btn" type="submit" title={`${action.label} à la ${session.name}`}>
          {action.label}
        </button>
      </form>
    );
  }
  if (action.kind === 'continue') {
    return (
      <a class="fr-btn" href={sessionHref(course.slug, session.id)}>
        {action.label}
        <span class="fr-sr-only"> — {session.name}</span>
      </a>
    );
  }
  return <p class="fr-text--bold fr-mb-0">{action.label}</p>;
}

function SessionItem({ course, session, csrfToken }: { course: Course; session: CourseSessionView; csrfToken?: string }) {
  const enrolmentDates = enrolmentDatesText(session);
  return (
    <li class="fr-mb-3w fr-p-3w es-panel">
      <h3 class="fr-h5 fr-mb-1w">{session.name}</h3>
      <SessionStateBadge state={session.state} />
      <ul class="fr-mt-2w">
        <li>{sessionDatesText(session)}</li>
        {enrolmentDates ? <li>{enrolmentDates}</li> : null}
        <li>{enrolledText(session.enrolled, session.capacity)}</li>
      </ul>
      <SessionAction course={course} session={session} csrfToken={csrfToken} />
      {session.enrolled_by_viewer && csrfToken ? (
        <form method="post" action={`/moocs/${course.slug}/sessions/${session.id}/desinscription`} class="fr-mt-2w">
          <CsrfField token={csrfToken} />
          <button class="fr-btn fr-btn--tertiary fr-btn--sm" type="submit" title={`Se désinscrire de la ${session.name}`}>
            Se désinscrire
          </button>
        </form>
      ) : null}
    </li>
  );
}

export function CoursePage({ course, descriptionHtml, outline, instructors, sessions, csrfToken, notice }: CoursePageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Les MOOC de l’emploi', href: '/moocs' }, { label: course.name }]} />
      {notice && NOTICES[notice] ? <Notice>{NOTICES[notice]}</Notice> : null}
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
        {course.logo_path ? (
          <div class="fr-col-auto">
            <img class="es-service-logo" src={course.logo_path} alt="" width={96} height={96} />
          </div>
        ) : null}
        <div class="fr-col">
          <h1 class="fr-mb-1w">{course.name}</h1>
          <p class="fr-text--lead fr-mb-1w">{course.pitch}</p>
          <p class="fr-mb-0">
            Proposé par {course.provider_name} — <a href={`/services/${course.slug}`}>fiche du service dans le catalogue</a>
          </p>
        </div>
      </div>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <div class="fr-col-12 fr-col-md-8">
          <h2>Présentation</h2>
          <div class="es-markdown" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
          {course.objectives.length ? (
            <>
              <h2>Objectifs</h2>
              <p>À la fin du cours, vous saurez :</p>
              <ul>
                {course.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>À qui s’adresse ce cours</h2>
          <p>{course.audience_text || 'À toute personne en recherche d’emploi.'}</p>
          <h2>Prérequis</h2>
          <p>{course.prerequisites || 'Aucun prérequis.'}</p>
          <h2>Programme</h2>
          {outline.length ? (
            outline.map((week) => (
              <section key={week.id} aria-labelledby={`semaine-${week.position}`}>
                <h3 class="fr-h5" id={`semaine-${week.position}`}>
                  Semaine {week.position} : {week.title}
                </h3>
                {week.summary ? <p>{week.summary}</p> : null}
                <ol>
                  {week.lessons.map((lesson) => (
                    <li key={lesson.id}>
                      {lesson.title}
                      {lesson.kind === 'quiz' ? ' (quiz)' : lesson.kind === 'video' ? ' (vidéo)' : ''}
                    </li>
                  ))}
                </ol>
              </section>
            ))
          ) : (
            <p>Le programme sera publié prochainement.</p>
          )}
          <h2>Formateurs</h2>
          {instructors.length ? (
            <ul class="es-unstyled-list">
              {instructors.map((instructor) => (
                <li key={instructor.id} class="fr-mb-2w">
                  <p class="fr-text--bold fr-mb-0">
                    {instructor.name} <span class="fr-badge fr-badge--sm fr-badge--no-icon">{instructor.kind === 'interne' ? 'Interne' : 'Externe'}</span>
                  </p>
                  {instructor.title ? <p class="fr-text--sm fr-mb-1v">{instructor.title}</p> : null}
                  {instructor.bio ? <p class="fr-mb-0">{instructor.bio}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>Les formateurs seront présentés prochainement.</p>
          )}
        </div>
        <aside class="fr-col-12 fr-col-md-4" aria-labelledby="titre-sessions">
          <h2 id="titre-sessions">Sessions</h2>
          {course.effort_text ? <p>Effort : {course.effort_text}</p> : null}
          {sessions.length ? (
            <ul class="es-unstyled-list">
              {sessions.map((session) => (
                <SessionItem key={session.id} course={course} session={session} csrfToken={csrfToken} />
              ))}
            </ul>
          ) : (
            <p>Aucune session n’est programmée pour le moment.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
