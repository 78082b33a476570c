import { CheckboxFieldset, CsrfField, ErrorSummary, Input, RadioFieldset, Textarea } from '../../../../platform/html/forms.js';
import { COMPETENCY_LABELS, type CompetencyId, type StepKind } from '../../engine/scenario.types.js';
import { STEP_KIND_LABELS } from '../draft.js';
import { labelsOf, list, type StepFormValues, text } from '../step-form-values.js';
import { EditorFrame } from './editor-frame.js';
import { ChoiceFields, MediaFields, NextFields } from './step-fields.js';

export interface StepFormPageProps {
  scenario: { slug: string; title: string };
  kind: StepKind;
  /** The step's id when editing; undefined for a new step. */
  stepId?: string;
  values: StepFormValues;
  errors: Record<string, string>;
  stepIds: readonly string[];
  competencies: readonly CompetencyId[];
  action: string;
  csrfToken: string;
}

/** Adding or editing one step of a scenario, with the fields of its kind. */
export function StepFormPage(props: StepFormPageProps) {
  const { values, errors, kind } = props;
  const fields = { values, errors, stepIds: props.stepIds, competencies: props.competencies };
  const title = props.stepId ? `Modifier l’étape « ${props.stepId} »` : `Ajouter une étape : ${STEP_KIND_LABELS[kind].toLowerCase()}`;
  return (
    <EditorFrame title={title} scenario={props.scenario} current={props.stepId ? `Étape « ${props.stepId} »` : 'Nouvelle étape'}>
      <p>
        Type d’étape : <strong>{STEP_KIND_LABELS[kind]}</strong>. Les textes peuvent contenir <code>{'{metier}'}</code> (le métier choisi par le joueur) et <code>{'{entreprise}'}</code>.
      </p>
      <ErrorSummary errors={errors} labels={labelsOf(errors)} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="type" value={kind} />
        {props.stepId ? null : <Input name="id" label="Identifiant de l’étape" hint="Minuscules, chiffres, « - » ou « _ », par exemple « question-motivation ». Il ne change plus ensuite." value={text(values, 'id')} error={errors.id} maxLength={60} required />}
        <Input name="titre" label={kind === 'end' ? 'Titre de la fin' : 'Titre (facultatif)'} value={text(values, 'titre')} error={errors.titre} maxLength={150} />
        {kind === 'scene' ? (
          <>
            <RadioFieldset name="locuteur" legend="Qui parle ?" options={[{ value: 'recruiter', label: 'Le recruteur' }, { value: 'narrator', label: 'Le narrateur' }]} value={text(values, 'locuteur')} error={errors.locuteur} />
            <Textarea name="texte" label="Texte de la scène" value={text(values, 'texte')} error={errors.texte} rows={5} />
            <MediaFields values={values} errors={errors} />
            <NextFields {...fields} />
          </>
        ) : null}
        {kind === 'choice' ? (
          <>
            <Textarea name="question" label="Question du recruteur" value={text(values, 'question')} error={errors.question} rows={3} />
            <MediaFields values={values} errors={errors} />
            <ChoiceFields {...fields} />
            <NextFields {...fields} optional />
          </>
        ) : null}
        {kind === 'text' ? (
          <>
            <Textarea name="question" label="Question du recruteur" value={text(values, 'question')} error={errors.question} rows={3} />
            <Input name="conseil" label="Conseil affiché avant de répondre (facultatif)" value={text(values, 'conseil')} maxLength={500} />
            <CheckboxFieldset
              name="evalue"
              legend="Compétences que cette réponse évalue"
              hint="L’analyse de la réponse écrite ajoute ou retire jusqu’à 3 points sur chacune."
              options={props.competencies.map((competency) => ({ value: competency, label: COMPETENCY_LABELS[competency] }))}
              values={list(values, 'evalue')}
              error={errors.evalue}
            />
            <Input name="longueurMin" type="number" label="Longueur minimale de la réponse (caractères, facultatif)" value={text(values, 'longueurMin')} error={errors.longueurMin} min={1} max={3000} />
            <Input name="longueurMax" type="number" label="Longueur maximale (caractères, facultatif)" value={text(values, 'longueurMax')} error={errors.longueurMax} min={1} max={3000} />
            <MediaFields values={values} errors={errors} />
            <NextFields {...fields} />
          </>
        ) : null}
        {kind === 'end' ? (
          <>
            <Textarea name="texte" label="Texte de la fin" value={text(values, 'texte')} error={errors.texte} rows={4} />
            <RadioFieldset
              name="issue"
              legend="Issue"
              options={[
                { value: 'success', label: 'Réussite' },
                { value: 'neutral', label: 'Neutre' },
                { value: 'failure', label: 'Échec' },
              ]}
              value={text(values, 'issue')}
              error={errors.issue}
            />
          </>
        ) : null}
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <button class="fr-btn" type="submit">
              Enregistrer l’étape dans le brouillon
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={`/simulateur/edition/${props.scenario.slug}`}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </EditorFrame>
  );
}
