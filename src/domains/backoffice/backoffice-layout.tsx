import type { ComponentChildren } from 'preact';
import type { Crumb } from '../../platform/html/components.js';
import { SideMenuPage } from '../../platform/html/side-menu-page.js';

export type BackofficeSection = 'accueil' | 'moderation' | 'journal' | 'thematiques' | 'a-la-une' | 'certificats' | 'formateur' | 'applications' | 'offres';

export const BACKOFFICE_SECTIONS: { key: BackofficeSection; label: string; href: string; description: string }[] = [
  { key: 'accueil', label: 'Administration', href: '/administration', description: '' },
  { key: 'moderation', label: 'Modération', href: '/moderation', description: 'Contenus signalés ou soumis en attente de décision, historique des décisions.' },
  { key: 'journal', label: 'Journal des actions', href: '/administration/journal', description: 'Toutes les actions de l’équipe : qui, quoi, quand, avant et après.' },
  { key: 'thematiques', label: 'Thématiques', href: '/administration/thematiques', description: 'Noms, résumés et descriptions des six thématiques.' },
  { key: 'a-la-une', label: 'Services à la une', href: '/administration/a-la-une', description: 'Les services mis en avant sur la page d’accueil, et leur ordre.' },
  { key: 'certificats', label: 'Certificats des MOOC', href: '/administration/certificats', description: 'Retrouver un certificat, le révoquer avec un motif ou annuler une révocation.' },
  { key: 'formateur', label: 'Espace formateur', href: '/formateur', description: 'Créer et modifier les MOOC, leurs sessions et leurs contenus ; statistiques des apprenants.' },
  { key: 'applications', label: 'Applications des développeurs', href: '/administration/applications', description: 'Rechercher une application développeur, voir ses abonnements, la révoquer avec un motif.' },
  { key: 'offres', label: 'Offres d’emploi', href: '/administration/offres', description: 'Rechercher une offre, créer une offre de l’agence, corriger, retirer ou remettre en ligne une offre.' },
];

/**
 * The frame of every back-office page: breadcrumb, the DSFR side menu of its sections, the h1.
 * `crumbs` are added after the section's own crumb (the last one is the current page).
 */
export function BackofficeLayout(props: { section: BackofficeSection; title: string; crumbs?: Crumb[]; children: ComponentChildren }) {
  const current = BACKOFFICE_SECTIONS.find((s) => s.key === props.section)!;
  const crumbs: Crumb[] = [{ label: 'Accueil', href: '/' }, { label: 'Administration', href: '/administration' }];
  if (props.section !== 'accueil') crumbs.push({ label: current.label, href: current.href });
  crumbs.push(...(props.crumbs ?? []));
  crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };
  return (
    <SideMenuPage
      id="backoffice"
      crumbs={crumbs}
      toggleLabel="Dans l’administration"
      menuTitle="Administration"
      items={BACKOFFICE_SECTIONS.map((s) => ({ key: s.key, label: s.key === 'accueil' ? 'Accueil de l’administration' : s.label, href: s.href }))}
      current={props.section}
      currentIsPage={!props.crumbs?.length}
      title={props.title}
    >
      {props.children}
    </SideMenuPage>
  );
}
