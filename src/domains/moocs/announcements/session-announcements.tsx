import type { Db } from '../../../platform/db/database.js';
import { formatDate } from '../../../platform/html/components.js';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import { type AnnouncementRow, listAnnouncements } from './announcements.repository.js';

export type SessionAnnouncementsData = Pick<AnnouncementRow, 'id' | 'subject' | 'body' | 'created_at' | 'author_name'>[];

/** The announcements of a session shown to its learners (the newest `limit`). */
export async function loadSessionAnnouncements(db: Db, sessionId: number, limit = 5): Promise<SessionAnnouncementsData> {
  return listAnnouncements(db, sessionId, limit);
}

/** « Annonces de l’équipe pédagogique »: nothing when there is none. `headingLevel` fits the page's outline. */
export function SessionAnnouncements({ announcements, headingLevel = 2 }: { announcements: SessionAnnouncementsData; headingLevel?: 2 | 3 }) {
  if (!announcements.length) return null;
  const Heading = `h${headingLevel}` as 'h2';
  const Item = `h${headingLevel + 1}` as 'h3';
  return (
    <section class="fr-mb-6w" aria-labelledby="annonces-titre">
      <Heading id="annonces-titre" class="fr-h4">
        Annonces de l’équipe pédagogique
      </Heading>
      {announcements.map((announcement) => (
        <div class="fr-callout fr-mb-2w" key={announcement.id} id={`annonce-${announcement.id}`}>
          <Item class="fr-callout__title fr-h6">{announcement.subject}</Item>
          <p class="fr-text--sm fr-mb-1w">
            Le {formatDate(announcement.created_at)}
            {announcement.author_name ? `, par ${announcement.author_name}` : ''}
          </p>
          <div class="fr-callout__text es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(announcement.body) }} />
        </div>
      ))}
    </section>
  );
}
