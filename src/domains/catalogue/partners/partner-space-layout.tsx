import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from '../../../platform/html/components.js';
import type { Membership } from './membership.js';

export type PartnerSpaceSection = 'accueil' | 'services' | 'statistiques' | 'membres' | 'profil';

const SECTIONS: { key: PartnerSpaceSection; label: string; path: string; ownerOnly?: boolean }[] = [
  { key: 'accueil', label: 'Tableau de bord', path: '' },
  { key: 'services', label: 'Services', path: '/services' },
  { key: 'statistiques', label: 'Statistiques', path: '/statistiques' },
  { key: 'membres', label: 'Membres', path: '/membres' },
  { key: 'profil', label: 'Profil de l’organisation', path: '/profil', ownerOnly: true },
];

export function partnerSpaceHref(slug: string, section: PartnerSpaceSection = 'accueil'): string {
  return `/espace-partenaire/${slug}${SECTIONS.find((s) => s.key === section)!.path}`;
}

/**
 * The frame of every page of an organisation's partner space: breadcrumb, the DSFR side menu of
 * its sections, and the page's content. `crumbs` are added after the section's own crumb.
 */
export function PartnerSpaceLayout(props: {
  membership: Membership;
  section: PartnerSpaceSection;
  title: string;
  crumbs?: Crumb[];
  children: ComponentChildren;
}) {
  const { organisation, role } = props.membership;
  const current = SECTIONS.find((s) => s.key === props.section)!;
  const base: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Espace partenaire', href: '/espace-partenaire' },
    { label: organisation.name, href: partnerSpaceHref(organisation.slug) },
  ];
  if (props.section !== 'accueil') base.push({ label: current.label, href: partnerSpaceHref(organisation.slug, props.section) });
  const crumbs = [...base, ...(props.crumbs ?? [])];
  if (!props.crumbs?.length) crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <nav class="fr-sidemenu" aria-labelledby="partner-space-menu-title">
            <div class="fr-sidemenu__inner">
              <button class="fr-sidemenu__btn" type="button" aria-controls="partner-space-menu" aria-expanded="false">
                Dans cet espace
              </button>
              <div class="fr-collapse" id="partner-space-menu">
                <p class="fr-sidemenu__title" id="partner-space-menu-title">
                  {organisation.name}
                </p>
                <ul class="fr-sidemenu__list">
                  {SECTIONS.filter((s) => !s.ownerOnly || role === 'proprietaire').map((s) => (
                    <li class={`fr-sidemenu__item${s.key === props.section ? ' fr-sidemenu__item--active' : ''}`} key={s.key}>
                      <a class="fr-sidemenu__link" href={partnerSpaceHref(organisation.slug, s.key)} aria-current={s.key === props.section ? 'page' : undefined}>
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
