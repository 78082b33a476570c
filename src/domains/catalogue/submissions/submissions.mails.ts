import type { Mail } from '../../../platform/mail/mailer.js';

const SIGNATURE = '\n\n—\nEmploi Store — espace partenaire\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

export function publishedMail(to: string, serviceName: string, serviceUrl: string, isUpdate: boolean, reason: string): Mail {
  return {
    to,
    subject: `${isUpdate ? 'Modification publiée' : 'Service publié'} : ${serviceName} — Emploi Store`,
    text: `Bonjour,\n\n${
      isUpdate ? `La modification de la fiche « ${serviceName} » a été acceptée : elle est en ligne.` : `Le service « ${serviceName} » a été accepté : il est désormais publié dans l’Emploi Store.`
    }\n\nVoir la fiche : ${serviceUrl}\n\nMessage de l’équipe de modération :\n${reason}${SIGNATURE}`,
  };
}

export function changesRequestedMail(to: string, serviceName: string, editUrl: string, comment: string): Mail {
  return {
    to,
    subject: `Modifications demandées : ${serviceName} — Emploi Store`,
    text: `Bonjour,\n\nL’équipe de modération a relu la fiche « ${serviceName} » et vous demande des modifications avant sa publication :\n\n${comment}\n\nModifiez la fiche puis renvoyez-la à la modération : ${editUrl}${SIGNATURE}`,
  };
}

export function statusChangedMail(to: string, serviceName: string, label: string, spaceUrl: string): Mail {
  return {
    to,
    subject: `${label} : ${serviceName} — Emploi Store`,
    text: `Bonjour,\n\nLe service « ${serviceName} » a changé d’état : ${label.toLowerCase()}.\n\nVotre espace partenaire : ${spaceUrl}${SIGNATURE}`,
  };
}
