import { formatNumber } from '../../../platform/html/components.js';
import { Notice } from '../../../platform/html/forms.js';
import type { Membership } from './membership.js';
import type { DashboardCounts } from './organisation-profile.repository.js';
import { partnerSpaceHref, PartnerSpaceLayout } from './partner-space-layout.js';

function Figure({ label, value, href }: { label: string; value: number; href?: string }) {
  return (
    <li class="fr-col-12 fr-col-sm-6 fr-col-lg-4">
      <div class="fr-p-2w es-panel">
        <p class="fr-h3 fr-mb-0">{formatNumber(value)}</p>
        <p class="fr-mb-0">{href ? <a href={href}>{label}</a> : label}</p>
      </div>
    </li>
  );
}

/** An organisation's dashboard: its services by status, its submissions, members and invitations. */
export function DashboardPage({ membership, counts, notice, hasPublicPage }: { membership: Membership; counts: DashboardCounts; notice?: string; hasPublicPage: boolean }) {
  const { slug } = membership.organisation;
  const services = partnerSpaceHref(slug, 'services');
  const members = partnerSpaceHref(slug, 'membres');
  return (
    <PartnerSpaceLayout membership={membership} section="accueil" title={membership.organisation.name}>
      {notice ? <Notice>{notice}</Notice> : null}
      {membership.asStaff ? <Notice type="info">Vous consultez cet espace en tant qu’administrateur de l’Emploi Store : vos actions sont enregistrées dans le journal.</Notice> : null}
      <section aria-labelledby="titre-services" class="fr-mb-4w">
        <h2 id="titre-services">Services</h2>
        <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
          <Figure label="publiés" value={counts.services.publie} href={services} />
          <Figure label="dépubliés" value={counts.services.depublie} href={services} />
          <Figure label="archivés" value={counts.services.archive} href={services} />
        </ul>
        <h3 class="fr-h5 fr-mt-3w">Fiches en cours</h3>
        <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
          <Figure label="brouillons" value={counts.submissions.brouillon} href={services} />
          <Figure label="en attente de modération" value={counts.submissions.soumis} href={services} />
          <Figure label="modifications demandées" value={counts.submissions['modifications-demandees']} href={services} />
        </ul>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
          <li>
            <a class="fr-btn" href={services}>
              Gérer les services
            </a>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={partnerSpaceHref(slug, 'statistiques')}>
              Voir les statistiques
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="titre-equipe" class="fr-mb-4w">
        <h2 id="titre-equipe">Équipe</h2>
        <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
          <Figure label={counts.members > 1 ? 'membres' : 'membre'} value={counts.members} href={members} />
          <Figure label={counts.pendingInvitations > 1 ? 'invitations en attente' : 'invitation en attente'} value={counts.pendingInvitations} href={members} />
        </ul>
      </section>
      <section aria-labelledby="titre-profil">
        <h2 id="titre-profil">Profil public</h2>
        <ul class="fr-links-group">
          {hasPublicPage ? (
            <li>
              <a class="fr-link" href={`/organisations/${slug}`}>
                Voir la page publique de l’organisation
              </a>
            </li>
          ) : (
            <li>La page publique de l’organisation apparaîtra avec son premier service publié.</li>
          )}
          {membership.role === 'proprietaire' ? (
            <li>
              <a class="fr-link" href={partnerSpaceHref(slug, 'profil')}>
                Modifier le profil de l’organisation
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </PartnerSpaceLayout>
  );
}
