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

/** DSFR input group with label, hint and error message wired by aria-describedby. */
export function Input({ name, label, type = 'text', value, hint, error, autocomplete, required, maxLength, min, max }: InputProps) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint ? (
          <span class="fr-hint-text" id={`${id}-aide`}>
            {hint}
          </span>
        ) : null}
      </label>
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
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Textarea({ name, label, value, hint, error, maxLength, rows = 6 }: Omit<InputProps, 'type'> & { rows?: number }) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint ? (
          <span class="fr-hint-text" id={`${id}-aide`}>
            {hint}
          </span>
        ) : null}
      </label>
      <textarea class={`fr-input${error ? ' fr-input--error' : ''}`} id={id} name={name} rows={rows} maxLength={maxLength} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        {value ?? ''}
      </textarea>
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({ name, label, options, value, error, hint, placeholder = 'Sélectionner une option' }: { name: string; label: string; options: Option[]; value?: string; error?: string; hint?: string; placeholder?: string }) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        {hint ? (
          <span class="fr-hint-text" id={`${id}-aide`}>
            {hint}
          </span>
        ) : null}
      </label>
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
      {error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Notice({ children, type = 'success' }: { children: ComponentChildren; type?: 'success' | 'info' | 'warning' | 'error' }) {
  return (
    <div class={`fr-alert fr-alert--${type} fr-alert--sm fr-mb-3w`} role={type === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}
