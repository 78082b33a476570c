import type { ComponentChildren } from 'preact';
import type { Crumb } from '../../../platform/html/components.js';
import { SideMenuPage } from '../../../platform/html/side-menu-page.js';
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
    <SideMenuPage
      id="partner-space"
      crumbs={crumbs}
      toggleLabel="Dans cet espace"
      menuTitle={organisation.name}
      items={SECTIONS.filter((s) => !s.ownerOnly || role === 'proprietaire').map((s) => ({ key: s.key, label: s.label, href: partnerSpaceHref(organisation.slug, s.key) }))}
      current={props.section}
      title={props.title}
    >
      {props.children}
    </SideMenuPage>
  );
}
