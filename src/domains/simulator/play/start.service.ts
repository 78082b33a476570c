import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type JobTitle, jobTitleProblem, resolveJobTitle } from '../../referentiels/index.js';
import { INTERVIEW_KINDS, type InterviewKind } from '../engine/scenario.types.js';
import { selectScenario } from '../engine/selection.js';
import type { PublishedScenario } from '../storage/scenarios.repository.js';
import type { ChosenJob } from './play.service.js';
import type { StartForm } from './pages/simulator-home.page.js';

export const START_FIELDS = ['metier', 'metierOgr', 'metierSuggestion', 'typeEntretien', 'entreprise'] as const;
const MAX_COMPANY = 100;

export type StartCheck =
  | { ok: true; scenario: PublishedScenario; job: ChosenJob; interviewKind: InterviewKind; company: string }
  | { ok: false; errors: FieldErrors; suggestions: JobTitle[]; values: StartForm };

export function toStartForm(body: Partial<Record<(typeof START_FIELDS)[number], string>> | undefined): StartForm {
  return { metier: body?.metier ?? '', metierOgr: body?.metierOgr ?? '', metierSuggestion: body?.metierSuggestion ?? '', typeEntretien: body?.typeEntretien ?? '', entreprise: body?.entreprise ?? '' };
}

export const isInterviewKind = (value: string): value is InterviewKind => (INTERVIEW_KINDS as readonly string[]).includes(value);

/** Interview kinds offered by at least one of the scenarios, in the engine's order. */
export function offeredKinds(scenarios: readonly PublishedScenario[]): InterviewKind[] {
  return INTERVIEW_KINDS.filter((kind) => scenarios.some((scenario) => scenario.document.interviewKinds.includes(kind)));
}

/**
 * Checks the start form. `scenarios` are those to choose from: the interview scenarios (the best for
 * the job's ROME code and the kind), or one serious game (`jobRequired` false: a job is optional).
 */
export async function checkStartForm(db: Db, form: StartForm, scenarios: readonly PublishedScenario[], options: { jobRequired: boolean; defaultJob?: ChosenJob }): Promise<StartCheck> {
  const errors: FieldErrors = {};
  const resolution = await resolveJobTitle(db, { text: form.metier, code: form.metierOgr, chosen: form.metierSuggestion });
  const jobError = resolution.status === 'empty' ? (options.jobRequired ? 'Indiquez le métier que vous visez, par exemple « vendeur ».' : undefined) : jobTitleProblem(resolution, form.metier);
  if (jobError) errors.metier = jobError;
  const kind = form.typeEntretien.trim();
  const company = form.entreprise.replace(/\s+/g, ' ').trim();
  if (company.length > MAX_COMPANY) errors.entreprise = `Le nom de l’entreprise doit compter au plus ${MAX_COMPANY} caractères.`;
  let scenario: PublishedScenario | undefined;
  if (!isInterviewKind(kind) || !offeredKinds(scenarios).includes(kind)) {
    errors.typeEntretien = kind ? 'Choisissez un type d’entretien parmi ceux proposés.' : 'Choisissez le type d’entretien à préparer.';
  } else {
    const romeCode = resolution.status === 'found' ? resolution.job.romeCode : null;
    const chosen = selectScenario(
      scenarios.map((item) => item.document),
      { romeCode, interviewKind: kind },
    );
    scenario = scenarios.find((item) => item.document === chosen);
  }
  const job: ChosenJob | undefined = resolution.status === 'found' ? { label: resolution.job.label, romeCode: resolution.job.romeCode } : options.defaultJob;
  if (Object.keys(errors).length || !scenario || !job || !isInterviewKind(kind)) {
    const values = resolution.status === 'found' ? { ...form, metier: resolution.job.label, metierOgr: resolution.job.ogrCode, metierSuggestion: '' } : form;
    return { ok: false, errors, suggestions: 'suggestions' in resolution ? resolution.suggestions : [], values };
  }
  return { ok: true, scenario, job, interviewKind: kind, company };
}
