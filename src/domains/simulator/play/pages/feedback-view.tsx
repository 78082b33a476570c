import type { AnswerFeedback } from '../../engine/scenario.types.js';
import { AnswerRemarks, describeGains } from './answer-remarks.js';

/**
 * What the coach says about the previous answer. Reached by the `#retour` anchor after each answer,
 * it takes the focus (app.js, data-focus-on-arrival) so that keyboard and screen reader users read
 * it first.
 */
export function FeedbackView({ feedback, answerText }: { feedback: AnswerFeedback; answerText?: string }) {
  if (feedback.type === 'continue' && !feedback.message) return null;
  const gains = describeGains(feedback.gained);
  return (
    <section class="fr-callout fr-callout--blue-ecume fr-mt-4w es-feedback" id="retour" tabIndex={-1} data-focus-on-arrival="" aria-labelledby="retour-titre">
      <h2 class="fr-callout__title fr-h4" id="retour-titre">
        Retour sur votre réponse précédente
      </h2>
      {feedback.message ? <p class="fr-callout__text">{feedback.message}</p> : null}
      {gains ? <p class="fr-text--sm fr-mt-1w">Effet sur vos compétences : {gains}.</p> : null}
      {feedback.type === 'text' && feedback.analysis && answerText !== undefined ? <AnswerRemarks text={answerText} remarks={feedback.analysis.remarks} id="retour-analyse" /> : null}
    </section>
  );
}
