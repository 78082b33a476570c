import type { ComponentChildren } from 'preact';

/** Errors of a submitted form, by field name. */
export type FieldErrors = Record<string, string>;

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** DSFR error summary at the top of a form: each error links to its field. */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div class="fr-alert fr-alert--error fr-mb-4w" role="alert" id="resume-erreurs" tabIndex={-1}>
      <h2 class="fr-alert__title">{entries.length > 1 ? `Le formulaire contient ${entries.length} erreurs` : 'Le formulaire contient une erreur'}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#champ-${field}`}>{labels?.[field] ? `${labels[field]} : ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Id of a field's control, and the ids its hint and error get (for aria-describedby). */
export function fieldIds(name: string, hint?: string, error?: string) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  return { id, describedBy };
}

/** DSFR field group: label with hint, the control, the error message linked by aria-describedby. */
export function FieldGroup({ id, label, hint, error, kind = 'input', children }: { id: string; label: string; hint?: string; error?: string; kind?: 'input' | 'select'; children: ComponentChildren }) {
  return (
    <div class={`fr-${kind}-group${error ? ` fr-${kind}-group--error` : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint ? (
          <span class="fr-hint-text" id={`${id}-aide`}>
            {hint}
          </span>
        ) : null}
      </label>
      {children}
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface InputProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'number';
  value?: string;
  hint?: string;
  error?: string;
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
}

/** DSFR input (a password is never written back into the page). */
export function Input({ name, label, type = 'text', value, hint, error, autocomplete, required, maxLength, min, max }: InputProps) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        class={`fr-input${error ? ' fr-input--error' : ''}`}
        type={type}
        id={id}
        name={name}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        maxLength={maxLength}
        min={min}
        max={max}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldGroup>
  );
}

export function Textarea({ name, label, value, hint, error, maxLength, rows = 6 }: Omit<InputProps, 'type'> & { rows?: number }) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea class={`fr-input${error ? ' fr-input--error' : ''}`} id={id} name={name} rows={rows} maxLength={maxLength} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        {value ?? ''}
      </textarea>
    </FieldGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({ name, label, options, value, error, hint, placeholder = 'Sélectionner une option' }: { name: string; label: string; options: Option[]; value?: string; error?: string; hint?: string; placeholder?: string }) {
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} kind="select">
      <select class={`fr-select${error ? ' fr-select--error' : ''}`} id={id} name={name} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        <option value="" selected={!value}>
          {placeholder}
        </option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

export function Notice({ children, type = 'success' }: { children: ComponentChildren; type?: 'success' | 'info' | 'warning' | 'error' }) {
  return (
    <div class={`fr-alert fr-alert--${type} fr-alert--sm fr-mb-3w`} role={type === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}

export interface RadioOption extends Option {
  hint?: string;
}

/**
 * DSFR radio buttons or checkboxes in a fieldset, the error linked to the legend. The first input
 * carries the id `champ-<name>`, so that the error summary's link lands on it.
 */
function ChoiceFieldset(props: { type: 'radio' | 'checkbox'; name: string; legend: string; hint?: string; options: RadioOption[]; checked: (value: string) => boolean; error?: string; inline?: boolean }) {
  const { type, name, error } = props;
  const id = `champ-${name}`;
  return (
    <fieldset class={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`} aria-labelledby={`${id}-legende${error ? ` ${id}-erreur` : ''}`}>
      <legend class="fr-fieldset__legend" id={`${id}-legende`}>
        {props.legend}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </legend>
      {props.options.map((option, index) => {
        const inputId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class={`fr-fieldset__element${props.inline ? ' fr-fieldset__element--inline' : ''}`} key={option.value}>
            <div class={`fr-${type}-group`}>
              <input type={type} id={inputId} name={name} value={option.value} checked={props.checked(option.value)} />
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

/** DSFR radio buttons in a fieldset (one value). */
export function RadioFieldset({ name, legend, hint, options, value, error }: { name: string; legend: string; hint?: string; options: RadioOption[]; value?: string; error?: string }) {
  return <ChoiceFieldset type="radio" name={name} legend={legend} hint={hint} options={options} checked={(option) => option === value} error={error} />;
}

/** DSFR checkboxes in a fieldset (several values under one name). */
export function CheckboxFieldset({ name, legend, hint, options, values, error, inline = false }: { name: string; legend: string; hint?: string; options: RadioOption[]; values: readonly string[]; error?: string; inline?: boolean }) {
  return <ChoiceFieldset type="checkbox" name={name} legend={legend} hint={hint} options={options} checked={(option) => values.includes(option)} error={error} inline={inline} />;
}
