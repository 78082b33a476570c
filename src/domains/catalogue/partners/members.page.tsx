import { formatDate } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Select } from '../../../platform/html/forms.js';
import type { PendingInvitationRow } from './invitations.repository.js';
import type { Membership } from './membership.js';
import type { MemberRow } from './members.repository.js';
import { memberName, ROLE_LABELS } from './members.service.js';
import { partnerSpaceHref, PartnerSpaceLayout } from './partner-space-layout.js';

const ROLE_OPTIONS = [
  { value: 'editeur', label: 'Éditeur : gère les services' },
  { value: 'proprietaire', label: 'Propriétaire : gère aussi les membres et le profil' },
];

export interface MembersPageProps {
  membership: Membership;
  viewerId: number;
  members: MemberRow[];
  invitations: PendingInvitationRow[];
  csrfToken: string;
  values: { email: string; role: string };
  errors: FieldErrors;
  formError?: string;
  actionError?: string;
  notice?: string;
  now: Date;
}

function MemberActions({ base, member, csrfToken, isSelf }: { base: string; member: MemberRow; csrfToken: string; isSelf: boolean }) {
  const name = memberName(member);
  const otherRole = member.role === 'proprietaire' ? 'editeur' : 'proprietaire';
  return (
    <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
      <li>
        <form method="post" action={`${base}/${member.account_id}/role`}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="role" value={otherRole} />
          <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">
            {otherRole === 'proprietaire' ? `Nommer ${name} propriétaire` : `Passer ${name} éditeur`}
          </button>
        </form>
      </li>
      {isSelf ? null : (
        <li>
          <form method="post" action={`${base}/${member.account_id}/retirer`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">
              Retirer {name} de l’organisation
            </button>
          </form>
        </li>
      )}
    </ul>
  );
}

/** The organisation's members (everyone sees them; owners manage them) and pending invitations. */
export function MembersPage({ membership, viewerId, members, invitations, csrfToken, values, errors, formError, actionError, notice, now }: MembersPageProps) {
  const owner = membership.role === 'proprietaire';
  const base = partnerSpaceHref(membership.organisation.slug, 'membres');
  const isMember = members.some((member) => member.account_id === viewerId);
  return (
    <PartnerSpaceLayout membership={membership} section="membres" title="Membres de l’organisation">
      {notice ? <Notice>{notice}</Notice> : null}
      {actionError ? (
        <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
          <p>{actionError}</p>
        </div>
      ) : null}
      <div class="fr-table">
        <table>
          <caption>Membres ({members.length})</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse e-mail</th>
              <th scope="col">Rôle</th>
              <th scope="col">Membre depuis le</th>
              {owner ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.account_id}>
                <th scope="row">
                  {member.display_name || '—'}
                  {member.account_id === viewerId ? ' (vous)' : ''}
                </th>
                <td>{member.email}</td>
                <td>{ROLE_LABELS[member.role]}</td>
                <td>{formatDate(member.created_at)}</td>
                {owner ? (
                  <td>
                    <MemberActions base={base} member={member} csrfToken={csrfToken} isSelf={member.account_id === viewerId} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isMember ? (
        <p>
          <a class="fr-link fr-icon-logout-box-r-line fr-link--icon-left" href={`${base}/quitter`}>
            Quitter l’organisation
          </a>
        </p>
      ) : null}
      {owner ? (
        <>
          <section aria-labelledby="titre-invitations" class="fr-mt-6w">
            <h2 id="titre-invitations">Invitations en attente</h2>
            {invitations.length ? (
              <div class="fr-table">
                <table>
                  <caption class="fr-sr-only">Invitations en attente</caption>
                  <thead>
                    <tr>
                      <th scope="col">Adresse e-mail</th>
                      <th scope="col">Rôle</th>
                      <th scope="col">Envoyée par</th>
                      <th scope="col">Valable jusqu’au</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((invitation) => (
                      <tr key={invitation.id}>
                        <th scope="row">{invitation.email}</th>
                        <td>{ROLE_LABELS[invitation.role]}</td>
                        <td>{invitation.invited_by_name ?? '—'}</td>
                        <td>{new Date(invitation.expires_at) <= now ? 'Expirée' : formatDate(invitation.expires_at)}</td>
                        <td>
                          <form method="post" action={`${base}/invitations/${invitation.id}/annuler`}>
                            <CsrfField token={csrfToken} />
                            <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">
                              Annuler l’invitation de {invitation.email}
                            </button>
                          </form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>Aucune invitation en attente.</p>
            )}
          </section>
          <section aria-labelledby="titre-inviter" class="fr-mt-6w">
            <h2 id="titre-inviter">Inviter une personne</h2>
            <p>Elle recevra un e-mail avec un lien valable 7 jours, à ouvrir avec un compte à cette adresse.</p>
            {formError ? (
              <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
                <p>{formError}</p>
              </div>
            ) : null}
            <ErrorSummary errors={errors} labels={{ email: 'Adresse e-mail', role: 'Rôle' }} />
            <form method="post" action={`${base}/invitations`} novalidate>
              <CsrfField token={csrfToken} />
              <Input name="email" type="email" label="Adresse e-mail" value={values.email} error={errors.email} autocomplete="off" required maxLength={254} />
              <Select name="role" label="Rôle" options={ROLE_OPTIONS} value={values.role} error={errors.role} placeholder="Choisir un rôle" />
              <button class="fr-btn" type="submit">
                Envoyer l’invitation
              </button>
            </form>
          </section>
        </>
      ) : null}
    </PartnerSpaceLayout>
  );
}

/** Confirmation before leaving the organisation. */
export function LeavePage({ membership, csrfToken }: { membership: Membership; csrfToken: string }) {
  const base = partnerSpaceHref(membership.organisation.slug, 'membres');
  return (
    <PartnerSpaceLayout membership={membership} section="membres" title="Quitter l’organisation" crumbs={[{ label: 'Quitter l’organisation' }]}>
      <p>
        Vous ne pourrez plus gérer les services de « {membership.organisation.name} ». Pour la rejoindre à nouveau, il faudra qu’un propriétaire vous invite.
      </p>
      <form method="post" action={`${base}/quitter`}>
        <CsrfField token={csrfToken} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn" type="submit">
              Quitter l’organisation
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={base}>
              Rester membre
            </a>
          </li>
        </ul>
      </form>
    </PartnerSpaceLayout>
  );
}
