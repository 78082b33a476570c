import type { ComponentChildren } from 'preact';
import type { Crumb } from '../../../platform/html/components.js';
import { CsrfField } from '../../../platform/html/forms.js';
import { SideMenuPage } from '../../../platform/html/side-menu-page.js';

export type AuthoringSection = 'presentation' | 'formateurs' | 'sessions' | 'contenu' | 'statistiques';

const SECTIONS: { key: AuthoringSection; label: string; path: string }[] = [
  { key: 'presentation', label: 'Présentation', path: '' },
  { key: 'formateurs', label: 'Formateurs', path: '/formateurs' },
  { key: 'sessions', label: 'Sessions', path: '/sessions' },
  { key: 'contenu', label: 'Semaines et leçons', path: '/contenu' },
  { key: 'statistiques', label: 'Statistiques', path: '/statistiques' },
];

export function authoringHref(courseId: number, section: AuthoringSection = 'presentation'): string {
  return `/formateur/cours/${courseId}${SECTIONS.find((s) => s.key === section)!.path}`;
}

/**
 * The frame of a course's authoring pages: breadcrumb, the DSFR side menu of its sections, the h1.
 * `crumbs` come after the section's own crumb.
 */
export function AuthoringLayout(props: { course: { id: number; name: string }; section: AuthoringSection; title: string; crumbs?: Crumb[]; children: ComponentChildren }) {
  const { course } = props;
  const current = SECTIONS.find((s) => s.key === props.section)!;
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Espace formateur', href: '/formateur' },
    { label: course.name, href: authoringHref(course.id) },
  ];
  if (props.section !== 'presentation') crumbs.push({ label: current.label, href: authoringHref(course.id, props.section) });
  crumbs.push(...(props.crumbs ?? []));
  crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };
  return (
    <SideMenuPage
      id="authoring"
      crumbs={crumbs}
      toggleLabel="Dans ce cours"
      menuTitle={course.name}
      items={SECTIONS.map((s) => ({ key: s.key, label: s.label, href: authoringHref(course.id, s.key) }))}
      current={props.section}
      title={props.title}
    >
      {props.children}
    </SideMenuPage>
  );
}

/** « Monter / Descendre » as two small POST forms; `label` names the item for screen readers. */
export function MoveButtons({ action, csrfToken, label, first, last }: { action: string; csrfToken: string; label: string; first: boolean; last: boolean }) {
  return (
    <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
      {first ? null : (
        <li>
          <form method="post" action={action}>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="sens" value="monter" />
            <button class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-up-line fr-btn--icon-left" type="submit">
              Monter<span class="fr-sr-only"> « {label} »</span>
            </button>
          </form>
        </li>
      )}
      {last ? null : (
        <li>
          <form method="post" action={action}>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="sens" value="descendre" />
            <button class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-down-line fr-btn--icon-left" type="submit">
              Descendre<span class="fr-sr-only"> « {label} »</span>
            </button>
          </form>
        </li>
      )}
    </ul>
  );
}

/** A POST button (delete, archive…) naming its item for screen readers. */
export function ActionButton({ action, csrfToken, text, label, secondary = true, fields = {} }: { action: string; csrfToken: string; text: string; label: string; secondary?: boolean; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="fr-mt-1w">
      <CsrfField token={csrfToken} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <button class={`fr-btn fr-btn--sm${secondary ? ' fr-btn--secondary' : ''}`} type="submit">
        {text}
        <span class="fr-sr-only"> « {label} »</span>
      </button>
    </form>
  );
}
