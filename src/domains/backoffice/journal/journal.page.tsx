import { Pagination, plural } from '../../../platform/html/components.js';
import { ErrorSummary, type FieldErrors, fieldIds, FieldGroup, Input, Select } from '../../../platform/html/forms.js';
import { BackofficeLayout } from '../backoffice-layout.js';
import { DiffTable, EntryFacts } from './journal-entry.js';
import type { JournalLabels } from './journal.labels.js';
import type { JournalResult, JournalValues } from './journal.service.js';

const FIELD_LABELS: Record<keyof JournalValues, string> = {
  q: 'Rechercher',
  action: 'Action',
  sujet: 'Type de sujet',
  acteur: 'Auteur',
  du: 'Du',
  au: 'Au',
};

export function journalUrl(values: JournalValues, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/administration/journal${query ? `?${query}` : ''}`;
}

function DateInput({ name, label, value, error }: { name: string; label: string; value: string; error?: string }) {
  const hint = 'Format attendu : JJ/MM/AAAA';
  const { id, describedBy } = fieldIds(name, hint, error);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      {/* A value that is not a day stays visible as typed (a date field would blank it). */}
      <input class={`fr-input${error ? ' fr-input--error' : ''}`} type={value && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? 'text' : 'date'} id={id} name={name} value={value} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </FieldGroup>
  );
}

function Filters({ result, labels }: { result: JournalResult; labels: JournalLabels }) {
  const { values, errors, choices } = result;
  // A value typed in the address that is not offered stays visible (and is reported) rather than vanishing.
  const withTyped = (options: { value: string; label: string }[], typed: string) => (typed && !options.some((option) => option.value === typed) ? [...options, { value: typed, label: typed }] : options);
  return (
    <form method="get" action="/administration/journal" class="fr-mb-4w">
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12">
          <Input name="q" type="search" label={FIELD_LABELS.q} hint="Mots du résumé ou nom de l’auteur" value={values.q} maxLength={200} error={errors.q} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <Select name="action" label={FIELD_LABELS.action} placeholder="Toutes les actions" value={values.action} error={errors.action} options={withTyped(choices.actions.map((action) => ({ value: action, label: labels.action(action) })), values.action)} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <Select name="sujet" label={FIELD_LABELS.sujet} placeholder="Tous les types" value={values.sujet} error={errors.sujet} options={withTyped(choices.subjectKinds.map((kind) => ({ value: kind, label: labels.subject(kind) })), values.sujet)} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <Select name="acteur" label={FIELD_LABELS.acteur} placeholder="Toute l’équipe" value={values.acteur} error={errors.acteur} options={withTyped(choices.actors.map((actor) => ({ value: String(actor.id), label: actor.name })), values.acteur)} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <DateInput name="du" label={FIELD_LABELS.du} value={values.du} error={errors.du} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <DateInput name="au" label={FIELD_LABELS.au} value={values.au} error={errors.au} />
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <button class="fr-btn" type="submit">
            Filtrer le journal
          </button>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/administration/journal">
            Effacer les filtres
          </a>
        </li>
      </ul>
    </form>
  );
}

/** The audit log: every staff action, newest first, searchable and filterable. */
export function JournalPage({ result, labels }: { result: JournalResult; labels: JournalLabels }) {
  const errors: FieldErrors = result.errors;
  const invalid = Object.keys(errors).length > 0;
  return (
    <BackofficeLayout section="journal" title="Journal des actions">
      <p>Chaque action de l’équipe (modération, thématiques, services à la une, publications…) avec son auteur, sa date et les valeurs avant et après.</p>
      <ErrorSummary errors={errors} labels={FIELD_LABELS} />
      <Filters result={result} labels={labels} />
      {invalid ? null : (
        <section aria-labelledby="titre-resultats">
          <h2 id="titre-resultats" class="fr-h4">
            {result.total ? plural(result.total, 'action', 'actions') : 'Aucune action'}
            {result.pageCount > 1 ? ` — page ${result.page} sur ${result.pageCount}` : ''}
          </h2>
          {result.total ? null : <p>Aucune action ne correspond à ces critères.</p>}
          <ol class="es-unstyled-list">
            {result.entries.map((entry) => (
              <li key={entry.id} class="fr-py-2w">
                <h3 class="fr-h6 fr-mb-1w">
                  <a href={`/administration/journal/${entry.id}`}>{entry.summary}</a>
                </h3>
                <EntryFacts entry={entry} labels={labels} />
                {entry.before === null && entry.after === null ? null : (
                  <details>
                    <summary>Voir avant / après</summary>
                    <DiffTable entry={entry} />
                  </details>
                )}
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => journalUrl(result.values, page)} />
        </section>
      )}
    </BackofficeLayout>
  );
}
