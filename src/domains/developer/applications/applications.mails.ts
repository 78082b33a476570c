import type { Mail } from '../../../platform/mail/mailer.js';

const SIGNATURE = '\n\n—\nEmploi Store — espace développeurs\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

export interface SubscriptionMailFacts {
  to: string;
  applicationName: string;
  apiName: string;
  /** The application's page. */
  url: string;
  reason: string;
}

/** The e-mail telling the owner what the staff decided on a subscription. */
export function subscriptionDecisionMail(decision: string, facts: SubscriptionMailFacts): Mail | null {
  const subject = (label: string) => `${label} : ${facts.apiName} pour ${facts.applicationName} — Emploi Store`;
  const message = `\n\nMessage de l’équipe Emploi Store :\n${facts.reason}`;
  const link = `\n\nVotre application : ${facts.url}`;
  switch (decision) {
    case 'valider':
      return {
        to: facts.to,
        subject: subject('Abonnement validé'),
        text: `Bonjour,\n\nVotre demande d’abonnement à l’API « ${facts.apiName} » pour l’application « ${facts.applicationName} » est validée : les jetons d’accès de l’application portent désormais ses portées.${message}${link}${SIGNATURE}`,
      };
    case 'demander-modifications':
      return {
        to: facts.to,
        subject: subject('Modifications demandées'),
        text: `Bonjour,\n\nL’équipe Emploi Store a relu votre demande d’abonnement à l’API « ${facts.apiName} » pour l’application « ${facts.applicationName} » et vous demande de la compléter :\n\n${facts.reason}\n\nModifiez la description de l’usage prévu puis renvoyez la demande depuis la page de votre application.${link}${SIGNATURE}`,
      };
    case 'refuser':
      return {
        to: facts.to,
        subject: subject('Abonnement refusé'),
        text: `Bonjour,\n\nVotre demande d’abonnement à l’API « ${facts.apiName} » pour l’application « ${facts.applicationName} » est refusée.${message}\n\nVous pouvez envoyer une nouvelle demande qui répond à ces remarques.${link}${SIGNATURE}`,
      };
    case 'revoquer':
      return {
        to: facts.to,
        subject: subject('Abonnement révoqué'),
        text: `Bonjour,\n\nL’abonnement de l’application « ${facts.applicationName} » à l’API « ${facts.apiName} » est révoqué : ses jetons d’accès ne donnent plus accès à cette API.${message}${link}${SIGNATURE}`,
      };
    default:
      return null;
  }
}

/** The e-mail telling the owner an administrator revoked their application. */
export function applicationRevokedMail(to: string, applicationName: string, clientId: string, reason: string, url: string): Mail {
  return {
    to,
    subject: `Application révoquée : ${applicationName} — Emploi Store`,
    text: `Bonjour,\n\nL’équipe Emploi Store a révoqué votre application « ${applicationName} » (identifiant client ${clientId}) : ses secrets ne permettent plus d’obtenir de jeton et ses jetons en cours cessent de fonctionner dans la minute.\n\nMotif :\n${reason}\n\nVotre application : ${url}${SIGNATURE}`,
  };
}
