import type { Db } from '../../platform/db/database.js';
import { findJobTitleByCode, findJobTitlesByLabel, type JobTitle, MAX_JOB_QUERY_LENGTH, searchJobTitles } from './appellations.repository.js';

export type JobTitleResolution =
  | { status: 'empty' }
  | { status: 'found'; job: JobTitle }
  | { status: 'ambiguous' | 'unknown' | 'too-long'; suggestions: JobTitle[] };

export interface JobTitleInput {
  /** What the person typed. */
  text: string;
  /** The code the autocomplete filled in (trusted only if its label is still the typed text). */
  code?: string;
  /** A suggestion the person picked after an ambiguous answer (trusted as is). */
  chosen?: string;
}

const MAX_SUGGESTIONS = 6;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** True when the text is the label or one of its gendered forms ("Boulangère" for "Boulanger / Boulangère"). */
export function labelMatches(label: string, text: string): boolean {
  const wanted = fold(text);
  return fold(label) === wanted || label.split(' / ').some((form) => fold(form) === wanted);
}

/**
 * Turns a typed job title into an OGR job title, without JavaScript: the suggestion picked, the
 * code filled in by the autocomplete, the exact label, or the only close match. Otherwise the
 * answer is ambiguous (several close titles) or unknown, with suggestions to choose from.
 */
export async function resolveJobTitle(db: Db, input: JobTitleInput): Promise<JobTitleResolution> {
  if (input.chosen) {
    const chosen = await findJobTitleByCode(db, input.chosen);
    if (chosen) return { status: 'found', job: chosen };
  }
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (!text) return { status: 'empty' };
  if (text.length > MAX_JOB_QUERY_LENGTH) return { status: 'too-long', suggestions: [] };
  if (input.code) {
    const filled = await findJobTitleByCode(db, input.code);
    if (filled && labelMatches(filled.label, text)) return { status: 'found', job: filled };
  }
  const exact = await findJobTitlesByLabel(db, text);
  if (exact[0]) return { status: 'found', job: exact[0] };
  const close = await searchJobTitles(db, text, MAX_SUGGESTIONS);
  if (close.length === 1) return { status: 'found', job: close[0]! };
  return { status: close.length ? 'ambiguous' : 'unknown', suggestions: close };
}

/** The French error for a job title that could not be resolved, or undefined. */
export function jobTitleProblem(resolution: JobTitleResolution, typed: string): string | undefined {
  switch (resolution.status) {
    case 'too-long':
      return `L’intitulé du métier doit compter au plus ${MAX_JOB_QUERY_LENGTH} caractères.`;
    case 'ambiguous':
      return `« ${typed.trim()} » ne désigne pas un seul métier : choisissez le vôtre parmi les métiers proches ci-dessous ou précisez votre saisie.`;
    case 'unknown':
      return `Aucun métier ne correspond à « ${typed.trim()} ». Vérifiez l’orthographe ou essayez un autre intitulé, par exemple « boulanger » ou « aide-soignant ».`;
    default:
      return undefined;
  }
}

/** "boulanger" from "Boulanger / Boulangère": the first form, in lower case unless it starts with an acronym. */
export function jobTitleShortName(label: string): string {
  const first = label.split(' / ')[0]!.trim();
  return /^\p{Lu}\p{Ll}/u.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}
