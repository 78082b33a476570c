import { Breadcrumb } from '../../../../platform/html/components.js';
import { CsrfField } from '../../../../platform/html/forms.js';
import { type AnswerFeedback, type Debrief, INTERVIEW_KIND_LABELS, type InterviewKind, type RecruiterPersona, type ResolvedStep } from '../../engine/scenario.types.js';
import type { CompetencyResources } from '../../resources/resource-links.js';
import { DebriefView } from './debrief-view.js';
import { FeedbackView } from './feedback-view.js';
import { progressOf, StepView } from './step-view.js';

/** Who plays: a visitor (their address is the key), the owner, or a logged-in person on an anonymous attempt. */
export type AttemptViewer = 'visiteur' | 'proprietaire' | 'peut-garder';

export interface AttemptPageProps {
  title: string;
  jobLabel: string;
  interviewKind: string;
  persona: RecruiterPersona;
  company: string;
  action: string;
  csrfToken: string;
  viewer: AttemptViewer;
  feedback: AnswerFeedback | null;
  /** The text of the previous answer, when it was written. */
  previousText?: string;
  step: ResolvedStep | null;
  debrief: { debrief: Debrief; resources: CompetencyResources[]; reportHref: string; againHref: string } | null;
  answerError?: string;
  answerText?: string;
  crumb: { label: string; href: string };
}

function KeepAttempt({ viewer, action, csrfToken }: { viewer: AttemptViewer; action: string; csrfToken: string }) {
  if (viewer === 'proprietaire') return <p class="fr-text--sm">Cette partie est enregistrée dans votre espace : vous pourrez la reprendre depuis « Mes simulations d’entretien ».</p>;
  if (viewer === 'peut-garder') {
    return (
      <form method="post" action={`${action}/garder`} class="fr-mb-2w">
        <CsrfField token={csrfToken} />
        <button class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-save-line fr-btn--icon-left" type="submit">
          Garder cette partie dans mon espace
        </button>
      </form>
    );
  }
  return <p class="fr-text--sm">Partie sans compte : gardez l’adresse de cette page pour y revenir, ou connectez-vous avant de commencer pour retrouver vos parties dans votre espace.</p>;
}

/** An attempt: the feedback of the previous answer, then the current step, or the debrief at the end. */
export function AttemptPage(props: AttemptPageProps) {
  const progress = props.step ? progressOf(props.step) : null;
  const kind = INTERVIEW_KIND_LABELS[props.interviewKind as InterviewKind] ?? props.interviewKind;
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, props.crumb, { label: props.debrief ? 'Bilan' : 'Partie en cours' }]} />
      <h1>{props.title}</h1>
      <p class="fr-mb-1w">
        <span class="fr-text--bold">Métier visé :</span> {props.jobLabel} — <span class="fr-text--bold">{kind}</span> — recruteur : {props.persona.name}, {props.persona.role}, {props.company}
      </p>
      <KeepAttempt viewer={props.viewer} action={props.action} csrfToken={props.csrfToken} />
      {progress ? (
        <div class="es-progress fr-mt-2w">
          <p class="fr-mb-1v fr-text--bold" id="progression">
            Question {progress.number} sur {progress.total}
          </p>
          <progress max={progress.total} value={progress.number - 1} aria-labelledby="progression" />
        </div>
      ) : null}
      {props.feedback ? <FeedbackView feedback={props.feedback} answerText={props.previousText} /> : null}
      {props.step ? (
        <StepView step={props.step} persona={props.persona} company={props.company} action={props.action} csrfToken={props.csrfToken} error={props.answerError} text={props.answerText} />
      ) : null}
      {props.debrief ? <DebriefView {...props.debrief} /> : null}
    </div>
  );
}
