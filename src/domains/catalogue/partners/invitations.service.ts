import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError, ERRORS } from '../../../platform/http/errors.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import type { Mailer } from '../../../platform/mail/mailer.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
// The accounts domain's token helpers: the same 256-bit tokens stored only as their SHA-256.
import { emailProblem, newToken, normalizeEmail, tokenHash } from '../../accounts/index.js';
import { invitationMail, memberJoinedMail } from './invitations.mails.js';
import {
  cancelPendingInvitationsTo,
  findInvitationByTokenHash,
  type InvitationDetails,
  insertInvitation,
  isMemberByEmail,
  markInvitationAccepted,
} from './invitations.repository.js';
import type { Membership } from './membership.js';
import { addMember, ownerEmails } from './members.repository.js';
import { isMemberRole, ROLE_LABELS } from './members.service.js';
import { partnerSpaceHref } from './partner-space-layout.js';
import type { MemberRole } from './partners.table.js';

export const INVITATION_DAYS = 7;
/** Invitations an organisation may send per hour. */
export const INVITATIONS_PER_HOUR = 20;

export interface InvitationInput {
  email: string;
  role: string;
}

export type InviteResult = { ok: true; email: string } | { ok: false; errors: FieldErrors; status: number; message?: string };

const bucket = (organisationId: number) => `invitations:organisation:${organisationId}`;

/** An owner invites someone by e-mail; a new invitation to the same address replaces the pending one. */
export async function inviteMember(db: Db, mailer: Mailer, publicUrl: string, viewer: Viewer, membership: Membership, input: InvitationInput): Promise<InviteResult> {
  const errors: FieldErrors = {};
  const email = normalizeEmail(input.email);
  if (!email) errors.email = 'Saisissez l’adresse e-mail de la personne à inviter.';
  else if (emailProblem(email)) errors.email = 'Saisissez une adresse e-mail valide, par exemple nom@domaine.fr.';
  if (!isMemberRole(input.role)) errors.role = 'Choisissez le rôle de la personne invitée : propriétaire ou éditeur.';
  if (Object.keys(errors).length) return { ok: false, errors, status: 400 };
  const role = input.role as MemberRole;
  const { organisation } = membership;
  if (await isMemberByEmail(db, organisation.id, email)) return { ok: false, errors: { email: `${email} : ${ERRORS.ALREADY_MEMBER.message}` }, status: ERRORS.ALREADY_MEMBER.status };
  const limit = await checkRateLimit(db, bucket(organisation.id), INVITATIONS_PER_HOUR, 3600);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfter / 60);
    const message = `L’organisation a envoyé ${INVITATIONS_PER_HOUR} invitations en moins d’une heure : réessayez dans ${minutes > 1 ? `${minutes} minutes` : 'une minute'}.`;
    return { ok: false, errors: {}, status: ERRORS.INVITATION_RATE_LIMITED.status, message };
  }
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  for (let attempt = 0; ; attempt++) {
    try {
      await db.transaction().execute(async (trx) => {
        await cancelPendingInvitationsTo(trx, organisation.id, email);
        const id = await insertInvitation(trx, { organisationId: organisation.id, email, role, tokenHash: tokenHash(token), invitedBy: viewer.accountId, expiresAt });
        if (membership.asStaff) {
          await recordAudit(trx, {
            actor: { accountId: viewer.accountId, displayName: viewer.displayName },
            action: 'organisation.invitation.create',
            subjectKind: 'organisation',
            subjectId: organisation.id,
            summary: `Invitation de ${email} dans « ${organisation.name} » (${ROLE_LABELS[role]})`,
            after: { invitationId: id, email, role },
          });
        }
      });
      break;
    } catch (error) {
      // Two invitations to the same address at once: the pending-invitation index refuses the second; replace again.
      if ((error as { code?: string }).code !== '23505' || attempt >= 2) throw error;
    }
  }
  await recordRateLimitHit(db, bucket(organisation.id));
  const inviterName = viewer.displayName || viewer.email;
  await mailer.send(invitationMail(email, { organisationName: organisation.name, inviterName, role, link: `${publicUrl}/invitations/${token}`, expiresAt }));
  return { ok: true, email };
}

export type InvitationState = 'valide' | 'acceptee-par-vous' | 'perimee';

/** The invitation behind a token, or INVITATION_INVALID when there is none. */
export async function findInvitation(db: Db, token: string): Promise<InvitationDetails> {
  const invitation = token.length <= 100 ? await findInvitationByTokenHash(db, tokenHash(token)) : undefined;
  if (!invitation) throw new AppError('INVITATION_INVALID');
  return invitation;
}

export function invitationState(invitation: InvitationDetails, viewer: Viewer | null): InvitationState {
  if (invitation.accepted_at && viewer && invitation.accepted_by === viewer.accountId) return 'acceptee-par-vous';
  if (invitation.accepted_at || invitation.cancelled_at || invitation.expired) return 'perimee';
  return 'valide';
}

export const emailMatches = (invitation: Pick<InvitationDetails, 'email'>, viewer: Viewer) => normalizeEmail(invitation.email) === normalizeEmail(viewer.email);

/**
 * Accepts an invitation: single use (the row is locked, then marked), idempotent for the person
 * who accepted it (a second click lands in the organisation's space again).
 */
export async function acceptInvitation(
  db: Db,
  mailer: Mailer,
  publicUrl: string,
  viewer: Viewer,
  token: string,
  logError: (error: unknown) => void = () => undefined,
): Promise<{ slug: string; name: string }> {
  if (token.length > 100) throw new AppError('INVITATION_INVALID');
  const { invitation, joined } = await db.transaction().execute(async (trx) => {
    const invitation = await findInvitationByTokenHash(trx, tokenHash(token), true);
    if (!invitation) throw new AppError('INVITATION_INVALID');
    const state = invitationState(invitation, viewer);
    if (state === 'acceptee-par-vous') return { invitation, joined: false };
    if (state === 'perimee') throw new AppError('INVITATION_EXPIRED');
    if (!emailMatches(invitation, viewer)) throw new AppError('INVITATION_EMAIL_MISMATCH');
    const joined = await addMember(trx, invitation.organisation_id, viewer.accountId, invitation.role);
    await markInvitationAccepted(trx, invitation.id, viewer.accountId);
    return { invitation, joined };
  });
  if (joined) {
    const link = `${publicUrl}${partnerSpaceHref(invitation.organisation_slug, 'membres')}`;
    const memberName = viewer.displayName || viewer.email;
    for (const owner of await ownerEmails(db, invitation.organisation_id)) {
      if (owner === viewer.email) continue;
      // A courtesy notice: the person has joined whatever happens to it.
      await mailer.send(memberJoinedMail(owner, { organisationName: invitation.organisation_name, memberName, role: invitation.role, link })).catch(logError);
    }
  }
  return { slug: invitation.organisation_slug, name: invitation.organisation_name };
}
