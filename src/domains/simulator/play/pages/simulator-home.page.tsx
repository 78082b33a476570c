import { Breadcrumb } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, RadioFieldset } from '../../../../platform/html/forms.js';
import { type JobTitle, JobTitleField } from '../../../referentiels/index.js';
import { INTERVIEW_KIND_LABELS, INTERVIEW_KINDS, type InterviewKind } from '../../engine/scenario.types.js';

export interface StartForm {
  metier: string;
  metierOgr: string;
  metierSuggestion: string;
  typeEntretien: string;
  entreprise: string;
}

export const EMPTY_START_FORM: StartForm = { metier: '', metierOgr: '', metierSuggestion: '', typeEntretien: '', entreprise: '' };
export const START_LABELS = { metier: 'Métier visé', typeEntretien: 'Type d’entretien', entreprise: 'Entreprise' };

const KIND_HINTS: Record<InterviewKind, string> = {
  premier_entretien: 'Le recruteur vous reçoit dans ses locaux.',
  entretien_telephonique: 'Un premier échange au téléphone, souvent court.',
  entretien_collectif: 'Plusieurs candidats reçus ensemble.',
};

export interface SimulatorHomeProps {
  values: StartForm;
  errors: FieldErrors;
  suggestions: JobTitle[];
  csrfToken: string;
  /** Interview kinds offered by at least one published scenario. */
  kinds: InterviewKind[];
  loggedIn: boolean;
}

/** /simulateur: how it works, then the job and the kind of interview. */
export function SimulatorHomePage({ values, errors, suggestions, csrfToken, kinds, loggedIn }: SimulatorHomeProps) {
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Simulateur d’entretien d’embauche' }]} />
      <h1>Simulateur d’entretien d’embauche</h1>
      <p class="fr-text--lead">Entraînez-vous face à un recruteur virtuel : une dizaine de questions, un retour après chaque réponse et un bilan à la fin, à télécharger.</p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-8">
          <ErrorSummary errors={errors} labels={START_LABELS} />
          {kinds.length ? (
            <form method="post" action="/simulateur" novalidate>
              <CsrfField token={csrfToken} />
              <JobTitleField
                label="Quel métier visez-vous ?"
                hint="Par exemple « vendeur », « serveur » ou « secrétaire » : les questions et l’analyse de vos réponses s’y adaptent."
                value={values.metier}
                code={values.metierOgr}
                error={errors.metier}
                suggestions={suggestions}
              />
              <RadioFieldset
                name="typeEntretien"
                legend="Quel type d’entretien voulez-vous préparer ?"
                options={INTERVIEW_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => ({ value: kind, label: INTERVIEW_KIND_LABELS[kind], hint: KIND_HINTS[kind] }))}
                value={values.typeEntretien}
                error={errors.typeEntretien}
              />
              <Input name="entreprise" label="Nom de l’entreprise (facultatif)" hint="Le recruteur parlera de cette entreprise ; sinon, d’une entreprise imaginaire." value={values.entreprise} error={errors.entreprise} maxLength={100} autocomplete="organization" />
              <button class="fr-btn fr-icon-play-line fr-btn--icon-left" type="submit">
                Commencer l’entretien
              </button>
            </form>
          ) : (
            <Notice type="info">Le simulateur n’a pas encore de scénario publié : revenez bientôt.</Notice>
          )}
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <div class="fr-callout">
            <h2 class="fr-callout__title fr-h5">Comment vos réponses sont analysées</h2>
            <p class="fr-callout__text fr-text--sm">
              Tout se passe sur ce site, sans service d’intelligence artificielle extérieur. Vos réponses écrites sont lues par des règles simples et expliquées : longueur, structure (situation, action, résultat), exemples chiffrés, vocabulaire du métier, mots d’hésitation, formules de politesse. Chaque remarque montre les mots qui l’ont provoquée.
            </p>
          </div>
          <p class="fr-mt-2w">
            {loggedIn ? (
              <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/mon-espace/simulations">
                Mes simulations d’entretien
              </a>
            ) : (
              <a class="fr-link fr-icon-account-line fr-link--icon-left" href="/connexion?retour=%2Fsimulateur">
                Connectez-vous pour garder vos parties et les reprendre plus tard
              </a>
            )}
          </p>
          <p>
            <a class="fr-link fr-icon-gamepad-line fr-link--icon-left" href="/jeux-serieux">
              Les jeux sérieux
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}
