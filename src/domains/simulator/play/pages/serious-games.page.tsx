import { Breadcrumb } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, RadioFieldset } from '../../../../platform/html/forms.js';
import { type JobTitle, JobTitleField } from '../../../referentiels/index.js';
import { INTERVIEW_KIND_LABELS } from '../../engine/scenario.types.js';
import type { PublishedScenario } from '../../storage/scenarios.repository.js';
import { type StartForm, START_LABELS } from './simulator-home.page.js';

/** /jeux-serieux: the published serious games. */
export function SeriousGamesPage({ games }: { games: PublishedScenario[] }) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Jeux sérieux' }]} />
      <h1>Jeux sérieux</h1>
      <p class="fr-text--lead">Des mises en situation à jouer en quelques minutes, avec un bilan de vos compétences à la fin.</p>
      <p>
        Pour préparer un entretien d’embauche, essayez aussi le <a href="/simulateur">simulateur d’entretien</a>.
      </p>
      {games.length ? (
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {games.map((game) => (
            <li class="fr-col-12 fr-col-md-6" key={game.id}>
              <div class="fr-card fr-enlarge-link">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h2 class="fr-card__title">
                      <a href={`/jeux-serieux/${game.slug}`}>{game.title}</a>
                    </h2>
                    <p class="fr-card__desc">{game.document.summary}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun jeu sérieux n’est publié pour le moment.</p>
      )}
    </div>
  );
}

export interface SeriousGamePageProps {
  game: PublishedScenario;
  values: StartForm;
  errors: FieldErrors;
  suggestions: JobTitle[];
  csrfToken: string;
}

/** /jeux-serieux/<slug>: the game's presentation and its start form (the job is optional). */
export function SeriousGamePage({ game, values, errors, suggestions, csrfToken }: SeriousGamePageProps) {
  const { document } = game;
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Jeux sérieux', href: '/jeux-serieux' }, { label: game.title }]} />
      <h1>{game.title}</h1>
      <p class="fr-text--lead">{document.summary}</p>
      <p>
        Vous échangez avec {document.persona.name}, {document.persona.role}. {document.persona.description}
      </p>
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8">
          <ErrorSummary errors={errors} labels={START_LABELS} />
          <form method="post" action={`/jeux-serieux/${game.slug}`} novalidate>
            <CsrfField token={csrfToken} />
            <JobTitleField label="Métier visé (facultatif)" hint="Les textes du jeu parleront de ce métier." value={values.metier} code={values.metierOgr} error={errors.metier} suggestions={suggestions} />
            {document.interviewKinds.length > 1 ? (
              <RadioFieldset
                name="typeEntretien"
                legend="Type de mise en situation"
                options={document.interviewKinds.map((kind) => ({ value: kind, label: INTERVIEW_KIND_LABELS[kind] }))}
                value={values.typeEntretien}
                error={errors.typeEntretien}
              />
            ) : (
              <input type="hidden" name="typeEntretien" value={document.interviewKinds[0]} />
            )}
            <button class="fr-btn fr-icon-play-line fr-btn--icon-left" type="submit">
              Commencer
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
