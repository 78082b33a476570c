import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from '../../platform/html/components.js';

export type BackofficeSection = 'accueil' | 'moderation' | 'journal' | 'thematiques' | 'a-la-une' | 'certificats' | 'formateur';

export const BACKOFFICE_SECTIONS: { key: BackofficeSection; label: string; href: string; description: string }[] = [
  { key: 'accueil', label: 'Administration', href: '/administration', description: '' },
  { key: 'moderation', label: 'Modération', href: '/moderation', description: 'Contenus signalés ou soumis en attente de décision, historique des décisions.' },
  { key: 'journal', label: 'Journal des actions', href: '/administration/journal', description: 'Toutes les actions de l’équipe : qui, quoi, quand, avant et après.' },
  { key: 'thematiques', label: 'Thématiques', href: '/administration/thematiques', description: 'Noms, résumés et descriptions des six thématiques.' },
  { key: 'a-la-une', label: 'Services à la une', href: '/administration/a-la-une', description: 'Les services mis en avant sur la page d’accueil, et leur ordre.' },
  { key: 'certificats', label: 'Certificats des MOOC', href: '/administration/certificats', description: 'Retrouver un certificat, le révoquer avec un motif ou annuler une révocation.' },
  { key: 'formateur', label: 'Espace formateur', href: '/formateur', description: 'Créer et modifier les MOOC, leurs sessions et leurs contenus ; statistiques des apprenants.' },
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
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs} />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <nav class="fr-sidemenu" aria-labelledby="backoffice-menu-title">
            <div class="fr-sidemenu__inner">
              <button class="fr-sidemenu__btn" type="button" aria-controls="backoffice-menu" aria-expanded="false">
                Dans l’administration
              </button>
              <div class="fr-collapse" id="backoffice-menu">
                <p class="fr-sidemenu__title" id="backoffice-menu-title">
                  Administration
                </p>
                <ul class="fr-sidemenu__list">
                  {BACKOFFICE_SECTIONS.map((s) => (
                    <li class={`fr-sidemenu__item${s.key === props.section ? ' fr-sidemenu__item--active' : ''}`} key={s.key}>
                      <a class="fr-sidemenu__link" href={s.href} aria-current={s.key === props.section && !props.crumbs?.length ? 'page' : undefined}>
                        {s.key === 'accueil' ? 'Accueil de l’administration' : s.label}
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
