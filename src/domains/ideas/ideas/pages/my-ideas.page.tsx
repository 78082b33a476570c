import { Breadcrumb, Container } from '../../../../platform/html/components.js';
import type { IdeaSummary } from '../ideas.repository.js';
import { IdeaCard } from './idea-components.js';

function Section({ id, title, empty, ideas, csrfToken, loggedIn }: { id: string; title: string; empty: string; ideas: IdeaSummary[]; csrfToken?: string; loggedIn: boolean }) {
  return (
    <section class="fr-mt-4w" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {ideas.length ? (
        <ul class="fr-raw-list">
          {ideas.map((idea) => (
            <IdeaCard idea={idea} csrfToken={csrfToken} returnTo="/mon-espace/idees" loggedIn={loggedIn} headingLevel="h3" key={idea.id} />
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}

export function MyIdeasPage({ mine, supported, followed, csrfToken, verified }: { mine: IdeaSummary[]; supported: IdeaSummary[]; followed: IdeaSummary[]; csrfToken?: string; verified: boolean }) {
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Mes idées' }]} />
      <h1>Mes idées</h1>
      <p>
        <a class="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" href="/idees/proposer">
          Proposer une idée
        </a>
      </p>
      <Section id="mes-idees" title="Les idées que j’ai proposées" empty="Vous n’avez encore proposé aucune idée." ideas={mine} csrfToken={csrfToken} loggedIn={verified} />
      <Section id="idees-soutenues" title="Les idées que je soutiens" empty="Vous ne soutenez encore aucune idée." ideas={supported} csrfToken={csrfToken} loggedIn={verified} />
      <Section id="idees-suivies" title="Les idées que je suis" empty="Vous ne suivez aucune autre idée." ideas={followed} csrfToken={csrfToken} loggedIn={verified} />
    </Container>
  );
}
