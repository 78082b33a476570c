import { formatDateTime, formatNumber, plural } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice, Textarea } from '../../../../platform/html/forms.js';
import { renderMarkdown } from '../../../../platform/html/markdown.js';
import type { DiscussionContext } from '../discussion-access.js';
import { lessonHref, threadHref } from '../discussions.paths.js';
import type { PostRow, ThreadRow } from '../discussions.repository.js';
import { MAX_BODY_LENGTH } from '../discussions.service.js';
import { REASON_LABELS, REPORT_REASONS } from '../reports.repository.js';
import { CourseFrame } from './course-frame.js';

export const THREAD_NOTICES = {
  publie: 'Votre sujet est publié.',
  reponse: 'Votre réponse est publiée.',
  signale: 'Merci : votre signalement a été transmis à l’équipe de modération.',
  'deja-signale': 'Vous aviez déjà signalé ce contenu : il est en attente de modération.',
  masque: 'Merci : ce message a été masqué en attendant la décision d’un modérateur.',
  'vote-ajoute': 'Votre vote « utile » est enregistré.',
  'vote-retire': 'Votre vote « utile » est retiré.',
} as const;
export type ThreadNoticeKey = keyof typeof THREAD_NOTICES;

export interface ThreadPageProps {
  context: DiscussionContext;
  thread: ThreadRow;
  posts: PostRow[];
  threadReported: boolean;
  csrfToken: string;
  values: { body: string };
  errors: FieldErrors;
  /** A message above the reply form (rate limit, expired form). */
  formError?: string;
  /** A message at the top of the page (a refused report). */
  alert?: string;
  notice: ThreadNoticeKey | undefined;
}

const authorName = (name: string | null) => name ?? 'Un apprenant';

/** Report form of a thread or reply: a reason and a button; ids unique per subject. */
function ReportForm({ action, id, what, csrfToken }: { action: string; id: string; what: string; csrfToken: string }) {
  return (
    <form method="post" action={action} class="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mt-1w">
      <CsrfField token={csrfToken} />
      <div class="fr-col-12 fr-col-sm-7">
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label fr-text--sm" for={id}>
            Signaler {what} pour
          </label>
          <select class="fr-select" id={id} name="reason" required>
            <option value="">Choisir un motif</option>
            {REPORT_REASONS.map((reason) => (
              <option value={reason} key={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="fr-col-12 fr-col-sm-5">
        <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">
          Signaler<span class="fr-sr-only"> {what}</span>
        </button>
      </div>
    </form>
  );
}

function Post({ context, thread, post, csrfToken, index }: { context: DiscussionContext; thread: ThreadRow; post: PostRow; csrfToken: string; index: number }) {
  const base = threadHref(context.course.slug, context.session.id, thread.id);
  const own = post.account_id === context.viewer.accountId;
  const what = `la réponse n° ${index} de ${authorName(post.author_name)}`;
  if (post.status !== 'publie') {
    return (
      <li class="fr-py-3w" id={`message-${post.id}`}>
        <p class="fr-text--sm fr-mb-0">
          <em>Réponse n° {index} masquée : elle a été signalée et attend la décision d’un modérateur.</em>
        </p>
      </li>
    );
  }
  return (
    <li class="fr-py-3w" id={`message-${post.id}`}>
      <article aria-labelledby={`message-${post.id}-auteur`}>
        <h3 class="fr-h6 fr-mb-1w" id={`message-${post.id}-auteur`}>
          {authorName(post.author_name)}
          {own ? ' (vous)' : ''}
          {post.by_instructor ? (
            <>
              {' '}
              <span class="fr-badge fr-badge--sm fr-badge--info">Formateur</span>
            </>
          ) : null}
        </h3>
        <p class="fr-text--sm fr-mb-1w">Le {formatDateTime(post.created_at)}</p>
        <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(post.body) }} />
        <p class="fr-text--sm fr-mb-1w" id={`message-${post.id}-votes`}>
          {post.votes ? `${plural(post.votes, 'personne trouve', 'personnes trouvent')} cette réponse utile` : 'Personne n’a encore trouvé cette réponse utile'}
        </p>
        {own ? null : (
          <form method="post" action={`${base}/messages/${post.id}/utile`} class="fr-mb-1w">
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" aria-pressed={post.voted ? 'true' : 'false'} aria-describedby={`message-${post.id}-votes`}>
              {post.voted ? 'Retirer mon vote « utile »' : 'Utile'}
              <span class="fr-sr-only"> : {what}</span>
            </button>
          </form>
        )}
        {own ? null : post.reported ? (
          <p class="fr-text--xs fr-mb-0">Vous avez signalé cette réponse.</p>
        ) : (
          <ReportForm action={`${base}/messages/${post.id}/signaler`} id={`signaler-message-${post.id}`} what={what} csrfToken={csrfToken} />
        )}
      </article>
    </li>
  );
}

/** A thread: its opening message, the replies in order with votes and reports, then the reply form. */
export function ThreadPage({ context, thread, posts, threadReported, csrfToken, values, errors, formError, alert, notice }: ThreadPageProps) {
  const { course, session } = context;
  const base = threadHref(course.slug, session.id, thread.id);
  const own = thread.account_id === context.viewer.accountId;
  const visible = posts.filter((post) => post.status === 'publie').length;
  const hidden = thread.status !== 'publie';
  return (
    <CourseFrame
      course={course}
      session={session}
      crumbs={[{ label: 'Discussions', href: `/moocs/${course.slug}/sessions/${session.id}/discussions` }, { label: thread.title }]}
      title={thread.title}
    >
      {notice ? <Notice>{THREAD_NOTICES[notice]}</Notice> : null}
      {alert ? <Notice type="error">{alert}</Notice> : null}
      {hidden ? <Notice type="warning">Ce sujet est masqué : seule l’équipe de modération le voit.</Notice> : null}
      <article class="fr-mb-4w" aria-labelledby="sujet-auteur">
        <h2 class="fr-h6 fr-mb-1w" id="sujet-auteur">
          Sujet ouvert par {authorName(thread.author_name)}
          {own ? ' (vous)' : ''}, le {formatDateTime(thread.created_at)}
        </h2>
        {thread.lesson_id && thread.lesson_title ? (
          <p class="fr-text--sm">
            À propos de la leçon <a href={lessonHref(course.slug, session.id, thread.lesson_id)}>{thread.lesson_title}</a>
          </p>
        ) : null}
        <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(thread.body) }} />
        {own || hidden ? null : threadReported ? (
          <p class="fr-text--xs">Vous avez signalé ce sujet.</p>
        ) : (
          <ReportForm action={`${base}/signaler`} id="signaler-sujet" what="ce sujet" csrfToken={csrfToken} />
        )}
      </article>
      <h2 class="fr-h4">{visible ? plural(visible, 'réponse', 'réponses') : 'Aucune réponse pour le moment'}</h2>
      {posts.length ? (
        <ol class="fr-raw-list">
          {posts.map((post, index) => (
            <Post context={context} thread={thread} post={post} csrfToken={csrfToken} index={index + 1} key={post.id} />
          ))}
        </ol>
      ) : null}
      {hidden ? null : (
        <section class="fr-mt-4w" aria-labelledby="repondre">
          <h2 class="fr-h4" id="repondre">
            Répondre
          </h2>
          {formError ? (
            <div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
              <p>{formError}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} labels={{ body: 'Réponse' }} />
          <form method="post" action={`${base}/repondre`} novalidate>
            <CsrfField token={csrfToken} />
            <Textarea
              name="body"
              label="Votre réponse"
              hint={`Mise en forme Markdown possible (listes, **gras**, liens). ${formatNumber(MAX_BODY_LENGTH)} caractères au maximum.${context.instructor ? ' Votre réponse sera marquée « Formateur ».' : ''}`}
              value={values.body}
              error={errors.body}
              rows={6}
            />
            <button class="fr-btn" type="submit">
              Publier la réponse
            </button>
          </form>
        </section>
      )}
    </CourseFrame>
  );
}
