import type { FieldErrors } from '../../../platform/html/forms.js';

/** The texts of a course: name, pitch and description live in its catalogue entry, the rest in `courses`. */
export interface CourseTexts {
  name: string;
  pitch: string;
  description: string;
  objectives: string[];
  audienceText: string;
  prerequisites: string;
  effortText: string;
}

export interface CourseTextsForm {
  name: string;
  pitch: string;
  description: string;
  objectives: string;
  audienceText: string;
  prerequisites: string;
  effortText: string;
}

export const COURSE_TEXT_FIELDS = ['name', 'pitch', 'description', 'objectives', 'audienceText', 'prerequisites', 'effortText'] as const;

export const COURSE_FIELD_LABELS: Record<string, string> = {
  name: 'Titre du cours',
  pitch: 'Accroche',
  description: 'Présentation',
  objectives: 'Objectifs',
  audienceText: 'Public',
  prerequisites: 'Prérequis',
  effortText: 'Effort',
  themes: 'Thématiques',
};

const clean = (value: unknown) => (typeof value === 'string' ? value : '').replace(/\r\n/g, '\n').trim();

export function courseTextsForm(body: Partial<Record<string, unknown>>): CourseTextsForm {
  return {
    name: clean(body.name),
    pitch: clean(body.pitch),
    description: clean(body.description),
    objectives: clean(body.objectives),
    audienceText: clean(body.audienceText),
    prerequisites: clean(body.prerequisites),
    effortText: clean(body.effortText),
  };
}

/** Checks the texts (limits of the catalogue's and the courses' columns); French messages by field. */
export function validateCourseTexts(form: CourseTextsForm): { ok: true; texts: CourseTexts } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.name) errors.name = 'Indiquez le titre du cours.';
  else if (form.name.length > 200) errors.name = 'Le titre doit faire 200 caractères au plus.';
  if (!form.pitch) errors.pitch = 'Indiquez l’accroche du cours (une ou deux phrases).';
  else if (form.pitch.length > 300) errors.pitch = 'L’accroche doit faire 300 caractères au plus.';
  if (!form.description) errors.description = 'Présentez le cours.';
  else if (form.description.length > 20000) errors.description = 'La présentation doit faire 20 000 caractères au plus.';
  const objectives = form.objectives.split('\n').map((line) => line.replace(/^[-*•]\s*/, '').trim()).filter(Boolean);
  if (objectives.length > 20) errors.objectives = 'Indiquez 20 objectifs au plus.';
  else if (objectives.some((line) => line.length > 300)) errors.objectives = 'Chaque objectif doit faire 300 caractères au plus.';
  for (const [field, label] of [['audienceText', 'Le public'], ['prerequisites', 'Les prérequis'], ['effortText', 'L’effort']] as const) {
    if (form[field].length > 2000) errors[field] = `${label} : 2 000 caractères au plus.`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    texts: { name: form.name, pitch: form.pitch, description: form.description, objectives, audienceText: form.audienceText, prerequisites: form.prerequisites, effortText: form.effortText },
  };
}
