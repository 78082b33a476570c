import { Breadcrumb, Container, formatNumber, Pagination } from '../../../../platform/html/components.js';
import { Notice } from '../../../../platform/html/forms.js';
import { THEMES } from '../../../catalogue/index.js';
import type { IdeaStatus } from '../../ideas.table.js';
import { IDEA_SORTS, IDEA_STATUS_LABELS, IDEA_STATUSES, type IdeaSort } from '../../ideas.vocabulary.js';
import { IDEAS_PER_PAGE, type IdeaSummary } from '../ideas.repository.js';
import { IdeaCard } from './idea-components.js';

export interface IdeasListQuery {
  tri: IdeaSort;
  statut?: IdeaStatus;
  theme?: string;
  q?: string;
  page: number;
}

/** The list's address with these parameters (defaults left out). */
export function ideasListHref(query: IdeasListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.tri !== 'tendance') params.set('tri', query.tri);
  if (query.statut) params.set('statut', query.statut);
  if (query.theme) params.set('theme', query.theme);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/idees${search ? `?${search}` : ''}`;
}

export function IdeasListPage({ query, ideas, total, csrfToken, loggedIn, notice }: { query: IdeasListQuery; ideas: IdeaSummary[]; total: number; csrfToken?: string; loggedIn: boolean; notice?: string }) {
  const pageCount = Math.max(1, Math.ceil(total / IDEAS_PER_PAGE));
  const returnTo = ideasListHref(query);
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Emploi Store idées' }]} />
      <h1>Emploi Store idées</h1>
      <p class="fr-text--lead">Proposez vos idées pour améliorer les services de l’emploi, soutenez celles des autres et suivez leurs réponses.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/idees/proposer">
          Proposer une idée
        </a>
      </p>
      <form method="get" action="/idees" class="fr-mb-4w" role="search" aria-label="Rechercher et filtrer les idées">
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-input-group">
              <label class="fr-label" for="idees-q">
                Rechercher
                <span class="fr-hint-text">Mots du titre ou de la description</span>
              </label>
              <input class="fr-input" type="search" id="idees-q" name="q" value={query.q ?? ''} maxLength={200} />
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-select-group">
              <label class="fr-label" for="idees-tri">
                Trier par
              </label>
              <select class="fr-select" id="idees-tri" name="tri">
                {(Object.keys(IDEA_SORTS) as IdeaSort[]).map((sort) => (
                  <option value={sort} selected={sort === query.tri} key={sort}>
                    {IDEA_SORTS[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-select-group">
              <label class="fr-label" for="idees-statut">
                Statut
              </label>
              <select class="fr-select" id="idees-statut" name="statut">
                <option value="" selected={!query.statut}>
                  Tous les statuts
                </option>
                {IDEA_STATUSES.map((status) => (
                  <option value={status} selected={status === query.statut} key={status}>
                    {IDEA_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-select-group">
              <label class="fr-label" for="idees-theme">
                Thématique
              </label>
              <select class="fr-select" id="idees-theme" name="theme">
                <option value="" selected={!query.theme}>
                  Toutes les thématiques
                </option>
                {THEMES.map((theme) => (
                  <option value={theme.slug} selected={theme.slug === query.theme} key={theme.slug}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <button class="fr-btn fr-btn--secondary fr-mt-2w" type="submit">
          Afficher les idées
        </button>
      </form>
      <h2 class="fr-h4" id="resultats">
        {total === 0 ? 'Aucune idée ne correspond' : `${formatNumber(total)} idée${total > 1 ? 's' : ''}`}
        {pageCount > 1 ? ` — page ${query.page} sur ${pageCount}` : ''}
      </h2>
      {ideas.length ? (
        <ul class="fr-raw-list" aria-labelledby="resultats">
          {ideas.map((idea) => (
            <IdeaCard idea={idea} csrfToken={csrfToken} returnTo={returnTo} loggedIn={loggedIn} headingLevel="h3" key={idea.id} />
          ))}
        </ul>
      ) : (
        <p>Essayez d’autres mots ou retirez un filtre, ou proposez la vôtre.</p>
      )}
      <Pagination page={query.page} pageCount={pageCount} href={(page) => ideasListHref(query, page)} />
    </Container>
  );
}
