import { Breadcrumb } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice } from '../../../platform/html/forms.js';
import { kindLabel } from './organisations.page.js';
import { ORGANISATION_FIELD_LABELS, OrganisationFields } from './organisation-form.js';
import type { OrganisationInput } from './organisation-profile.service.js';
import { ROLE_LABELS } from './members.service.js';
import { partnerSpaceHref } from './partner-space-layout.js';
import type { MemberRole } from './partners.table.js';

export interface PartnerSpacePageProps {
  memberships: { slug: string; name: string; kind: string; role: MemberRole }[];
  csrfToken: string;
  values: OrganisationInput;
  errors: FieldErrors;
  formError?: string;
  notice?: string;
  staff: boolean;
}

/** The entry of the partner space: the viewer's organisations, and creating one. */
export function PartnerSpacePage({ memberships, csrfToken, values, errors, formError, notice, staff }: PartnerSpacePageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Espace partenaire' }]} />
      <h1>Espace partenaire</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <p class="fr-text--lead">Publiez et gérez les services de votre organisation dans l’Emploi Store.</p>
      <section aria-labelledby="titre-mes-organisations" class="fr-mb-6w">
        <h2 id="titre-mes-organisations">Mes organisations</h2>
        {memberships.length ? (
          <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
            {memberships.map((membership) => (
              <li class="fr-col-12 fr-col-md-6" key={membership.slug}>
                <div class="fr-tile fr-enlarge-link">
                  <div class="fr-tile__body">
                    <div class="fr-tile__content">
                      <h3 class="fr-tile__title">
                        <a href={partnerSpaceHref(membership.slug)}>{membership.name}</a>
                      </h3>
                      <p class="fr-tile__desc">
                        {kindLabel(membership.kind)} — votre rôle : {ROLE_LABELS[membership.role]}
                      </p>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>Vous n’êtes membre d’aucune organisation. Créez la vôtre ci-dessous, ou demandez à un propriétaire de votre organisation de vous inviter.</p>
        )}
      </section>
      <section aria-labelledby="titre-creer" class="fr-col-12 fr-col-md-8">
        <h2 id="titre-creer">Créer une organisation</h2>
        <p>Vous en deviendrez propriétaire : vous pourrez ensuite inviter vos collègues et proposer des services, publiés après vérification par l’équipe de l’Emploi Store.</p>
        {formError ? (
          <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <ErrorSummary errors={errors} labels={ORGANISATION_FIELD_LABELS} />
        <form method="post" action="/espace-partenaire" novalidate>
          <CsrfField token={csrfToken} />
          <OrganisationFields values={values} errors={errors} staff={staff} />
          <button class="fr-btn" type="submit">
            Créer l’organisation
          </button>
        </form>
      </section>
    </div>
  );
}
