import { formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../../platform/html/forms.js';
import type { Membership } from '../../partners/membership.js';
import { PartnerSpaceLayout } from '../../partners/partner-space-layout.js';
import type { OrganisationEntry } from '../submissions.repository.js';
import { newServiceHref, revisionHref, revisionHistoryHref, serviceActionHref, serviceHistoryHref } from '../submissions.paths.js';
import { type Actor, availableServiceActions, PUBLICATION_STATUS_LABELS, REVISION_STATUS_LABELS, type ServiceAction } from '../workflow.js';

const SERVICE_ACTION_BUTTONS: Record<ServiceAction, string> = { depublier: 'Dépublier', republier: 'Republier', archiver: 'Archiver' };

const BADGE: Record<string, string> = {
  publie: 'fr-badge--success',
  soumis: 'fr-badge--info',
  'modifications-demandees': 'fr-badge--warning',
  brouillon: 'fr-badge--new',
  depublie: '',
  archive: '',
};

function Badge({ status, label }: { status: string; label: string }) {
  return <p class={`fr-badge fr-badge--sm ${BADGE[status] ?? ''}`}>{label}</p>;
}

export interface ServicesListProps {
  membership: Membership;
  actor: Actor;
  entries: OrganisationEntry[];
  csrfToken: string;
  notice?: string;
}

/** The organisation's services and submissions, with their state and what can be done next. */
export function ServicesListPage({ membership, actor, entries, csrfToken, notice }: ServicesListProps) {
  const org = membership.organisation.slug;
  return (
    <PartnerSpaceLayout membership={membership} section="services" title="Services de l’organisation">
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        Chaque fiche passe par la modération avant sa publication. Une fiche publiée reste en ligne pendant que sa modification est relue.
      </p>
      <p>
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href={newServiceHref(org)}>
          Proposer un nouveau service
        </a>
      </p>
      {entries.length === 0 ? (
        <p>Aucun service pour l’instant.</p>
      ) : (
        <div class="fr-table">
          <table>
            <caption>Services et fiches en cours ({entries.length})</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">État</th>
                <th scope="col">Dernière modification</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const name = entry.service?.name ?? (entry.openRevision?.name || 'Sans nom');
                const open = entry.openRevision;
                const updated = new Date(Math.max(entry.service?.updatedAt.getTime() ?? 0, open?.updatedAt.getTime() ?? 0));
                const serviceActions = entry.service ? availableServiceActions(entry.service.status, actor) : [];
                return (
                  <tr key={`${entry.service?.id ?? 'r'}-${open?.id ?? ''}`}>
                    <th scope="row">
                      {entry.service?.status === 'publie' ? <a href={`/services/${entry.service.slug}`}>{name}</a> : name}
                    </th>
                    <td>
                      {entry.service ? <Badge status={entry.service.status} label={PUBLICATION_STATUS_LABELS[entry.service.status]} /> : null}
                      {open ? <Badge status={open.status} label={entry.service ? `Modification : ${REVISION_STATUS_LABELS[open.status].toLowerCase()}` : REVISION_STATUS_LABELS[open.status]} /> : null}
                    </td>
                    <td>{formatDateTime(updated)}</td>
                    <td>
                      <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                        {open ? (
                          <li>
                            <a class="fr-btn fr-btn--sm" href={revisionHref(org, open.id)}>
                              {open.status === 'soumis' ? 'Voir la fiche' : 'Continuer'}
                              <span class="fr-sr-only"> : {name}</span>
                            </a>
                          </li>
                        ) : entry.service && entry.service.status !== 'archive' ? (
                          <li>
                            <form method="post" action={serviceActionHref(org, entry.service.id, 'modifier')}>
                              <CsrfField token={csrfToken} />
                              <button class="fr-btn fr-btn--sm" type="submit">
                                Modifier<span class="fr-sr-only"> : {name}</span>
                              </button>
                            </form>
                          </li>
                        ) : null}
                        <li>
                          <a class="fr-btn fr-btn--sm fr-btn--tertiary" href={entry.service ? serviceHistoryHref(org, entry.service.id) : revisionHistoryHref(org, open!.id)}>
                            Historique<span class="fr-sr-only"> : {name}</span>
                          </a>
                        </li>
                        {serviceActions.map((action) => (
                          <li key={action}>
                            <form method="post" action={serviceActionHref(org, entry.service!.id, action)}>
                              <CsrfField token={csrfToken} />
                              <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">
                                {SERVICE_ACTION_BUTTONS[action]}
                                <span class="fr-sr-only"> : {name}</span>
                              </button>
                            </form>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </PartnerSpaceLayout>
  );
}
