import { CsrfField, ErrorSummary, RadioFieldset, Select, Textarea } from '../../../../platform/html/forms.js';
import type { AuthorScope } from '../authoring-access.js';
import { OPERATOR_OWNER } from '../metadata-form.js';
import { EDITOR_HOME, EditorFrame, editorHref } from './editor-frame.js';

export interface ImportPageProps {
  /** Importing a new version of this scenario; undefined: a new scenario. */
  scenario?: { slug: string; title: string };
  json: string;
  organisation: string;
  /** Genre of a new scenario: 'entretien' or 'jeu-serieux'. */
  genre: string;
  /** Errors of the form: `json` for the document (each validator issue names its step). */
  errors: Record<string, string>;
  /** The validator's messages, each naming the step concerned. */
  issues: string[];
  scope: AuthorScope;
  csrfToken: string;
}

/** Import a scenario document (JSON): pasted in a text area or sent as a file; refused with the validator's messages. */
export function ImportPage({ scenario, json, organisation, genre, errors, issues, scope, csrfToken }: ImportPageProps) {
  const owners = [...(scope.staff ? [{ value: OPERATOR_OWNER, label: 'L’opérateur (scénario officiel)' }] : []), ...scope.organisations.map((item) => ({ value: String(item.id), label: item.name }))];
  const action = scenario ? `${editorHref(scenario.slug)}/importer` : `${EDITOR_HOME}/importer`;
  return (
    <EditorFrame title={scenario ? `Importer une nouvelle version de « ${scenario.title} »` : 'Importer un scénario'} scenario={scenario} current="Importer un JSON">
      <p>
        {scenario
          ? 'Le document importé remplace le brouillon et devient une nouvelle version (à publier ensuite). Son identifiant devient l’adresse du scénario.'
          : 'Le document importé devient un nouveau scénario, en brouillon, avec une première version à publier. Son identifiant (« id ») donne l’adresse du scénario.'}
      </p>
      <ErrorSummary errors={errors} labels={{ json: 'Document JSON', fichier: 'Fichier JSON', organisation: 'Organisation' }} />
      {issues.length ? (
        <div class="fr-alert fr-alert--error fr-mb-3w">
          <h2 class="fr-alert__title">Le scénario est refusé : {issues.length > 1 ? `${issues.length} erreurs` : 'une erreur'}</h2>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{issue}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrfToken} />
        {!scenario && (owners.length > 1 || !scope.staff) ? <Select name="organisation" label="Organisation" placeholder="Choisir l’organisation" options={owners} value={organisation} error={errors.organisation} /> : null}
        {!scenario && owners.length === 1 && scope.staff ? <input type="hidden" name="organisation" value={OPERATOR_OWNER} /> : null}
        {!scenario ? (
          <RadioFieldset
            name="genre"
            legend="Genre"
            options={[
              { value: 'entretien', label: 'Entretien du simulateur' },
              { value: 'jeu-serieux', label: 'Jeu sérieux' },
            ]}
            value={genre}
          />
        ) : null}
        <div class={`fr-upload-group${errors.fichier ? ' fr-upload-group--error' : ''}`}>
          <label class="fr-label" for="champ-fichier">
            Fichier JSON
            <span class="fr-hint-text">Un fichier exporté depuis l’éditeur (.json, 2 Mo au plus). Ou collez le document ci-dessous.</span>
          </label>
          <input class="fr-upload" type="file" id="champ-fichier" name="fichier" accept="application/json,.json" aria-describedby={errors.fichier ? 'champ-fichier-erreur' : undefined} />
          {errors.fichier ? (
            <p class="fr-error-text" id="champ-fichier-erreur">
              {errors.fichier}
            </p>
          ) : null}
        </div>
        <Textarea name="json" label="Ou le document JSON" value={json} error={errors.json} rows={14} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn fr-icon-upload-line fr-btn--icon-left" type="submit">
              Importer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={scenario ? editorHref(scenario.slug) : EDITOR_HOME}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </EditorFrame>
  );
}
