import { CheckboxFieldset, CsrfField, ErrorSummary, Input, RadioFieldset, Select, Textarea } from '../../../../platform/html/forms.js';
import { COMPETENCIES, COMPETENCY_LABELS, INTERVIEW_KIND_LABELS, INTERVIEW_KINDS } from '../../engine/scenario.types.js';
import type { AuthorScope } from '../authoring-access.js';
import { METADATA_LABELS, OPERATOR_OWNER } from '../metadata-form.js';
import { list, type StepFormValues, text } from '../step-form-values.js';
import { EDITOR_HOME, EditorFrame, editorHref } from './editor-frame.js';

export interface MetadataPageProps {
  /** Undefined when creating a scenario. */
  scenario?: { slug: string; title: string };
  values: StepFormValues;
  errors: Record<string, string>;
  scope: AuthorScope;
  csrfToken: string;
}

/** Creating a scenario, or changing its information (everything but the steps). */
export function MetadataPage({ scenario, values, errors, scope, csrfToken }: MetadataPageProps) {
  const creating = !scenario;
  const owners = [...(scope.staff ? [{ value: OPERATOR_OWNER, label: 'L’opérateur (scénario officiel)' }] : []), ...scope.organisations.map((organisation) => ({ value: String(organisation.id), label: organisation.name }))];
  return (
    <EditorFrame title={creating ? 'Nouveau scénario' : `Informations du scénario « ${scenario.title} »`} scenario={scenario} current={creating ? 'Nouveau scénario' : 'Informations'}>
      <ErrorSummary errors={errors} labels={METADATA_LABELS} />
      <form method="post" action={creating ? `${EDITOR_HOME}/nouveau` : `${editorHref(scenario.slug)}/informations`} novalidate>
        <CsrfField token={csrfToken} />
        <Input name="titre" label="Titre" value={text(values, 'titre')} error={errors.titre} maxLength={150} />
        {creating ? (
          <>
            <Input name="adresse" label="Adresse (facultative)" hint="Minuscules, chiffres et tirets ; tirée du titre si vous la laissez vide. Elle ne change plus ensuite." value={text(values, 'adresse')} error={errors.adresse} maxLength={80} />
            {owners.length > 1 || !scope.staff ? <Select name="organisation" label="Organisation" placeholder="Choisir l’organisation" options={owners} value={text(values, 'organisation')} error={errors.organisation} /> : <input type="hidden" name="organisation" value={OPERATOR_OWNER} />}
          </>
        ) : null}
        <RadioFieldset
          name="genre"
          legend="Genre"
          options={[
            { value: 'entretien', label: 'Entretien du simulateur', hint: 'Proposé sur /simulateur selon le métier et le type d’entretien choisis.' },
            { value: 'jeu-serieux', label: 'Jeu sérieux', hint: 'Joué depuis sa propre page, /jeux-serieux/…' },
          ]}
          value={text(values, 'genre')}
          error={errors.genre}
        />
        <Textarea name="resume" label="Résumé" value={text(values, 'resume')} error={errors.resume} rows={3} maxLength={1000} />
        <Input name="codesRome" label="Codes ROME des métiers visés (facultatif)" hint="Séparés par des virgules, par exemple « D1106, D1402 »." value={text(values, 'codesRome')} error={errors.codesRome} maxLength={300} />
        <CheckboxFieldset name="typesEntretien" legend="Types d’entretien proposés" options={INTERVIEW_KINDS.map((kind) => ({ value: kind, label: INTERVIEW_KIND_LABELS[kind] }))} values={list(values, 'typesEntretien')} error={errors.typesEntretien} />
        <CheckboxFieldset name="competences" legend="Compétences évaluées" options={COMPETENCIES.map((competency) => ({ value: competency, label: COMPETENCY_LABELS[competency] }))} values={list(values, 'competences')} error={errors.competences} />
        <fieldset class="fr-fieldset" aria-labelledby="recruteur-legende">
          <legend class="fr-fieldset__legend" id="recruteur-legende">
            Le recruteur
          </legend>
          <div class="fr-fieldset__element">
            <Input name="recruteurNom" label="Nom" value={text(values, 'recruteurNom')} error={errors.recruteurNom} maxLength={80} />
          </div>
          <div class="fr-fieldset__element">
            <Input name="recruteurRole" label="Fonction" value={text(values, 'recruteurRole')} error={errors.recruteurRole} maxLength={120} />
          </div>
          <div class="fr-fieldset__element">
            <Input name="recruteurEntreprise" label="Entreprise (quand le joueur n’en indique pas)" value={text(values, 'recruteurEntreprise')} error={errors.recruteurEntreprise} maxLength={100} />
          </div>
          <div class="fr-fieldset__element">
            <Textarea name="recruteurDescription" label="Présentation" value={text(values, 'recruteurDescription')} error={errors.recruteurDescription} rows={2} maxLength={1000} />
          </div>
        </fieldset>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button class="fr-btn" type="submit">
              {creating ? 'Créer le scénario' : 'Enregistrer les informations'}
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={creating ? EDITOR_HOME : editorHref(scenario.slug)}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </EditorFrame>
  );
}
