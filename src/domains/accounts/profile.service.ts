import type { Db } from '../../platform/db/database.js';
import type { FieldErrors } from '../../platform/html/forms.js';
import { findDepartment, type JobTitle, jobTitleProblem, resolveJobTitle } from '../referentiels/index.js';
import type { ProfileValues, TargetJob } from './profile.repository.js';
import { isSituation } from './profile.vocabulary.js';

/** The profile form as posted (every field optional). */
export interface ProfileForm {
  situation: string;
  metier: string;
  metierOgr: string;
  metierSuggestion: string;
  departement: string;
}

export type ProfileCheck = { ok: true; values: ProfileValues } | { ok: false; errors: FieldErrors; suggestions: JobTitle[]; job: JobTitle | null };

export function toTargetJob(job: JobTitle): TargetJob {
  return { ogrCode: job.ogrCode, label: job.label, romeCode: job.romeCode };
}

/** Validates the profile form; the job title is resolved against the ROME job titles. */
export async function checkProfileForm(db: Db, form: ProfileForm): Promise<ProfileCheck> {
  const errors: FieldErrors = {};
  const situation = form.situation.trim();
  if (situation && !isSituation(situation)) errors.situation = 'Choisissez votre situation parmi celles proposées.';
  const departmentCode = form.departement.trim();
  const department = departmentCode ? findDepartment(departmentCode) : undefined;
  if (departmentCode && !department) errors.departement = 'Choisissez un département dans la liste, par exemple « 75 — Paris ».';
  const resolution = await resolveJobTitle(db, { text: form.metier, code: form.metierOgr, chosen: form.metierSuggestion });
  const jobError = jobTitleProblem(resolution, form.metier);
  if (jobError) errors.metier = jobError;
  if (Object.keys(errors).length) {
    return { ok: false, errors, suggestions: 'suggestions' in resolution ? resolution.suggestions : [], job: resolution.status === 'found' ? resolution.job : null };
  }
  return {
    ok: true,
    values: {
      situation: isSituation(situation) ? situation : null,
      targetJob: resolution.status === 'found' ? toTargetJob(resolution.job) : null,
      departmentCode: department?.code ?? null,
    },
  };
}
