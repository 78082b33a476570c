import type { Mail } from '../../platform/mail/mailer.js';

const SIGNATURE = '\n\n—\nEmploi Store\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

export function verificationMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Confirmez votre adresse e-mail — Emploi Store',
    text: `Bonjour,\n\nPour activer votre compte Emploi Store, confirmez votre adresse e-mail en ouvrant ce lien (valable 48 heures) :\n\n${link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.${SIGNATURE}`,
  };
}

export function passwordResetMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Réinitialisation de votre mot de passe — Emploi Store',
    text: `Bonjour,\n\nVous avez demandé à changer votre mot de passe. Ouvrez ce lien pour en choisir un nouveau (valable 1 heure, une seule fois) :\n\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.${SIGNATURE}`,
  };
}

export function changeEmailMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Confirmez votre nouvelle adresse e-mail — Emploi Store',
    text: `Bonjour,\n\nPour utiliser cette adresse avec votre compte Emploi Store, ouvrez ce lien (valable 24 heures) :\n\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.${SIGNATURE}`,
  };
}

export function emailChangedNoticeMail(to: string, newEmail: string): Mail {
  return {
    to,
    subject: 'Votre adresse e-mail a été modifiée — Emploi Store',
    text: `Bonjour,\n\nL’adresse e-mail de votre compte Emploi Store est désormais ${newEmail}.\n\nSi vous n’êtes pas à l’origine de ce changement, contactez-nous sans attendre.${SIGNATURE}`,
  };
}
