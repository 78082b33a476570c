import { formatDate, formatDateTime, Pagination, plural } from '../../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../../platform/html/forms.js';
import { SessionAnnouncements, type SessionAnnouncementsData } from '../../announcements/session-announcements.js';
import type { DiscussionContext } from '../discussion-access.js';
import { discussionsHref, threadHref } from '../discussions.paths.js';
import type { ThreadSummary } from '../discussions.repository.js';
import { CourseFrame } from './course-frame.js';

export const NOTICES = {
  'sujet-masque': 'Merci : ce sujet a été masqué en attendant la décision d’un modérateur.',
  'notifications-oui': 'Vous serez prévenu par e-mail des réponses à vos sujets.',
  'notifications-non': 'Vous ne recevrez plus d’e-mail pour les réponses à vos sujets dans cette session.',
} as const;
export type NoticeKey = keyof typeof NOTICES;

export interface ThreadsPageProps {
  context: DiscussionContext;
  threads: ThreadSummary[];
  total: number;
  page: number;
  pageCount: number;
  unanswered: boolean;
  announcements: SessionAnnouncementsData;
  notice: NoticeKey | undefined;
  csrfToken: string;
}

const authorName = (name: string | null) => name ?? 'Un apprenant';

function NotificationsToggle({ context, csrfToken }: { context: DiscussionContext; csrfToken: string }) {
  const enrolment = context.enrolment;
  if (!enrolment) return null;
  const on = enrolment.notify_discussions;
  return (
    <form method="post" action={`${discussionsHref(context.course.slug, context.session.id)}/notifications`} class="fr-mb-4w" id="notifications">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="notify" value={on ? 'non' : 'oui'} />
      <p class="fr-text--sm fr-mb-1w">
        {on ? 'Vous recevez un e-mail quand quelqu’un répond à l’un de vos sujets.' : 'Vous ne recevez pas d’e-mail quand quelqu’un répond à vos sujets.'}
      </p>
      <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">
        {on ? 'Ne plus recevoir ces e-mails' : 'Recevoir un e-mail à chaque réponse'}
      </button>
    </form>
  );
}

function ThreadItem({ context, thread }: { context: DiscussionContext; thread: ThreadSummary }) {
  return (
    <li class="fr-py-2w es-thread" key={thread.id}>
      <h3 class="fr-h6 fr-mb-1w">
        <a href={threadHref(context.course.slug, context.session.id, thread.id)}>{thread.title}</a>
      </h3>
      {thread.instructor_answered ? <p class="fr-badge fr-badge--sm fr-badge--success fr-mb-1w">Réponse d’un formateur</p> : null}
      <p class="fr-text--sm fr-mb-0">
        Par {authorName(thread.author_name)}, le {formatDate(thread.created_at)} · {thread.replies ? plural(thread.replies, 'réponse', 'réponses') : 'Aucune réponse'} · Dernière activité le{' '}
        {formatDateTime(thread.last_activity_at)}
      </p>
    </li>
  );
}

/** The « Discussions » tab: announcements, the notification setting, then the threads, newest activity first. */
export function ThreadsPage({ context, threads, total, page, pageCount, unanswered, announcements, notice, csrfToken }: ThreadsPageProps) {
  const base = discussionsHref(context.course.slug, context.session.id);
  const href = (target: number, onlyUnanswered = unanswered) => {
    const query = new URLSearchParams();
    if (onlyUnanswered) query.set('filtre', 'sans-reponse');
    if (target > 1) query.set('page', String(target));
    const text = query.toString();
    return text ? `${base}?${text}` : base;
  };
  return (
    <CourseFrame course={context.course} session={context.session} crumbs={[{ label: 'Discussions' }]} title={context.course.name}>
      {notice ? <Notice>{NOTICES[notice]}</Notice> : null}
      <SessionAnnouncements announcements={announcements} />
      <h2 class="fr-h4">Sujets de discussion</h2>
      <NotificationsToggle context={context} csrfToken={csrfToken} />
      <p>
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href={`${base}/nouveau`}>
          Ouvrir un sujet
        </a>
      </p>
      <nav aria-label="Filtrer les sujets" class="fr-mb-2w">
        <ul class="fr-tags-group">
          <li>
            <a class="fr-tag" href={href(1, false)} aria-current={unanswered ? undefined : 'page'}>
              Tous les sujets
            </a>
          </li>
          <li>
            <a class="fr-tag" href={href(1, true)} aria-current={unanswered ? 'page' : undefined}>
              Sans réponse
            </a>
          </li>
        </ul>
      </nav>
      <p class="fr-text--sm" role="status">
        {total ? plural(total, unanswered ? 'sujet sans réponse' : 'sujet', unanswered ? 'sujets sans réponse' : 'sujets') : unanswered ? 'Tous les sujets ont reçu une réponse.' : 'Aucun sujet pour le moment : ouvrez le premier !'}
      </p>
      {threads.length ? (
        <ul class="fr-raw-list es-thread-list">
          {threads.map((thread) => (
            <ThreadItem context={context} thread={thread} key={thread.id} />
          ))}
        </ul>
      ) : null}
      <Pagination page={page} pageCount={pageCount} href={(target) => href(target)} />
    </CourseFrame>
  );
}
