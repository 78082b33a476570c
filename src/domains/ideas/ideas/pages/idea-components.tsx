import { CsrfField } from '../../../../platform/html/forms.js';
import { formatDate, formatNumber, plural } from '../../../../platform/html/components.js';
import { THEMES } from '../../../catalogue/index.js';
import type { IdeaStatus } from '../../ideas.table.js';
import { IDEA_STATUS_LABELS } from '../../ideas.vocabulary.js';
import type { IdeaSummary } from '../ideas.repository.js';

const STATUS_BADGES: Record<IdeaStatus, string> = {
  nouvelle: 'fr-badge--new',
  'a-l-etude': 'fr-badge--info',
  retenue: 'fr-badge--success',
  'en-realisation': 'fr-badge--info',
  realisee: 'fr-badge--success',
  'non-retenue': 'fr-badge--error',
  doublon: '',
};

export const themeName = (slug: string) => THEMES.find((theme) => theme.slug === slug)?.name ?? slug;
export const authorName = (name: string | null) => name ?? 'Un participant';
export const ideaHref = (id: number) => `/idees/${id}`;

export function StatusBadge({ status }: { status: IdeaStatus }) {
  return <p class={`fr-badge fr-badge--sm fr-badge--no-icon ${STATUS_BADGES[status]}`.trim()}>{IDEA_STATUS_LABELS[status]}</p>;
}

/**
 * « Soutenir » / « Retirer mon soutien » with the count; the action is explicit, so a double
 * submission changes nothing. Visitors get a link to log in.
 */
export function SupportButton({ idea, csrfToken, returnTo, loggedIn }: { idea: Pick<IdeaSummary, 'id' | 'title' | 'supportsCount' | 'supported' | 'status'>; csrfToken?: string; returnTo: string; loggedIn: boolean }) {
  const count = plural(idea.supportsCount, 'soutien', 'soutiens');
  if (idea.status === 'doublon') return <p class="fr-text--sm fr-mb-0">{count}</p>;
  if (!loggedIn || !csrfToken) {
    return (
      <p class="fr-text--sm fr-mb-0">
        {count} · <a href={`/connexion?retour=${encodeURIComponent(returnTo)}`}>Se connecter pour soutenir</a>
      </p>
    );
  }
  return (
    <form method="post" action={`/idees/${idea.id}/soutien`} class="es-inline-form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="retour" value={returnTo} />
      <input type="hidden" name="action" value={idea.supported ? 'retirer' : 'soutenir'} />
      <button
        type="submit"
        class={`fr-btn fr-btn--sm ${idea.supported ? 'fr-btn--secondary fr-icon-close-line' : 'fr-icon-thumb-up-line'} fr-btn--icon-left`}
        aria-pressed={idea.supported ? 'true' : 'false'}
        title={`${idea.supported ? 'Retirer mon soutien' : 'Soutenir'} : « ${idea.title} »`}
      >
        {idea.supported ? 'Retirer mon soutien' : 'Soutenir'} ({formatNumber(idea.supportsCount)})
      </button>
    </form>
  );
}

/** One idea in a list. */
export function IdeaCard({ idea, csrfToken, returnTo, loggedIn, headingLevel = 'h2' }: { idea: IdeaSummary; csrfToken?: string; returnTo: string; loggedIn: boolean; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <li class="fr-mb-3w">
      <article class="fr-p-3w es-idea-card" aria-labelledby={`idee-${idea.id}-titre`}>
        <Heading class="fr-h5 fr-mb-1w" id={`idee-${idea.id}-titre`}>
          <a href={ideaHref(idea.id)}>{idea.title}</a>
        </Heading>
        <ul class="fr-badges-group fr-mb-1w">
          <li>
            <StatusBadge status={idea.status} />
          </li>
          <li>
            <p class="fr-tag fr-tag--sm">{themeName(idea.theme)}</p>
          </li>
        </ul>
        <p class="fr-text--sm fr-mb-1w">
          Proposée par {authorName(idea.authorName)} le {formatDate(idea.createdAt)} · {plural(idea.supportsCount, 'soutien', 'soutiens')} ·{' '}
          {plural(idea.commentsCount, 'commentaire', 'commentaires')}
        </p>
        <SupportButton idea={idea} csrfToken={csrfToken} returnTo={returnTo} loggedIn={loggedIn} />
      </article>
    </li>
  );
}
