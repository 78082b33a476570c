export type CourseTab = 'contenu' | 'infos' | 'discussions' | 'progression';

const TABS: { tab: CourseTab; label: string }[] = [
  { tab: 'contenu', label: 'Contenu' },
  { tab: 'infos', label: 'Infos' },
  { tab: 'discussions', label: 'Discussions' },
  { tab: 'progression', label: 'Progression' },
];

export const courseTabHref = (slug: string, sessionId: number, tab: CourseTab) => `/moocs/${slug}/sessions/${sessionId}/${tab}`;

/**
 * The four sections of a course home. Each tab is its own page (plain links, no script): the
 * current one carries aria-current="page" (a lesson page passes 'contenu').
 */
export function CourseTabs({ course, session, current }: { course: { slug: string }; session: { id: number }; current: CourseTab | null }) {
  return (
    <nav class="fr-nav fr-mb-4w" role="navigation" aria-label="Sections du cours">
      <ul class="fr-nav__list">
        {TABS.map(({ tab, label }) => (
          <li class="fr-nav__item" key={tab}>
            <a class="fr-nav__link" href={courseTabHref(course.slug, session.id, tab)} aria-current={current === tab ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
