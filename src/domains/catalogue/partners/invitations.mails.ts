import type { Mail } from '../../../platform/mail/mailer.js';
import { formatDateTime } from '../../../platform/html/components.js';
import type { MemberRole } from './partners.table.js';

const SIGNATURE = '\n\n—\nEmploi Store\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

const ROLE_SENTENCES: Record<MemberRole, string> = {
  proprietaire: 'propriétaire (gestion des services, des membres et du profil de l’organisation)',
  editeur: 'éditeur (gestion des services de l’organisation)',
};

export function invitationMail(to: string, details: { organisationName: string; inviterName: string; role: MemberRole; link: string; expiresAt: Date }): Mail {
  return {
    to,
    subject: `Invitation à rejoindre « ${details.organisationName} » sur l’Emploi Store`,
    text:
      `Bonjour,\n\n${details.inviterName} vous invite à rejoindre l’organisation « ${details.organisationName} » sur l’Emploi Store, ` +
      `en tant que ${ROLE_SENTENCES[details.role]}.\n\nPour accepter, ouvrez ce lien (valable jusqu’au ${formatDateTime(details.expiresAt)}, une seule fois) :\n\n${details.link}\n\n` +
      `Connectez-vous, ou créez votre compte, avec cette adresse e-mail (${to}) : l’invitation lui est réservée.\n\n` +
      `Si vous ne connaissez pas cette organisation, ignorez ce message.${SIGNATURE}`,
  };
}

export function memberJoinedMail(to: string, details: { organisationName: string; memberName: string; role: MemberRole; link: string }): Mail {
  return {
    to,
    subject: `${details.memberName} a rejoint « ${details.organisationName} » — Emploi Store`,
    text: `Bonjour,\n\n${details.memberName} a accepté l’invitation et a rejoint l’organisation « ${details.organisationName} » en tant que ${ROLE_SENTENCES[details.role]}.\n\nLes membres de l’organisation : ${details.link}${SIGNATURE}`,
  };
}
