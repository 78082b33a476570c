import type { FieldErrors } from '../../../platform/html/forms.js';
import type { LessonKind, LessonRow } from '../moocs.table.js';

export const LESSON_KIND_LABELS: Record<LessonKind, string> = { texte: 'Texte', video: 'Vidéo', quiz: 'Quiz' };
export const isLessonKind = (value: string): value is LessonKind => Object.hasOwn(LESSON_KIND_LABELS, value);

export const LESSON_FIELDS = ['title', 'body', 'durationMinutes', 'videoUrl', 'captionsVtt', 'transcript', 'passMark', 'maxAttempts', 'removeVideo'] as const;

export const LESSON_FIELD_LABELS: Record<string, string> = {
  kind: 'Type de leçon',
  title: 'Titre',
  body: 'Contenu',
  durationMinutes: 'Durée',
  videoUrl: 'Adresse de la vidéo',
  captionsVtt: 'Sous-titres',
  captionsFile: 'Fichier de sous-titres',
  transcript: 'Transcription',
  passMark: 'Note pour réussir',
  maxAttempts: 'Nombre de tentatives',
};

export interface LessonForm {
  title: string;
  body: string;
  durationMinutes: string;
  videoUrl: string;
  captionsVtt: string;
  transcript: string;
  passMark: string;
  maxAttempts: string;
}

export interface LessonValues {
  title: string;
  body: string;
  duration_minutes: number | null;
  video_url: string | null;
  captions_vtt: string | null;
  transcript: string | null;
  pass_mark: number | null;
  max_attempts: number | null;
}

const clean = (value: string | undefined) => (value ?? '').replace(/\r\n/g, '\n').trim();

export function lessonForm(body: Partial<Record<string, unknown>>): LessonForm {
  const text = (key: string) => clean(typeof body[key] === 'string' ? (body[key] as string) : '');
  return {
    title: text('title'),
    body: text('body'),
    durationMinutes: text('durationMinutes'),
    videoUrl: text('videoUrl'),
    captionsVtt: text('captionsVtt'),
    transcript: text('transcript'),
    passMark: text('passMark'),
    maxAttempts: text('maxAttempts'),
  };
}

export function lessonToForm(lesson: LessonRow): LessonForm {
  return {
    title: lesson.title,
    body: lesson.body,
    durationMinutes: lesson.duration_minutes === null ? '' : String(lesson.duration_minutes),
    videoUrl: lesson.video_url ?? '',
    captionsVtt: lesson.captions_vtt ?? '',
    transcript: lesson.transcript ?? '',
    passMark: lesson.pass_mark === null ? '' : String(lesson.pass_mark),
    maxAttempts: lesson.max_attempts === null ? '' : String(lesson.max_attempts),
  };
}

/** Whether a text is WebVTT: it starts with « WEBVTT » (after an optional byte order mark), then a space, a tab or a line end. */
export function isWebVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text);
}

function integer(value: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Checks a lesson of the given kind (limits of the table's CHECKs); French messages by field. */
export function validateLesson(kind: LessonKind, form: LessonForm): { ok: true; values: LessonValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.title) errors.title = 'Indiquez le titre de la leçon.';
  else if (form.title.length > 200) errors.title = 'Le titre doit faire 200 caractères au plus.';
  if (form.body.length > 100_000) errors.body = 'Le contenu doit faire 100 000 caractères au plus.';
  if (kind === 'texte' && !form.body) errors.body = 'Écrivez le contenu de la leçon.';
  let duration: number | null = null;
  if (form.durationMinutes) {
    duration = integer(form.durationMinutes, 1, 600);
    if (duration === null) errors.durationMinutes = 'La durée doit être un nombre entier de minutes, entre 1 et 600.';
  }
  const values: LessonValues = { title: form.title, body: form.body, duration_minutes: duration, video_url: null, captions_vtt: null, transcript: null, pass_mark: null, max_attempts: null };
  if (kind === 'video') {
    if (form.videoUrl) {
      const url = URL.canParse(form.videoUrl) ? new URL(form.videoUrl) : null;
      if (!url || url.protocol !== 'https:' || !form.videoUrl.startsWith('https://') || form.videoUrl.length > 2000) errors.videoUrl = 'L’adresse de la vidéo doit être une adresse web complète commençant par https://.';
      else values.video_url = form.videoUrl;
    }
    if (form.captionsVtt) {
      if (!isWebVtt(form.captionsVtt)) errors.captionsVtt = 'Les sous-titres doivent être au format WebVTT : le texte commence par « WEBVTT ».';
      else if (form.captionsVtt.length > 500_000) errors.captionsVtt = 'Les sous-titres doivent faire 500 000 caractères au plus.';
      else values.captions_vtt = form.captionsVtt;
    }
    if (form.transcript.length > 100_000) errors.transcript = 'La transcription doit faire 100 000 caractères au plus.';
    else values.transcript = form.transcript || null;
  }
  if (kind === 'quiz') {
    values.pass_mark = integer(form.passMark, 0, 100);
    if (values.pass_mark === null) errors.passMark = 'La note pour réussir doit être un pourcentage entier entre 0 et 100.';
    if (form.maxAttempts) {
      values.max_attempts = integer(form.maxAttempts, 1, 100);
      if (values.max_attempts === null) errors.maxAttempts = 'Le nombre de tentatives doit être un nombre entier entre 1 et 100 (laissez vide pour ne pas le limiter).';
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, values };
}

export const MAX_CHOICES = 6;
export const MIN_CHOICES = 2;

export interface ChoiceForm {
  label: string;
  correct: boolean;
  feedback: string;
}

export interface QuestionForm {
  kind: string;
  prompt: string;
  explanation: string;
  choices: ChoiceForm[];
}

export const QUESTION_FIELDS = ['kind', 'prompt', 'explanation', ...Array.from({ length: MAX_CHOICES }, (_, i) => [`choice${i + 1}Label`, `choice${i + 1}Correct`, `choice${i + 1}Feedback`]).flat()];

export const QUESTION_FIELD_LABELS: Record<string, string> = {
  kind: 'Type de question',
  prompt: 'Énoncé',
  explanation: 'Explication',
  choices: 'Réponses',
  ...Object.fromEntries(Array.from({ length: MAX_CHOICES }, (_, i) => [`choice${i + 1}Label`, `Réponse ${i + 1}`])),
};

export function questionForm(body: Partial<Record<string, string>>): QuestionForm {
  return {
    kind: clean(body.kind),
    prompt: clean(body.prompt),
    explanation: clean(body.explanation),
    choices: Array.from({ length: MAX_CHOICES }, (_, i) => ({
      label: clean(body[`choice${i + 1}Label`]),
      correct: body[`choice${i + 1}Correct`] === 'oui',
      feedback: clean(body[`choice${i + 1}Feedback`]),
    })),
  };
}

export interface QuestionValues {
  kind: 'unique' | 'multiple';
  prompt: string;
  explanation: string;
  choices: ChoiceForm[];
}

/**
 * A question has 2 to 6 answers (empty rows are ignored); a single-choice question exactly one
 * right answer, a multiple-choice one at least one.
 */
export function validateQuestion(form: QuestionForm): { ok: true; values: QuestionValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (form.kind !== 'unique' && form.kind !== 'multiple') errors.kind = 'Choisissez le type de question : une seule bonne réponse ou plusieurs.';
  if (!form.prompt) errors.prompt = 'Écrivez l’énoncé de la question.';
  else if (form.prompt.length > 2000) errors.prompt = 'L’énoncé doit faire 2 000 caractères au plus.';
  if (form.explanation.length > 5000) errors.explanation = 'L’explication doit faire 5 000 caractères au plus.';
  form.choices.forEach((choice, index) => {
    const field = `choice${index + 1}Label`;
    if (!choice.label && (choice.correct || choice.feedback)) errors[field] = `Écrivez le libellé de la réponse ${index + 1}, ou videz cette ligne.`;
    else if (choice.label.length > 500) errors[field] = `La réponse ${index + 1} doit faire 500 caractères au plus.`;
    else if (choice.feedback.length > 2000) errors[field] = `Le commentaire de la réponse ${index + 1} doit faire 2 000 caractères au plus.`;
  });
  const choices = form.choices.filter((choice) => choice.label);
  const correct = choices.filter((choice) => choice.correct).length;
  if (choices.length < MIN_CHOICES) errors.choices = `Proposez au moins ${MIN_CHOICES} réponses.`;
  else if (form.kind === 'unique' && correct !== 1) errors.choices = 'Une question à réponse unique a exactement une bonne réponse : cochez-en une seule.';
  else if (form.kind === 'multiple' && correct < 1) errors.choices = 'Cochez au moins une bonne réponse.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, values: { kind: form.kind as 'unique' | 'multiple', prompt: form.prompt, explanation: form.explanation, choices } };
}
