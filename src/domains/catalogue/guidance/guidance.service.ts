import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type GuidanceAnswers, isSituation, type Profile, toTargetJob } from '../../accounts/index.js';
import { type JobTitle, jobTitleProblem, jobTitleShortName, resolveJobTitle } from '../../referentiels/index.js';
import { THEME_SLUGS, type ThemeSlug } from '../catalogue.vocabulary.js';
import { audienceFor, type RankedService, rankServices, themesFor } from './guidance.ranking.js';
import { findGuidanceCandidates, type GuidanceServiceRow } from './guidance.repository.js';

/** The three questions as submitted (GET query or POST form). */
export interface GuidanceForm {
  situation: string;
  envie: string;
  metier: string;
  metierOgr: string;
  metierSuggestion: string;
}

export type GuidanceCheck =
  | { status: 'blank' }
  | { status: 'invalid'; errors: FieldErrors; suggestions: JobTitle[]; job: JobTitle | null }
  | { status: 'ok'; answers: GuidanceAnswers };

export const EMPTY_GUIDANCE_FORM: GuidanceForm = { situation: '', envie: '', metier: '', metierOgr: '', metierSuggestion: '' };

export function isThemeSlug(value: string): value is ThemeSlug {
  return (THEME_SLUGS as readonly string[]).includes(value);
}

/** Validates the answers; the job title (optional) is resolved against the ROME job titles. */
export async function checkGuidanceForm(db: Db, form: GuidanceForm): Promise<GuidanceCheck> {
  if (Object.values(form).every((value) => value.trim() === '')) return { status: 'blank' };
  const errors: FieldErrors = {};
  const situation = form.situation.trim();
  const theme = form.envie.trim();
  if (!isSituation(situation)) errors.situation = situation ? 'Choisissez votre situation parmi celles proposées.' : 'Indiquez votre situation.';
  if (!isThemeSlug(theme)) errors.envie = theme ? 'Choisissez ce que vous voulez faire parmi les propositions.' : 'Indiquez ce que vous voulez faire en ce moment.';
  const resolution = await resolveJobTitle(db, { text: form.metier, code: form.metierOgr, chosen: form.metierSuggestion });
  const jobError = jobTitleProblem(resolution, form.metier);
  if (jobError) errors.metier = jobError;
  const job = resolution.status === 'found' ? resolution.job : null;
  if (Object.keys(errors).length || !isSituation(situation)) {
    return { status: 'invalid', errors, suggestions: 'suggestions' in resolution ? resolution.suggestions : [], job };
  }
  return { status: 'ok', answers: { situation, theme, targetJob: job ? toTargetJob(job) : null } };
}

/** The answers kept in a profile, if complete. */
export function savedAnswers(profile: Profile | undefined): GuidanceAnswers | null {
  if (!profile?.situation || !profile.guidance || !isThemeSlug(profile.guidance.theme)) return null;
  return { situation: profile.situation, theme: profile.guidance.theme, targetJob: profile.targetJob };
}

/** The form filled with answers (to show them again, or to link to them). */
export function answersToForm(answers: GuidanceAnswers): GuidanceForm {
  return { situation: answers.situation, envie: answers.theme, metier: answers.targetJob?.label ?? '', metierOgr: answers.targetJob?.ogrCode ?? '', metierSuggestion: '' };
}

export function guidanceHref(answers: GuidanceAnswers): string {
  const { metierSuggestion: _unused, ...fields } = answersToForm(answers);
  const params = new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== ''));
  return `/services-pour-moi?${params.toString()}`;
}

/** The services that suit the answers, best first, each with its reasons. */
export async function servicesForMe(db: Db, answers: GuidanceAnswers, limit = 12): Promise<RankedService<GuidanceServiceRow>[]> {
  const theme = answers.theme as ThemeSlug;
  const romeCode = answers.targetJob?.romeCode ?? null;
  const profile = { situation: answers.situation, theme, job: answers.targetJob ? { name: jobTitleShortName(answers.targetJob.label), romeCode } : null };
  const candidates = await findGuidanceCandidates(db, { audiences: [audienceFor(answers.situation), 'tous'], themes: themesFor(profile), romeCode });
  return rankServices(candidates, profile, limit);
}
