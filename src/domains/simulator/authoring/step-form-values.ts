import type { FieldErrors } from '../../../platform/html/forms.js';
import { type Condition, type Media, type Next, type Step, type StepKind } from '../engine/scenario.types.js';

/** A step form as submitted or as shown: text fields, and the competencies a written answer assesses. */
export type StepFormValues = Record<string, string | string[]>;

/** Rows of choices shown: the step's own, plus empty ones to add choices, up to this many. */
export const MAX_CHOICES = 8;
export const EXTRA_CHOICE_ROWS = 2;
/** Conditional branches shown: the step's own, plus one empty row, up to this many. */
export const MAX_BRANCHES = 6;

export const STEP_KINDS: readonly StepKind[] = ['scene', 'choice', 'text', 'end'];
export const isStepKind = (value: string): value is StepKind => (STEP_KINDS as readonly string[]).includes(value);

export const text = (values: StepFormValues, name: string): string => {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
};
export const list = (values: StepFormValues, name: string): string[] => {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** How many rows of choices / branches the form shows for these values. */
export function choiceRows(values: StepFormValues): number {
  let used = 0;
  for (let index = 1; index <= MAX_CHOICES; index++) if (text(values, `choix-${index}-libelle`) || text(values, `choix-${index}-id`)) used = index;
  return Math.min(MAX_CHOICES, Math.max(2, used + EXTRA_CHOICE_ROWS));
}

export function branchRows(values: StepFormValues): number {
  let used = 0;
  for (let index = 1; index <= MAX_BRANCHES; index++) if (text(values, `branche-${index}-cible`) || text(values, `branche-${index}-sujet`) || text(values, `branche-${index}-json`)) used = index;
  return Math.min(MAX_BRANCHES, used + 1);
}

/** A simple condition as one row of the form (subject, operator, value); a combined one is kept as JSON. */
function conditionFields(condition: Condition, prefix: string): StepFormValues {
  if ('score' in condition) return { [`${prefix}sujet`]: condition.score, [`${prefix}op`]: condition.op, [`${prefix}valeur`]: String(condition.value) };
  if ('interviewKind' in condition) return { [`${prefix}sujet`]: `type:${condition.interviewKind}` };
  return { [`${prefix}json`]: JSON.stringify(condition) };
}

function nextFields(next: Next | undefined): StepFormValues {
  if (next === undefined) return { suite: '' };
  if (typeof next === 'string') return { suite: next };
  const values: StepFormValues = { suite: next.otherwise };
  next.branches.slice(0, MAX_BRANCHES).forEach((branch, index) => Object.assign(values, conditionFields(branch.when, `branche-${index + 1}-`), { [`branche-${index + 1}-cible`]: branch.goto }));
  return values;
}

function mediaFields(media: Media | undefined): StepFormValues {
  if (!media) return { media: '' };
  if (media.type === 'image') return { media: 'image', mediaSrc: media.src, mediaAlt: media.alt };
  return {
    media: 'video',
    mediaSrc: media.src,
    videoSousTitres: media.captions.src,
    videoLangue: media.captions.lang,
    videoLibelle: media.captions.label,
    videoTranscription: media.transcript,
    videoAffiche: media.poster ?? '',
  };
}

/** The form's values for an existing step. */
export function stepToForm(step: Step): StepFormValues {
  const common = { id: step.id, titre: step.title ?? '' };
  switch (step.kind) {
    case 'scene':
      return { ...common, locuteur: step.speaker, texte: step.text, ...mediaFields(step.media), ...nextFields(step.next) };
    case 'choice': {
      const values: StepFormValues = { ...common, question: step.prompt, ...mediaFields(step.media), ...nextFields(step.next) };
      step.choices.slice(0, MAX_CHOICES).forEach((choice, index) => {
        const row = `choix-${index + 1}-`;
        Object.assign(values, { [`${row}id`]: choice.id, [`${row}libelle`]: choice.label, [`${row}retour`]: choice.feedback, [`${row}suite`]: typeof choice.next === 'string' ? choice.next : '' });
        // A conditional next of a choice (written in JSON) is kept as is unless another step is chosen.
        if (choice.next !== undefined && typeof choice.next !== 'string') values[`${row}suite-json`] = JSON.stringify(choice.next);
        for (const [competency, points] of Object.entries(choice.effects)) values[`${row}effet-${competency}`] = String(points);
      });
      return values;
    }
    case 'text':
      return {
        ...common,
        question: step.prompt,
        conseil: step.hint ?? '',
        evalue: [...step.assesses],
        longueurMin: step.minLength === undefined ? '' : String(step.minLength),
        longueurMax: step.maxLength === undefined ? '' : String(step.maxLength),
        ...mediaFields(step.media),
        ...nextFields(step.next),
      };
    case 'end':
      return { ...common, texte: step.text, issue: step.outcome };
  }
}

/** An empty form for a new step of this kind. */
export function emptyStepForm(kind: StepKind): StepFormValues {
  return kind === 'scene' ? { locuteur: 'recruiter', media: '' } : kind === 'end' ? { issue: 'neutral' } : { media: '' };
}

export const FIELD_LABELS: Record<string, string> = {
  id: 'Identifiant de l’étape',
  titre: 'Titre',
  texte: 'Texte',
  locuteur: 'Qui parle',
  question: 'Question du recruteur',
  evalue: 'Compétences évaluées',
  longueurMin: 'Longueur minimale',
  longueurMax: 'Longueur maximale',
  issue: 'Issue',
  suite: 'Étape suivante',
  media: 'Média',
  mediaSrc: 'Adresse du média',
  mediaAlt: 'Texte alternatif de l’image',
  videoSousTitres: 'Sous-titres (WebVTT)',
  videoTranscription: 'Transcription',
  choix: 'Choix',
};

/** The label of a field of the error summary, rows included (« Choix 2 : retour »). */
export function fieldLabel(name: string): string {
  const row = /^(choix|branche)-(\d+)-(.+)$/.exec(name);
  if (row) return `${row[1] === 'choix' ? 'Choix' : 'Condition'} ${row[2]} : ${row[3]!.replace(/^effet-/, 'effet ')}`;
  return FIELD_LABELS[name] ?? name;
}

export const labelsOf = (errors: FieldErrors): Record<string, string> => Object.fromEntries(Object.keys(errors).map((name) => [name, fieldLabel(name)]));
