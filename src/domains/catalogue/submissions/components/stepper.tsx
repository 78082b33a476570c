import { STEPS, type Step } from '../service-content.js';

/** DSFR stepper: where the partner is among the steps of the form. */
export function Stepper({ current }: { current: Step }) {
  const index = STEPS.indexOf(current);
  const next = STEPS[index + 1];
  return (
    <div class="fr-stepper">
      <h2 class="fr-stepper__title">
        {current.title}
        <span class="fr-stepper__state">
          Étape {index + 1} sur {STEPS.length}
        </span>
      </h2>
      <div class="fr-stepper__steps" data-fr-current-step={index + 1} data-fr-steps={STEPS.length} />
      {next ? (
        <p class="fr-stepper__details">
          <span class="fr-text--bold">Étape suivante :</span> {next.title}
        </p>
      ) : null}
    </div>
  );
}

/** Links to every step (a partner may go back to any of them). */
export function StepLinks({ current, href }: { current: Step; href: (step: Step) => string }) {
  return (
    <nav aria-label="Étapes de la fiche" class="fr-mb-3w">
      <ol class="es-step-links">
        {STEPS.map((step, index) => (
          <li key={step.slug}>
            {step === current ? (
              <span aria-current="step" class="fr-text--bold">
                {index + 1}. {step.title}
              </span>
            ) : (
              <a href={href(step)}>
                {index + 1}. {step.title}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
