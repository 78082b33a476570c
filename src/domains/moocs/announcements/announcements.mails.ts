import type { Mail } from '../../../platform/mail/mailer.js';
import type { ClaimedDelivery } from './announcements.repository.js';

const SIGNATURE = '\n\n—\nEmploi Store\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

/** An instructors' announcement as sent to one learner of the session. */
export function announcementMail(delivery: ClaimedDelivery, publicUrl: string): Mail {
  const home = `${publicUrl}/moocs/${delivery.course_slug}/sessions/${delivery.session_id}/discussions`;
  return {
    to: delivery.email,
    subject: `[${delivery.course_name}] ${delivery.subject}`,
    text:
      `Bonjour,\n\nL’équipe pédagogique du MOOC « ${delivery.course_name} » (${delivery.session_name}) vous écrit :\n\n` +
      `${delivery.subject}\n\n${delivery.body}\n\nRetrouver le cours et ses discussions :\n${home}\n\n` +
      `Vous recevez ce message car vous êtes inscrit à cette session. Vous désinscrire de la session arrête ces messages.${SIGNATURE}`,
  };
}
