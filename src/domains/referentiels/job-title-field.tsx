import { FieldGroup, fieldIds } from '../../platform/html/forms.js';
import type { JobTitle } from './appellations.repository.js';

export interface JobTitleFieldProps {
  label: string;
  hint?: string;
  /** The text typed (kept on errors). */
  value: string;
  /** The OGR code the autocomplete filled in, or of the saved title. */
  code?: string;
  error?: string;
  /** Close titles to choose from after an ambiguous or unknown answer. */
  suggestions?: JobTitle[];
}

/** The script that turns the field into a combobox; add it to the page's `head`. */
export const JOB_AUTOCOMPLETE_SCRIPT = '/static/js/job-autocomplete.js';

/**
 * A job title typed freely (resolved on the server) that JavaScript enhances into a combobox over
 * /api/v1/referentiels/appellations. Fields: `metier` (text), `metierOgr` (filled in by the
 * script), `metierSuggestion` (a suggestion picked after an ambiguous answer).
 */
export function JobTitleField({ label, hint, value, code, error, suggestions = [] }: JobTitleFieldProps) {
  const { id, describedBy } = fieldIds('metier', hint, error);
  return (
    <>
      <FieldGroup id={id} label={label} hint={hint} error={error}>
        <input
          class={`fr-input${error ? ' fr-input--error' : ''}`}
          type="text"
          id={id}
          name="metier"
          value={value}
          maxLength={200}
          autocomplete="off"
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          data-job-autocomplete="/api/v1/referentiels/appellations"
        />
        <input type="hidden" name="metierOgr" value={code ?? ''} data-job-code="" />
      </FieldGroup>
      {suggestions.length ? (
        <fieldset class="fr-fieldset" id="champ-metierSuggestion" aria-labelledby="champ-metierSuggestion-legende">
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="champ-metierSuggestion-legende">
            Métiers proches de votre saisie
          </legend>
          {suggestions.map((job) => (
            <div class="fr-fieldset__element" key={job.ogrCode}>
              <div class="fr-radio-group">
                <input type="radio" id={`metier-suggestion-${job.ogrCode}`} name="metierSuggestion" value={job.ogrCode} />
                <label class="fr-label" for={`metier-suggestion-${job.ogrCode}`}>
                  {job.label}
                  {job.romeCode ? <span class="fr-hint-text">{`${job.romeLabel ?? 'Fiche ROME'} (${job.romeCode})`}</span> : null}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
