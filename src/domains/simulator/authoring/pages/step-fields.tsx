import { Input, type Option, Select, Textarea } from '../../../../platform/html/forms.js';
import { COMPETENCY_LABELS, type CompetencyId, INTERVIEW_KIND_LABELS, INTERVIEW_KINDS } from '../../engine/scenario.types.js';
import { describeCondition, describeNext } from '../draft.js';
import { branchRows, choiceRows, type StepFormValues, text } from '../step-form-values.js';

export interface FieldsProps {
  values: StepFormValues;
  errors: Record<string, string>;
  /** Ids of the scenario's steps, for the transitions. */
  stepIds: readonly string[];
  competencies: readonly CompetencyId[];
}

const OPERATOR_OPTIONS: Option[] = [
  { value: '>=', label: 'au moins (≥)' },
  { value: '>', label: 'plus de (>)' },
  { value: '<=', label: 'au plus (≤)' },
  { value: '<', label: 'moins de (<)' },
  { value: '==', label: 'égal à (=)' },
  { value: '!=', label: 'différent de (≠)' },
];

const stepOptions = (ids: readonly string[]): Option[] => ids.map((id) => ({ value: id, label: id }));

/** Image or captioned video shown with the step. */
export function MediaFields({ values, errors }: Pick<FieldsProps, 'values' | 'errors'>) {
  return (
    <fieldset class="fr-fieldset" aria-labelledby="media-legende">
      <legend class="fr-fieldset__legend" id="media-legende">
        Média (facultatif)
      </legend>
      <div class="fr-fieldset__element">
        <Select name="media" label="Type de média" placeholder="Aucun média" options={[{ value: 'image', label: 'Image' }, { value: 'video', label: 'Vidéo sous-titrée' }]} value={text(values, 'media')} error={errors.media} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="mediaSrc" label="Adresse de l’image ou de la vidéo" hint="Une image sur le portail (/static/…) ; une vidéo sur le portail ou en https." value={text(values, 'mediaSrc')} error={errors.mediaSrc} maxLength={500} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="mediaAlt" label="Image : texte alternatif" value={text(values, 'mediaAlt')} error={errors.mediaAlt} maxLength={300} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="videoSousTitres" label="Vidéo : adresse des sous-titres (WebVTT, obligatoire)" value={text(values, 'videoSousTitres')} error={errors.videoSousTitres} maxLength={500} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="videoLangue" label="Vidéo : langue des sous-titres" hint="Code de langue, par exemple fr." value={text(values, 'videoLangue')} maxLength={10} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="videoLibelle" label="Vidéo : nom de la piste de sous-titres" hint="Par exemple « Français »." value={text(values, 'videoLibelle')} maxLength={60} />
      </div>
      <div class="fr-fieldset__element">
        <Textarea name="videoTranscription" label="Vidéo : transcription (obligatoire)" value={text(values, 'videoTranscription')} error={errors.videoTranscription} rows={3} />
      </div>
      <div class="fr-fieldset__element">
        <Input name="videoAffiche" label="Vidéo : image d’attente (facultative)" value={text(values, 'videoAffiche')} error={errors.videoAffiche} maxLength={500} />
      </div>
    </fieldset>
  );
}

/** The next step, and conditions on the scores (or the kind of interview) that lead elsewhere. */
export function NextFields({ values, errors, stepIds, competencies, optional }: FieldsProps & { optional?: boolean }) {
  const subjects: Option[] = [
    ...competencies.map((competency) => ({ value: competency, label: `Score : ${COMPETENCY_LABELS[competency]}` })),
    { value: 'total', label: 'Score total' },
    ...INTERVIEW_KINDS.map((kind) => ({ value: `type:${kind}`, label: `Type d’entretien : ${INTERVIEW_KIND_LABELS[kind]}` })),
  ];
  return (
    <fieldset class="fr-fieldset" aria-labelledby="suite-legende">
      <legend class="fr-fieldset__legend" id="suite-legende">
        Étape suivante
        <span class="fr-hint-text">
          Les conditions sont lues dans l’ordre : la première vraie choisit l’étape ; sinon, l’étape suivante par défaut.{optional ? ' Facultatif si chaque choix a sa propre suite.' : ''}
        </span>
      </legend>
      <div class="fr-fieldset__element">
        <Select name="suite" label="Étape suivante par défaut" placeholder="Choisir une étape" options={stepOptions(stepIds)} value={text(values, 'suite')} error={errors.suite} />
      </div>
      {Array.from({ length: branchRows(values) }, (_, index) => {
        const row = `branche-${index + 1}-`;
        const json = text(values, `${row}json`);
        return (
          <div class="fr-fieldset__element" key={row}>
            <fieldset class="fr-fieldset es-row" aria-labelledby={`${row}legende`}>
              <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id={`${row}legende`}>
                Condition {index + 1} (facultative)
              </legend>
              {json ? (
                <div class="fr-fieldset__element">
                  <p>Condition combinée : {safeDescription(json)}</p>
                  <input type="hidden" name={`${row}json`} value={json} />
                  <div class="fr-checkbox-group">
                    <input type="checkbox" id={`champ-${row}supprimer`} name={`${row}supprimer`} value="oui" />
                    <label class="fr-label" for={`champ-${row}supprimer`}>
                      Supprimer cette condition
                    </label>
                  </div>
                </div>
              ) : (
                <>
                  <div class="fr-fieldset__element">
                    <Select name={`${row}sujet`} label="Si" placeholder="Aucune condition" options={subjects} value={text(values, `${row}sujet`)} error={errors[`${row}sujet`]} />
                  </div>
                  <div class="fr-fieldset__element">
                    <Select name={`${row}op`} label="Comparaison (pour un score)" placeholder="Choisir" options={OPERATOR_OPTIONS} value={text(values, `${row}op`)} error={errors[`${row}op`]} />
                  </div>
                  <div class="fr-fieldset__element">
                    <Input name={`${row}valeur`} type="number" label="Nombre de points" value={text(values, `${row}valeur`)} error={errors[`${row}valeur`]} min={-1000} max={1000} />
                  </div>
                </>
              )}
              <div class="fr-fieldset__element">
                <Select name={`${row}cible`} label="Alors aller à" placeholder="Choisir une étape" options={stepOptions(stepIds)} value={text(values, `${row}cible`)} error={errors[`${row}cible`] ?? errors[`${row}json`]} />
              </div>
            </fieldset>
          </div>
        );
      })}
    </fieldset>
  );
}

function safeNext(json: string): string {
  try {
    return describeNext(JSON.parse(json));
  } catch {
    return json;
  }
}

function safeDescription(json: string): string {
  try {
    return describeCondition(JSON.parse(json));
  } catch {
    return json;
  }
}

/** The choices of a question: label, coach's feedback, effects per competency, optional own next step. */
export function ChoiceFields({ values, errors, stepIds, competencies }: FieldsProps) {
  return (
    <>
      {Array.from({ length: choiceRows(values) }, (_, index) => {
        const row = `choix-${index + 1}-`;
        return (
          <fieldset class="fr-fieldset es-row" aria-labelledby={`${row}legende`} key={row}>
            <legend class="fr-fieldset__legend" id={`${row}legende`}>
              Choix {index + 1}
              <span class="fr-hint-text">{index < 2 ? 'Une question propose au moins deux choix.' : 'Facultatif : laissez le libellé vide pour ne pas l’ajouter (ou pour retirer ce choix).'}</span>
            </legend>
            <div class="fr-fieldset__element">
              <Textarea name={`${row}libelle`} label="Libellé de la réponse" value={text(values, `${row}libelle`)} error={errors[`${row}libelle`]} rows={2} maxLength={1000} />
            </div>
            <div class="fr-fieldset__element">
              <Textarea name={`${row}retour`} label="Retour du coach" value={text(values, `${row}retour`)} error={errors[`${row}retour`]} rows={2} maxLength={2000} />
            </div>
            {competencies.map((competency) => (
              <div class="fr-fieldset__element fr-fieldset__element--inline" key={competency}>
                <Input name={`${row}effet-${competency}`} type="number" label={`Effet : ${COMPETENCY_LABELS[competency]}`} hint="De -3 à 3" value={text(values, `${row}effet-${competency}`)} error={errors[`${row}effet-${competency}`]} min={-3} max={3} />
              </div>
            ))}
            <div class="fr-fieldset__element">
              <Input name={`${row}id`} label="Identifiant du choix (facultatif)" hint={`Par défaut « c${index + 1} ».`} value={text(values, `${row}id`)} error={errors[`${row}id`]} maxLength={40} />
            </div>
            <div class="fr-fieldset__element">
              <Select name={`${row}suite`} label="Suite propre à ce choix (facultative)" placeholder="Suite de la question" options={stepOptions(stepIds)} value={text(values, `${row}suite`)} error={errors[`${row}suite`]} />
              {text(values, `${row}suite-json`) ? (
                <>
                  <input type="hidden" name={`${row}suite-json`} value={text(values, `${row}suite-json`)} />
                  <p class="fr-hint-text">Suite conditionnelle gardée telle quelle (sauf si vous choisissez une étape) : {safeNext(text(values, `${row}suite-json`))}.</p>
                </>
              ) : null}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
