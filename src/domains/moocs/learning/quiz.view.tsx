import { CsrfField } from '../../../platform/html/forms.js';
import type { QuizQuestion, QuizScore } from './quiz.js';

/** The quiz form: native radio buttons (single choice) or checkboxes (multiple) in fieldsets. */
export function QuizForm({ action, questions, csrfToken, disabled }: { action: string; questions: QuizQuestion[]; csrfToken: string; disabled?: boolean }) {
  return (
    <form method="post" action={action}>
      <CsrfField token={csrfToken} />
      {questions.map((question, index) => {
        const name = `q${question.id}`;
        const legendId = `question-${question.id}`;
        return (
          <fieldset class="fr-fieldset fr-mb-3w" aria-labelledby={legendId} key={question.id}>
            <legend class="fr-fieldset__legend" id={legendId}>
              Question {index + 1} : {question.prompt}
              <span class="fr-hint-text">{question.kind === 'unique' ? 'Une seule réponse possible.' : 'Plusieurs réponses possibles : cochez toutes les bonnes réponses.'}</span>
            </legend>
            {question.choices.map((choice) => {
              const id = `choix-${choice.id}`;
              return (
                <div class="fr-fieldset__element" key={choice.id}>
                  <div class={question.kind === 'unique' ? 'fr-radio-group' : 'fr-checkbox-group'}>
                    <input type={question.kind === 'unique' ? 'radio' : 'checkbox'} id={id} name={name} value={String(choice.id)} disabled={disabled} />
                    <label class="fr-label" for={id}>
                      {choice.label}
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <button class="fr-btn" type="submit" disabled={disabled}>
        Valider mes réponses
      </button>
    </form>
  );
}

/** The result of an attempt: score, then per question right/wrong, the feedback of each chosen answer and the explanation. */
export function QuizResult({
  questions,
  result,
  passMark,
  attempt,
  retryHref,
  attemptsLeft,
}: {
  questions: QuizQuestion[];
  result: QuizScore;
  passMark: number;
  attempt: number | null;
  /** Set when the learner may try again. */
  retryHref: string | null;
  /** null: unlimited. */
  attemptsLeft: number | null;
}) {
  const right = result.questions.filter((question) => question.right).length;
  return (
    <section aria-labelledby="titre-resultat">
      <div id="resultat" tabIndex={-1} data-focus-on-arrival class={`fr-alert ${result.passed ? 'fr-alert--success' : 'fr-alert--warning'} fr-mb-4w`}>
        <h2 class="fr-alert__title" id="titre-resultat">
          {result.passed ? 'Quiz réussi' : 'Quiz non réussi'} : {result.score} %{attempt ? ` (tentative ${attempt})` : ''}
        </h2>
        <p>
          {right} bonne{right > 1 ? 's' : ''} réponse{right > 1 ? 's' : ''} sur {questions.length}. Il faut {passMark} % pour réussir.
          {!result.passed && attemptsLeft !== null ? ` Il vous reste ${attemptsLeft} tentative${attemptsLeft > 1 ? 's' : ''}.` : ''}
        </p>
        {retryHref ? (
          <p>
            <a class="fr-btn fr-btn--secondary fr-mt-1w" href={retryHref}>
              Réessayer
            </a>
          </p>
        ) : null}
      </div>
      {questions.map((question, index) => {
        const outcome = result.questions.find((item) => item.questionId === question.id);
        const chosen = question.choices.filter((choice) => outcome?.chosen.includes(choice.id));
        return (
          <div class="fr-mb-4w" key={question.id}>
            <h3 class="fr-h6 fr-mb-1w">
              Question {index + 1} : {question.prompt}
            </h3>
            <p class={`fr-badge fr-badge--sm ${outcome?.right ? 'fr-badge--success' : 'fr-badge--error'}`}>{outcome?.right ? 'Bonne réponse' : 'Mauvaise réponse'}</p>
            {chosen.length ? (
              <ul>
                {chosen.map((choice) => (
                  <li key={choice.id}>
                    Votre réponse : « {choice.label} »{choice.feedback ? ` — ${choice.feedback}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Vous n’avez pas répondu à cette question.</p>
            )}
            {question.explanation ? (
              <p>
                <strong>Explication :</strong> {question.explanation}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
