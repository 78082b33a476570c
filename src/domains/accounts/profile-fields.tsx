import type { Option } from '../../platform/html/forms.js';
import { SITUATION_LABELS, SITUATIONS } from './profile.vocabulary.js';

export interface RadioOption extends Option {
  hint?: string;
}

/**
 * DSFR radio buttons in a fieldset, the error linked to the legend. The first button carries the
 * id `champ-<name>`, so that the error summary's link lands on it.
 */
export function RadioFieldset({ name, legend, hint, options, value, error }: { name: string; legend: string; hint?: string; options: RadioOption[]; value?: string; error?: string }) {
  const id = `champ-${name}`;
  return (
    <fieldset class={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`} aria-labelledby={`${id}-legende${error ? ` ${id}-erreur` : ''}`}>
      <legend class="fr-fieldset__legend" id={`${id}-legende`}>
        {legend}
        {hint ? <span class="fr-hint-text">{hint}</span> : null}
      </legend>
      {options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="fr-fieldset__element" key={option.value}>
            <div class="fr-radio-group">
              <input type="radio" id={inputId} name={name} value={option.value} checked={value === option.value} />
              <label class="fr-label" for={inputId}>
                {option.label}
                {option.hint ? <span class="fr-hint-text">{option.hint}</span> : null}
              </label>
            </div>
          </div>
        );
      })}
      {error ? (
        <div class="fr-messages-group" id={`${id}-erreur`}>
          <p class="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}

export const SITUATION_OPTIONS: RadioOption[] = SITUATIONS.map((situation) => ({ value: situation, label: SITUATION_LABELS[situation] }));

export function SituationField({ value, error, legend = 'Votre situation' }: { value?: string; error?: string; legend?: string }) {
  return <RadioFieldset name="situation" legend={legend} options={SITUATION_OPTIONS} value={value} error={error} />;
}
