import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from '../../../platform/html/components.js';
import { CsrfField } from '../../../platform/html/forms.js';

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
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <nav class="fr-sidemenu" aria-labelledby="authoring-menu-title">
            <div class="fr-sidemenu__inner">
              <button class="fr-sidemenu__btn" type="button" aria-controls="authoring-menu" aria-expanded="false">
                Dans ce cours
              </button>
              <div class="fr-collapse" id="authoring-menu">
                <p class="fr-sidemenu__title" id="authoring-menu-title">
                  {course.name}
                </p>
                <ul class="fr-sidemenu__list">
                  {SECTIONS.map((s) => (
                    <li class={`fr-sidemenu__item${s.key === props.section ? ' fr-sidemenu__item--active' : ''}`} key={s.key}>
                      <a class="fr-sidemenu__link" href={authoringHref(course.id, s.key)} aria-current={s.key === props.section ? 'page' : undefined}>
                        {s.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </nav>
        </div>
        <div class="fr-col-12 fr-col-md-9">
          <h1>{props.title}</h1>
          {props.children}
        </div>
      </div>
    </div>
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
