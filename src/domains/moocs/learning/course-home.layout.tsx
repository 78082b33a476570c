import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from '../../../platform/html/components.js';
import { Notice } from '../../../platform/html/forms.js';
import type { Course, SessionWithCount } from '../courses.repository.js';
import { courseHref, SessionStateBadge, sessionDatesText, sessionHref } from '../courses/session-display.js';
import type { SessionState } from '../session-state.js';
import { type CourseTab, CourseTabs } from './course-tabs.js';

export interface CourseHomeLayoutProps {
  course: Course;
  session: SessionWithCount;
  state: SessionState;
  preview: boolean;
  current: CourseTab | null;
  /** The page's h1 (the course name on tabs, the lesson title on a lesson). */
  heading: string;
  /** Crumbs after the session's. */
  crumbs?: Crumb[];
  children: ComponentChildren;
}

/** Frame of every course-home page: breadcrumb, title, session and its state, the four tabs. */
export function CourseHomeLayout({ course, session, state, preview, current, heading, crumbs = [], children }: CourseHomeLayoutProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb
        crumbs={[
          { label: 'Accueil', href: '/' },
          { label: 'Les MOOC de l’emploi', href: '/moocs' },
          { label: course.name, href: courseHref(course.slug) },
          { label: session.name, href: sessionHref(course.slug, session.id) },
          ...crumbs,
        ]}
      />
      {preview ? <Notice type="info">Aperçu formateur : vous voyez le cours comme un apprenant, en lecture seule (rien n’est enregistré).</Notice> : null}
      <h1 class="fr-mb-1w">{heading}</h1>
      <p class="fr-mb-1w">
        {heading === course.name ? '' : `${course.name} — `}
        {session.name} · {sessionDatesText(session)}
      </p>
      <SessionStateBadge state={state} />
      <div class="fr-mt-3w">
        <CourseTabs course={course} session={session} current={current} />
      </div>
      {children}
    </div>
  );
}

/** 403 for an account that is not enrolled in the session: how to enrol. */
export function NotEnrolledPage({ course, session }: { course: Course; session: SessionWithCount }) {
  return (
    <div class="fr-container fr-my-7w">
      <h1>Accès refusé</h1>
      <p class="fr-text--sm">Erreur 403</p>
      <p class="fr-text--lead">Inscrivez-vous à la session pour suivre ce cours.</p>
      <p>
        Vous n’êtes pas inscrit à la {session.name} du cours « {course.name} ».
      </p>
      <p>
        <a class="fr-btn" href={courseHref(course.slug)}>
          Voir le cours et ses sessions
        </a>
      </p>
    </div>
  );
}
