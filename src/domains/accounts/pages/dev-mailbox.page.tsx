import type { OutboxMail } from '../../../platform/mail/mailer.js';

/** Development mailbox: the mails written to the outbox folder when no SMTP server is configured. */
export function DevMailboxPage({ mails }: { mails: OutboxMail[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <h1>Courriels envoyés (développement)</h1>
      <p>Aucun serveur SMTP n’est configuré (variable SMTP_URL) : les courriels sont écrits dans le dossier d’envoi et listés ici. Cette page n’existe pas en production.</p>
      {mails.length === 0 ? <p>Aucun courriel pour l’instant.</p> : null}
      {mails.map((mail) => (
        <article class="fr-card fr-mb-3w" key={mail.id}>
          <div class="fr-card__body">
            <div class="fr-card__content">
              <h2 class="fr-card__title">{mail.subject}</h2>
              <p class="fr-card__detail">
                À {mail.to} — {new Date(mail.sentAt).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}
              </p>
              <pre class="es-mail-text">{linkify(mail.text)}</pre>
            </div>
          </div>
        </article>
      ))}
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) => (index % 2 === 1 ? <a href={part}>{part}</a> : part));
}
