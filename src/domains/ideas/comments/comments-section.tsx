import { formatDateTime, plural } from '../../../platform/html/components.js';
import { CsrfField } from '../../../platform/html/forms.js';
import { REASON_LABELS, REPORT_REASONS } from '../moderation/reports.repository.js';
import { type CommentsData, type CommentView, HIDDEN_PLACEHOLDER } from './comments-section.service.js';
import { MAX_COMMENT_LENGTH } from './comments.service.js';

export const commentsAction = (ideaId: number) => `/idees/${ideaId}/commentaires`;
export const reportCommentAction = (ideaId: number, commentId: number) => `/idees/${ideaId}/commentaires/${commentId}/signaler`;

export interface CommentsSectionProps {
  data: CommentsData;
  csrfToken: string;
  ideaId: number;
  /** Where a visitor logs in (e.g. `/connexion?retour=/idees/12%23commentaires`). */
  logInHref: string;
}

/** A text as paragraphs (blank lines) and line breaks; no markup is interpreted. */
export function CommentText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p class="fr-mb-2v" key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <>
              {lineIndex > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

/** The textarea of a comment or reply form (ids are unique on the page). */
export function CommentField({ id, label, value, error }: { id: string; label: string; value?: string; error?: string }) {
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <div class={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        <span class="fr-hint-text" id={hintId}>
          {MAX_COMMENT_LENGTH.toLocaleString('fr-FR')} caractères au maximum. Restez courtois : les propos offensants sont masqués.
        </span>
      </label>
      <textarea class={`fr-input${error ? ' fr-input--error' : ''}`} id={id} name="body" rows={5} aria-describedby={error ? `${hintId} ${errorId}` : hintId} aria-invalid={error ? 'true' : undefined}>
        {value ?? ''}
      </textarea>
      {error && (
        <p class="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

function ReportForm({ ideaId, comment, csrfToken }: { ideaId: number; comment: CommentView; csrfToken: string }) {
  const selectId = `motif-commentaire-${comment.id}`;
  return (
    <details class="fr-mt-1w">
      <summary class="fr-link fr-link--sm">Signaler ce commentaire</summary>
      <form method="post" action={reportCommentAction(ideaId, comment.id)} class="fr-mt-1w">
        <CsrfField token={csrfToken} />
        <div class="fr-select-group">
          <label class="fr-label" for={selectId}>
            Motif du signalement
          </label>
          <select class="fr-select" id={selectId} name="reason" required>
            <option value="" selected>
              Choisir un motif
            </option>
            {REPORT_REASONS.map((reason) => (
              <option value={reason} key={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm">
          Envoyer le signalement
        </button>
      </form>
    </details>
  );
}

function Comment({ data, comment, csrfToken, reply }: { data: CommentsData; comment: CommentView; csrfToken: string; reply: boolean }) {
  return (
    <article id={`commentaire-${comment.id}`} class={`fr-p-2w fr-mb-2w${reply ? ' fr-ml-4w' : ''}`} aria-label={`${reply ? 'Réponse' : 'Commentaire'} de ${comment.authorName}`}>
      <p class="fr-text--sm fr-mb-1w">
        <strong>{comment.authorName}</strong>
        {comment.own && ' (vous)'} — <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
      </p>
      {comment.hidden && comment.body === null && <p class="fr-text--sm fr-mb-1w"><em>{HIDDEN_PLACEHOLDER}</em></p>}
      {comment.hidden && comment.body !== null && (
        <>
          <p class="fr-badge fr-badge--warning fr-badge--sm fr-mb-1w">Masqué par la modération : visible des seuls modérateurs</p>
          <CommentText text={comment.body} />
        </>
      )}
      {!comment.hidden && comment.body !== null && <CommentText text={comment.body} />}
      {comment.reportedByViewer && <p class="fr-text--xs fr-mb-1w">Vous avez signalé ce commentaire.</p>}
      {comment.canReport && <ReportForm ideaId={data.ideaId} comment={comment} csrfToken={csrfToken} />}
      {!reply && data.canComment && !comment.hidden && (
        <details class="fr-mt-1w">
          <summary class="fr-link fr-link--sm">Répondre</summary>
          <form method="post" action={commentsAction(data.ideaId)} class="fr-mt-1w">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="parent" value={String(comment.id)} />
            <CommentField id={`reponse-${comment.id}`} label={`Votre réponse à ${comment.authorName}`} />
            <button type="submit" class="fr-btn fr-btn--sm">
              Publier la réponse
            </button>
          </form>
        </details>
      )}
    </article>
  );
}

/** The comments of an idea with one level of replies, the forms to comment, reply and report. */
export function CommentsSection({ data, csrfToken, ideaId, logInHref }: CommentsSectionProps) {
  return (
    <section id="commentaires" class="fr-mt-6w" aria-labelledby="commentaires-titre">
      <h2 id="commentaires-titre">Commentaires{data.count ? ` (${data.count})` : ''}</h2>
      {data.comments.length === 0 ? (
        <p>Aucun commentaire pour le moment.</p>
      ) : (
        <ol class="fr-raw-list" aria-label={plural(data.count, 'commentaire', 'commentaires')}>
          {data.comments.map((comment) => (
            <li key={comment.id}>
              <Comment data={data} comment={comment} csrfToken={csrfToken} reply={false} />
              {comment.replies.length > 0 && (
                <ol class="fr-raw-list" aria-label={`Réponses à ${comment.authorName}`}>
                  {comment.replies.map((reply) => (
                    <li key={reply.id}>
                      <Comment data={data} comment={reply} csrfToken={csrfToken} reply />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3 id="commenter" class="fr-h4 fr-mt-4w">
        Ajouter un commentaire
      </h3>
      {data.closedReason ? (
        <p>{data.closedReason}</p>
      ) : data.viewer === 'visiteur' ? (
        <p>
          <a class="fr-link" href={logInHref}>
            Connectez-vous
          </a>{' '}
          pour commenter cette idée.
        </p>
      ) : data.viewer === 'non-verifie' ? (
        <p>Confirmez votre adresse e-mail pour commenter : le lien vous a été envoyé à l’inscription.</p>
      ) : (
        <form method="post" action={commentsAction(ideaId)}>
          <CsrfField token={csrfToken} />
          <CommentField id="champ-commentaire" label="Votre commentaire" />
          <button type="submit" class="fr-btn">
            Publier le commentaire
          </button>
        </form>
      )}
    </section>
  );
}
