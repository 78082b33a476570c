import { Breadcrumb, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Notice } from '../../../platform/html/forms.js';
import { RadioFieldset, SituationField } from '../../accounts/index.js';
import { type JobTitle, JobTitleField } from '../../referentiels/index.js';
import { THEMES } from '../themes.data.js';
import { GuidanceResults } from './guidance-results.js';
import type { RankedService } from './guidance.ranking.js';
import type { GuidanceServiceRow } from './guidance.repository.js';
import type { GuidanceForm } from './guidance.service.js';

const LABELS = { situation: 'Votre situation', envie: 'Ce que vous voulez faire', metier: 'Métier visé' };
const THEME_OPTIONS = THEMES.map((theme) => ({ value: theme.slug, label: theme.name, hint: theme.summary }));

/** Who sees the page: a visitor (invited to log in to save), or a logged-in person (a save form). */
export type GuidanceViewer = { kind: 'visitor'; logInHref: string } | { kind: 'member'; csrfToken: string };

export interface GuidancePageProps {
  values: GuidanceForm;
  errors: FieldErrors;
  suggestions: JobTitle[];
  results: RankedService<GuidanceServiceRow>[] | null;
  viewer: GuidanceViewer;
  notice?: string;
}

function SaveAnswers({ values, viewer }: { values: GuidanceForm; viewer: GuidanceViewer }) {
  if (viewer.kind === 'visitor') {
    return (
      <p class="fr-mt-4w">
        <a class="fr-link fr-icon-account-line fr-link--icon-left" href={viewer.logInHref}>
          Connectez-vous pour enregistrer vos réponses et retrouver cette sélection sur la page d’accueil
        </a>
      </p>
    );
  }
  return (
    <form method="post" action="/services-pour-moi" class="fr-mt-4w">
      <CsrfField token={viewer.csrfToken} />
      <input type="hidden" name="situation" value={values.situation} />
      <input type="hidden" name="envie" value={values.envie} />
      <input type="hidden" name="metier" value={values.metier} />
      <input type="hidden" name="metierOgr" value={values.metierOgr} />
      <button class="fr-btn fr-btn--secondary fr-icon-save-line fr-btn--icon-left" type="submit">
        Enregistrer mes réponses dans mon profil
      </button>
      <p class="fr-hint-text fr-mt-1w">Vous retrouverez cette sélection sur la page d’accueil quand vous serez connecté.</p>
    </form>
  );
}

export function GuidancePage({ values, errors, suggestions, results, viewer, notice }: GuidancePageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Les services faits pour moi' }]} />
      <h1>Les services faits pour moi</h1>
      <p class="fr-text--lead">Répondez à trois questions : nous vous proposons les services les plus utiles pour vous, en vous disant pourquoi.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={LABELS} />
      {results ? (
        <p>
          <a class="fr-link fr-icon-arrow-down-line fr-link--icon-right" href="#selection">
            Aller directement à votre sélection
          </a>
        </p>
      ) : null}
      <div class="fr-grid-row">
        <form method="get" action="/services-pour-moi" id="questions" class="fr-col-12 fr-col-md-8" novalidate>
          <SituationField legend="1. Quelle est votre situation ?" value={values.situation} error={errors.situation} />
          <RadioFieldset name="envie" legend="2. Que voulez-vous faire en ce moment ?" options={THEME_OPTIONS} value={values.envie} error={errors.envie} />
          <JobTitleField
            label="3. Quel métier visez-vous ? (facultatif)"
            hint="Par exemple « boulanger » ou « aide-soignant ». Laissez vide si vous ne savez pas encore."
            value={values.metier}
            code={values.metierOgr}
            error={errors.metier}
            suggestions={suggestions}
          />
          <button class="fr-btn" type="submit">
            Voir les services faits pour moi
          </button>
        </form>
      </div>
      {results ? (
        <section class="fr-mt-6w" aria-labelledby="selection">
          <h2 id="selection" tabIndex={-1}>
            {results.length ? `Votre sélection : ${plural(results.length, 'service', 'services')}` : 'Aucun service ne correspond à vos réponses'}
          </h2>
          {results.length ? (
            <GuidanceResults results={results} />
          ) : (
            <p>Essayez une autre réponse à la deuxième question, ou laissez le métier vide.</p>
          )}
          <SaveAnswers values={values} viewer={viewer} />
        </section>
      ) : null}
    </div>
  );
}
