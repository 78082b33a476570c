import type { Mail } from '../../../platform/mail/mailer.js';
import type { IdeaStatus } from '../ideas.table.js';
import { IDEA_STATUS_LABELS } from '../ideas.vocabulary.js';

const SIGNATURE = '\n\n—\nEmploi Store idées\nVous recevez ce message parce que vous suivez cette idée. Pour ne plus la suivre, ouvrez son lien et choisissez « Ne plus suivre ».\nCe message est envoyé automatiquement : merci de ne pas y répondre.';

/** To a follower: the idea has a new status and an official answer. */
export function statusChangeMail(to: string, idea: { title: string; status: IdeaStatus }, answer: string, link: string): Mail {
  return {
    to,
    subject: `Idée « ${idea.title} » : ${IDEA_STATUS_LABELS[idea.status]} — Emploi Store`,
    text: `Bonjour,\n\nL’idée que vous suivez, « ${idea.title} », a désormais le statut « ${IDEA_STATUS_LABELS[idea.status]} ».\n\nRéponse officielle de l’équipe Emploi Store :\n\n${answer}\n\nVoir l’idée : ${link}${SIGNATURE}`,
  };
}

/** To a follower of a merged idea: it joins another idea, which they now follow. */
export function mergeMail(to: string, from: { title: string }, into: { id: number; title: string }, answer: string, link: string): Mail {
  return {
    to,
    subject: `Idée « ${from.title} » regroupée avec l’idée n° ${into.id} — Emploi Store`,
    text: `Bonjour,\n\nL’idée que vous suivez, « ${from.title} », était un doublon : elle rejoint l’idée n° ${into.id} « ${into.title} ». Votre soutien et votre suivi y ont été reportés.\n\nRéponse officielle de l’équipe Emploi Store :\n\n${answer}\n\nVoir l’idée : ${link}${SIGNATURE}`,
  };
}
