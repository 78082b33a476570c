import type { Mail } from '../../../platform/mail/mailer.js';

const SIGNATURE = '\n\n—\nEmploi Store\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

export function sessionStartReminderMail(to: { email: string; name: string }, course: { title: string; sessionName: string; homeUrl: string; weeks: number; effort: string }): Mail {
  const hello = to.name.trim() ? `Bonjour ${to.name.trim()},` : 'Bonjour,';
  const effort = course.effort.trim() ? ` Comptez ${course.effort.trim().replace(/^./, (c) => c.toLowerCase())}.` : '';
  return {
    to: to.email,
    subject: `C’est parti : le MOOC « ${course.title} » commence — Emploi Store`,
    text:
      `${hello}\n\nLa session « ${course.sessionName} » du MOOC « ${course.title} », à laquelle vous êtes inscrit(e), a commencé.` +
      ` Le contenu s’ouvre semaine par semaine, pendant ${course.weeks} semaine${course.weeks > 1 ? 's' : ''}.${effort}\n\n` +
      `Commencez dès maintenant :\n\n${course.homeUrl}\n\n` +
      `Vous ne souhaitez plus suivre ce cours ? Vous pouvez vous désinscrire depuis la page du cours.${SIGNATURE}`,
  };
}
