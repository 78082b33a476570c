import type { ComponentChildren } from 'preact';
import { Breadcrumb, Container, formatDate, formatDateTime, plural } from '../../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../../platform/html/forms.js';
import { renderMarkdown } from '../../../../platform/html/markdown.js';
import { IDEA_STATUS_LABELS } from '../../ideas.vocabulary.js';
import type { IdeaDetail, StatusChange } from '../ideas.repository.js';
import { AUDIENCES } from '../ideas.service.js';
import { authorName, ideaHref, StatusBadge, SupportButton, themeName } from './idea-components.js';

export const REPORT_REASON_LABELS = { spam: 'Spam', 'propos-offensants': 'Propos offensants', 'hors-sujet': 'Hors sujet' } as const;

export interface IdeaPageProps {
  idea: IdeaDetail;
  mergedInto?: { id: number; title: string };
  realisedService?: { slug: string; name: string };
  statusChanges: StatusChange[];
  viewer: { accountId: number; emailVerified: boolean } | null;
  /** Shown to moderators only: the idea is hidden from everyone else. */
  hiddenNotice: boolean;
  editable: boolean;
  csrfToken?: string;
  notice?: string;
  /** Sections from the comments and staff parts (rendered when they exist). */
  staffPanel?: ComponentChildren;
  pledges?: ComponentChildren;
  comments?: ComponentChildren;
}

export function IdeaPage({ idea, mergedInto, realisedService, statusChanges, viewer, hiddenNotice, editable, csrfToken, notice, staffPanel, pledges, comments }: IdeaPageProps) {
  const path = ideaHref(idea.id);
  const canAct = !!viewer && !!csrfToken;
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Emploi Store idées', href: '/idees' }, { label: idea.title }]} />
      {hiddenNotice ? <Notice type="warning">Cette idée est masquée à la suite de signalements : seuls les modérateurs la voient, en attendant leur décision dans la file de modération.</Notice> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {mergedInto ? (
        <Notice type="info">
          Cette idée a été fusionnée avec <a href={ideaHref(mergedInto.id)}>« {mergedInto.title} »</a> : ses soutiens et ses abonnés y ont été reportés.
        </Notice>
      ) : null}
      <h1>{idea.title}</h1>
      <ul class="fr-badges-group fr-mb-2w">
        <li>
          <StatusBadge status={idea.status} />
        </li>
        <li>
          <p class="fr-tag fr-tag--sm">{themeName(idea.theme)}</p>
        </li>
      </ul>
      <p class="fr-text--sm">
        Proposée par {authorName(idea.authorName)} le {formatDate(idea.createdAt)}
        {idea.updatedAt && new Date(idea.updatedAt).getTime() - new Date(idea.createdAt).getTime() > 60_000 ? `, modifiée le ${formatDate(idea.updatedAt)}` : ''} · Pour : {AUDIENCES[idea.audience].toLowerCase()} ·{' '}
        {plural(idea.commentsCount, 'commentaire', 'commentaires')}
      </p>
      <div class="fr-mb-3w" dangerouslySetInnerHTML={{ __html: renderMarkdown(idea.description) }} />
      {realisedService || idea.realisedApplication ? (
        <div class="fr-callout fr-mb-3w">
          <h2 class="fr-callout__title fr-h5">Cette idée a été réalisée</h2>
          <p class="fr-callout__text">
            {realisedService ? (
              <>
                Service : <a href={`/services/${realisedService.slug}`}>{realisedService.name}</a>
              </>
            ) : null}
            {realisedService && idea.realisedApplication ? <br /> : null}
            {idea.realisedApplication ? <>Application : {idea.realisedApplication}</> : null}
          </p>
        </div>
      ) : null}
      <div class="fr-mb-3w">
        <SupportButton idea={idea} csrfToken={viewer?.emailVerified ? csrfToken : undefined} returnTo={path} loggedIn={!!viewer?.emailVerified} />
      </div>
      {canAct && viewer.emailVerified && !mergedInto ? (
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
          <li>
            <form method="post" action={`${path}/suivre`}>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="action" value={idea.followed ? 'ne-plus-suivre' : 'suivre'} />
              <button type="submit" class={`fr-btn fr-btn--sm fr-btn--secondary ${idea.followed ? 'fr-icon-notification-3-fill' : 'fr-icon-notification-3-line'} fr-btn--icon-left`} aria-pressed={idea.followed ? 'true' : 'false'}>
                {idea.followed ? 'Ne plus suivre cette idée' : 'Suivre cette idée'}
              </button>
            </form>
          </li>
          {editable ? (
            <li>
              <a class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-edit-line fr-btn--icon-left" href={`${path}/modifier`}>
                Modifier mon idée
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {staffPanel}
      <section class="fr-mt-4w" aria-labelledby="reponses-officielles">
        <h2 id="reponses-officielles" class="fr-h4">
          Réponses officielles
        </h2>
        {statusChanges.length ? (
          <ol class="fr-raw-list">
            {statusChanges.map((change) => (
              <li class="fr-mb-3w" key={change.id}>
                <p class="fr-text--sm fr-mb-1w">
                  <strong>{change.staffName}</strong>, le {formatDateTime(change.createdAt)} —{' '}
                  {change.fromStatus === change.toStatus ? `statut inchangé (${IDEA_STATUS_LABELS[change.toStatus]})` : `statut : ${IDEA_STATUS_LABELS[change.fromStatus]} → ${IDEA_STATUS_LABELS[change.toStatus]}`}
                </p>
                <div dangerouslySetInnerHTML={{ __html: renderMarkdown(change.answer) }} />
              </li>
            ))}
          </ol>
        ) : (
          <p>L’équipe n’a pas encore répondu à cette idée.</p>
        )}
      </section>
      {pledges}
      {comments}
      {canAct && viewer.emailVerified && viewer.accountId !== idea.accountId && idea.visibility === 'publie' && !mergedInto ? (
        <details class="fr-mt-4w">
          <summary>Signaler cette idée</summary>
          <form method="post" action={`${path}/signaler`} class="fr-mt-2w">
            <CsrfField token={csrfToken} />
            <div class="fr-select-group">
              <label class="fr-label" for="signalement-motif">
                Motif du signalement
              </label>
              <select class="fr-select" id="signalement-motif" name="reason" required>
                {Object.entries(REPORT_REASON_LABELS).map(([value, label]) => (
                  <option value={value} key={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-flag-line fr-btn--icon-left">
              Signaler
            </button>
          </form>
        </details>
      ) : null}
    </Container>
  );
}
