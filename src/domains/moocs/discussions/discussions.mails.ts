import { markdownToText } from '../../../platform/html/markdown.js';
import type { Mail } from '../../../platform/mail/mailer.js';

const SIGNATURE = '\n\n—\nEmploi Store\nCe message est envoyé automatiquement : merci de ne pas y répondre.';
const EXCERPT_LENGTH = 300;

/** The first characters of a Markdown text, as plain text. */
export function excerpt(markdown: string, length = EXCERPT_LENGTH): string {
  const text = markdownToText(markdown);
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('').trimEnd()}…` : text;
}

/** « Someone replied to your thread », with an excerpt, a link to the reply and how to stop these mails. */
export function replyNotificationMail(to: string, values: { courseName: string; threadTitle: string; body: string; link: string; settingsLink: string }): Mail {
  return {
    to,
    subject: `Nouvelle réponse à votre sujet « ${values.threadTitle} » — Emploi Store`,
    text:
      `Bonjour,\n\nQuelqu’un a répondu à votre sujet « ${values.threadTitle} » dans les discussions du MOOC « ${values.courseName} » :\n\n` +
      `« ${excerpt(values.body)} »\n\nLire la réponse et répondre :\n${values.link}\n\n` +
      `Vous recevez ce message car vous avez ouvert ce sujet. Pour ne plus être prévenu des réponses dans cette session, ` +
      `désactivez les notifications en haut de l’onglet Discussions :\n${values.settingsLink}${SIGNATURE}`,
  };
}
