import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from './components.js';

export interface SideMenuItem {
  key: string;
  label: string;
  href: string;
}

/**
 * A page of a space with sections (partner space, back-office, a course's authoring): the
 * breadcrumb, the DSFR side menu of the sections (the current one marked), the h1 and the content.
 */
export function SideMenuPage(props: {
  /** Prefix of the menu's ids, unique on the page, e.g. 'partner-space'. */
  id: string;
  crumbs: Crumb[];
  /** Label of the button that opens the menu on small screens, e.g. « Dans cet espace ». */
  toggleLabel: string;
  menuTitle: string;
  items: readonly SideMenuItem[];
  current: string;
  /** Whether the current item is the page itself (aria-current="page") rather than one of its sub-pages. */
  currentIsPage?: boolean;
  title: string;
  children: ComponentChildren;
}) {
  const { id, current, currentIsPage = true } = props;
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={props.crumbs} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <nav class="fr-sidemenu" aria-labelledby={`${id}-menu-title`}>
            <div class="fr-sidemenu__inner">
              <button class="fr-sidemenu__btn" type="button" aria-controls={`${id}-menu`} aria-expanded="false">
                {props.toggleLabel}
              </button>
              <div class="fr-collapse" id={`${id}-menu`}>
                <p class="fr-sidemenu__title" id={`${id}-menu-title`}>
                  {props.menuTitle}
                </p>
                <ul class="fr-sidemenu__list">
                  {props.items.map((item) => (
                    <li class={`fr-sidemenu__item${item.key === current ? ' fr-sidemenu__item--active' : ''}`} key={item.key}>
                      <a class="fr-sidemenu__link" href={item.href} aria-current={item.key === current && currentIsPage ? 'page' : undefined}>
                        {item.label}
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
