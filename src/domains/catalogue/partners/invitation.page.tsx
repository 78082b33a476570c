import { Breadcrumb, formatDateTime } from '../../../platform/html/components.js';
import { CsrfField } from '../../../platform/html/forms.js';
import { ERRORS } from '../../../platform/http/errors.js';
import type { InvitationDetails } from './invitations.repository.js';
import { ROLE_LABELS } from './members.service.js';
import { partnerSpaceHref } from './partner-space-layout.js';

/** What the person opening the link can do with it. */
export type InvitationAction =
  | { kind: 'log-in'; returnPath: string }
  | { kind: 'verify-email'; email: string }
  | { kind: 'email-mismatch'; email: string }
  | { kind: 'already-member' }
  | { kind: 'join'; csrfToken: string };

/** An invitation to join an organisation, opened from its e-mail. */
export function InvitationPage({ invitation, action, token }: { invitation: InvitationDetails; action: InvitationAction; token: string }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Invitation' }]} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8">
          <h1>Invitation à rejoindre « {invitation.organisation_name} »</h1>
          <p class="fr-text--lead">
            {invitation.invited_by_name ? `${invitation.invited_by_name} vous invite` : 'Vous êtes invité'} à rejoindre l’organisation « {invitation.organisation_name} » dans l’espace
            partenaire de l’Emploi Store, avec le rôle : <strong>{ROLE_LABELS[invitation.role]}</strong>.
          </p>
          <p>Cette invitation est valable jusqu’au {formatDateTime(invitation.expires_at)}.</p>
          {action.kind === 'log-in' ? (
            <>
              <p>Connectez-vous avec le compte de l’adresse à laquelle l’invitation a été envoyée, ou créez-le, puis revenez sur ce lien.</p>
              <ul class="fr-btns-group fr-btns-group--inline-md">
                <li>
                  <a class="fr-btn" href={`/connexion?retour=${encodeURIComponent(action.returnPath)}`}>
                    Se connecter
                  </a>
                </li>
                <li>
                  <a class="fr-btn fr-btn--secondary" href="/inscription">
                    Créer un compte
                  </a>
                </li>
              </ul>
            </>
          ) : null}
          {action.kind === 'verify-email' ? (
            <div class="fr-alert fr-alert--warning">
              <h2 class="fr-alert__title">Confirmez d’abord votre adresse e-mail</h2>
              <p>
                Ouvrez le lien de confirmation envoyé à {action.email} (vous pouvez le recevoir à nouveau depuis <a href="/mon-espace">votre espace</a>), puis revenez sur
                cette invitation.
              </p>
            </div>
          ) : null}
          {action.kind === 'email-mismatch' ? (
            <div class="fr-alert fr-alert--error">
              <h2 class="fr-alert__title">Cette invitation n’est pas pour ce compte</h2>
              <p>
                {ERRORS.INVITATION_EMAIL_MISMATCH.message} Vous êtes connecté avec {action.email}. Déconnectez-vous puis ouvrez à nouveau ce lien, ou demandez une invitation à cette
                adresse.
              </p>
            </div>
          ) : null}
          {action.kind === 'already-member' ? (
            <p>
              Vous êtes déjà membre de cette organisation : <a href={partnerSpaceHref(invitation.organisation_slug)}>ouvrir son espace partenaire</a>.
            </p>
          ) : null}
          {action.kind === 'join' ? (
            <form method="post" action={`/invitations/${token}`}>
              <CsrfField token={action.csrfToken} />
              <button class="fr-btn" type="submit">
                Rejoindre l’organisation
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </div>
  );
}
