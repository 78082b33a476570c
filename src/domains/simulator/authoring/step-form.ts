import type { FieldErrors } from '../../../platform/html/forms.js';
import { type Choice, COMPETENCIES, type CompetencyId, type Condition, INTERVIEW_KINDS, type Media, type Next, type ScoreMap, type Step, type StepKind } from '../engine/scenario.types.js';
import { branchRows, choiceRows, list, type StepFormValues, text } from './step-form-values.js';

export interface StepFormContext {
  /** Competencies the scenario assesses (effects and conditions may only name these). */
  competencies: readonly CompetencyId[];
  /** Ids of the scenario's other steps. */
  otherIds: readonly string[];
  /** The step's id when editing (it does not change), undefined for a new step. */
  currentId?: string;
}

export type StepFormResult = { ok: true; step: Step } | { ok: false; errors: FieldErrors };

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const OPERATORS = ['>=', '>', '<=', '<', '==', '!='] as const;
const LIMIT = 5000;

function integer(value: string, min: number, max: number): number | null {
  if (!/^-?\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function required(values: StepFormValues, name: string, errors: FieldErrors, message: string, max = LIMIT): string {
  const value = text(values, name);
  if (!value) errors[name] = message;
  else if (value.length > max) errors[name] = `Ce texte doit compter au plus ${max} caractères.`;
  return value;
}

/** A local path or an https address (the page's security policy loads images from the portal only). */
function mediaAddress(value: string, httpsAllowed: boolean): boolean {
  return (/^\/[^/\\]/.test(value) && !/\s/.test(value)) || (httpsAllowed && /^https:\/\/[^\s]+$/.test(value));
}

function parseMedia(values: StepFormValues, errors: FieldErrors): Media | undefined {
  const kind = text(values, 'media');
  if (!kind) return undefined;
  const src = text(values, 'mediaSrc');
  if (kind === 'image') {
    if (!mediaAddress(src, false)) errors.mediaSrc = 'Indiquez l’adresse de l’image sur le portail, commençant par « / » (par exemple /static/…).';
    const alt = required(values, 'mediaAlt', errors, 'Décrivez l’image en quelques mots (texte alternatif).', 300);
    return { type: 'image', src, alt };
  }
  if (kind !== 'video') {
    errors.media = 'Choisissez aucun média, une image ou une vidéo.';
    return undefined;
  }
  if (!mediaAddress(src, true)) errors.mediaSrc = 'Indiquez l’adresse de la vidéo : sur le portail (« /… ») ou en https.';
  const captions = text(values, 'videoSousTitres');
  if (!mediaAddress(captions, true)) errors.videoSousTitres = 'Les sous-titres sont obligatoires : indiquez l’adresse du fichier WebVTT.';
  const transcript = required(values, 'videoTranscription', errors, 'La transcription de la vidéo est obligatoire.');
  const poster = text(values, 'videoAffiche');
  if (poster && !mediaAddress(poster, false)) errors.videoAffiche = 'L’image d’attente doit être sur le portail (adresse commençant par « / »).';
  return {
    type: 'video',
    src,
    captions: { src: captions, lang: text(values, 'videoLangue') || 'fr', label: text(values, 'videoLibelle') || 'Français' },
    transcript,
    ...(poster ? { poster } : {}),
  };
}

function parseCondition(values: StepFormValues, row: string, context: StepFormContext, errors: FieldErrors): Condition | null {
  const json = text(values, `${row}json`);
  if (json) {
    try {
      const parsed = JSON.parse(json) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Condition;
    } catch {
      // reported below
    }
    errors[`${row}json`] = 'Cette condition combinée n’est pas un JSON lisible.';
    return null;
  }
  const subject = text(values, `${row}sujet`);
  const kind = subject.startsWith('type:') ? subject.slice(5) : null;
  if (kind !== null) {
    if ((INTERVIEW_KINDS as readonly string[]).includes(kind)) return { interviewKind: kind as (typeof INTERVIEW_KINDS)[number] };
    errors[`${row}sujet`] = 'Choisissez un type d’entretien connu.';
    return null;
  }
  if (subject !== 'total' && !context.competencies.includes(subject as CompetencyId)) {
    errors[`${row}sujet`] = 'Choisissez la compétence (ou le score total) sur laquelle porte la condition.';
    return null;
  }
  const op = text(values, `${row}op`);
  const value = integer(text(values, `${row}valeur`), -1000, 1000);
  if (!(OPERATORS as readonly string[]).includes(op)) errors[`${row}op`] = 'Choisissez une comparaison.';
  if (value === null) errors[`${row}valeur`] = 'Indiquez un nombre entier de points, par exemple 3 ou -2.';
  return errors[`${row}op`] || value === null ? null : { score: subject as CompetencyId | 'total', op: op as (typeof OPERATORS)[number], value };
}

function parseNext(values: StepFormValues, context: StepFormContext, errors: FieldErrors, optional: boolean): Next | undefined {
  const otherwise = text(values, 'suite');
  const branches: { when: Condition; goto: string }[] = [];
  for (let index = 1; index <= branchRows(values); index++) {
    const row = `branche-${index}-`;
    const target = text(values, `${row}cible`);
    const used = target || text(values, `${row}sujet`) || text(values, `${row}json`);
    if (!used || text(values, `${row}supprimer`)) continue;
    if (!target) errors[`${row}cible`] = 'Choisissez l’étape vers laquelle mène cette condition.';
    const condition = parseCondition(values, row, context, errors);
    if (condition && target) branches.push({ when: condition, goto: target });
  }
  if (!otherwise) {
    if (optional && !branches.length) return undefined;
    errors.suite = branches.length ? 'Choisissez l’étape suivante quand aucune condition ne s’applique.' : 'Choisissez l’étape suivante.';
    return undefined;
  }
  return branches.length ? { branches, otherwise } : otherwise;
}

function parseChoices(values: StepFormValues, context: StepFormContext, errors: FieldErrors): Choice[] {
  const choices: Choice[] = [];
  for (let index = 1; index <= choiceRows(values); index++) {
    const row = `choix-${index}-`;
    const label = text(values, `${row}libelle`);
    if (!label) continue;
    const id = text(values, `${row}id`) || `c${index}`;
    if (!ID.test(id) || id.length > 40) errors[`${row}id`] = 'L’identifiant du choix s’écrit en minuscules, chiffres, « - » ou « _ ».';
    else if (choices.some((choice) => choice.id === id)) errors[`${row}id`] = `L’identifiant « ${id} » est déjà pris par un autre choix.`;
    const feedback = required(values, `${row}retour`, errors, 'Écrivez le retour du coach pour ce choix.');
    const effects: ScoreMap = {};
    for (const competency of context.competencies) {
      const raw = text(values, `${row}effet-${competency}`);
      if (!raw) continue;
      const points = integer(raw, -3, 3);
      if (points === null) errors[`${row}effet-${competency}`] = 'Un effet va de -3 à 3 points.';
      else effects[competency] = points;
    }
    let next: Next | undefined = text(values, `${row}suite`) || undefined;
    const kept = text(values, `${row}suite-json`);
    if (!next && kept) {
      try {
        next = JSON.parse(kept) as Next;
      } catch {
        errors[`${row}suite`] = 'La suite conditionnelle de ce choix n’est pas un JSON lisible : choisissez une étape.';
      }
    }
    choices.push({ id, label, effects, feedback, ...(next ? { next } : {}) });
  }
  if (choices.length < 2) errors['choix-1-libelle'] = 'Une question propose au moins deux choix.';
  return choices;
}

/** The step a form describes, or the errors to show next to its fields. */
export function parseStepForm(kind: StepKind, values: StepFormValues, context: StepFormContext): StepFormResult {
  const errors: FieldErrors = {};
  const id = context.currentId ?? text(values, 'id');
  if (context.currentId === undefined) {
    if (!ID.test(id) || id.length > 60) errors.id = 'L’identifiant s’écrit en minuscules, chiffres, « - » ou « _ », par exemple « question-motivation ».';
    else if (id === 'nouvelle') errors.id = 'L’identifiant « nouvelle » est réservé : choisissez-en un autre.';
    else if (context.otherIds.includes(id)) errors.id = `L’identifiant « ${id} » est déjà pris par une autre étape.`;
  }
  const title = text(values, 'titre');
  if (title.length > 150) errors.titre = 'Le titre doit compter au plus 150 caractères.';
  const base = { id, ...(title ? { title } : {}) };
  let step: Step;
  switch (kind) {
    case 'scene': {
      const speaker = text(values, 'locuteur');
      if (speaker !== 'recruiter' && speaker !== 'narrator') errors.locuteur = 'Indiquez qui parle : le recruteur ou le narrateur.';
      const sceneText = required(values, 'texte', errors, 'Écrivez le texte de la scène.');
      const media = parseMedia(values, errors);
      const next = parseNext(values, context, errors, false);
      step = { ...base, kind, speaker: speaker === 'narrator' ? 'narrator' : 'recruiter', text: sceneText, ...(media ? { media } : {}), next: next ?? '' };
      break;
    }
    case 'choice': {
      const prompt = required(values, 'question', errors, 'Écrivez la question du recruteur.');
      const media = parseMedia(values, errors);
      const choices = parseChoices(values, context, errors);
      const next = parseNext(values, context, errors, choices.length > 0 && choices.every((choice) => choice.next));
      step = { ...base, kind, prompt, ...(media ? { media } : {}), choices, ...(next ? { next } : {}) };
      break;
    }
    case 'text': {
      const prompt = required(values, 'question', errors, 'Écrivez la question du recruteur.');
      const hint = text(values, 'conseil');
      const assesses = [...new Set(list(values, 'evalue'))].filter((competency): competency is CompetencyId => (COMPETENCIES as readonly string[]).includes(competency));
      if (!assesses.length) errors.evalue = 'Cochez au moins une compétence que cette réponse évalue.';
      else if (assesses.some((competency) => !context.competencies.includes(competency))) errors.evalue = 'Cochez seulement des compétences évaluées par le scénario.';
      const min = text(values, 'longueurMin') ? integer(text(values, 'longueurMin'), 1, 3000) : undefined;
      const max = text(values, 'longueurMax') ? integer(text(values, 'longueurMax'), 1, 3000) : undefined;
      if (min === null) errors.longueurMin = 'La longueur minimale est un nombre de caractères entre 1 et 3000.';
      if (max === null) errors.longueurMax = 'La longueur maximale est un nombre de caractères entre 1 et 3000.';
      if (min && max && min > max) errors.longueurMax = 'La longueur maximale doit être au moins égale à la longueur minimale.';
      const media = parseMedia(values, errors);
      const next = parseNext(values, context, errors, false);
      step = { ...base, kind, prompt, ...(hint ? { hint } : {}), ...(media ? { media } : {}), assesses, ...(min ? { minLength: min } : {}), ...(max ? { maxLength: max } : {}), next: next ?? '' };
      break;
    }
    case 'end': {
      const outcome = text(values, 'issue');
      if (outcome !== 'success' && outcome !== 'neutral' && outcome !== 'failure') errors.issue = 'Choisissez l’issue de cette fin.';
      if (!title) errors.titre = 'Une fin a un titre, par exemple « Entretien réussi ».';
      const endText = required(values, 'texte', errors, 'Écrivez le texte de cette fin.');
      step = { id, kind, title, text: endText, outcome: outcome === 'success' || outcome === 'failure' ? outcome : 'neutral' };
      break;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, step };
}
