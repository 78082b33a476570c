import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { newToken, tokenHash } from '../../accounts/index.js';
import { getRomeSheets, searchJobTitles } from '../../referentiels/index.js';
import { buildDebrief } from '../engine/debrief.js';
import { answerAttempt, parseState, serialiseState, startAttempt } from '../engine/runner.js';
import type { AnswerInput, AttemptState, InterviewKind } from '../engine/scenario.types.js';
import { type AttemptRecord, findAttemptByTokenHash, insertAttempt, saveAttemptProgress } from '../storage/attempts.repository.js';
import type { PublishedScenario } from '../storage/scenarios.repository.js';

/** The job the player chose: a ROME job title, or only a label (serious games without a job). */
export interface ChosenJob {
  label: string;
  romeCode: string | null;
}

const MAX_VOCABULARY = 120;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** « vendeur / vendeuse en alimentation générale »: the label as it reads inside a sentence (acronyms kept). */
export function jobTitleForText(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .trim()
    .split(' / ')
    .map((form) => (/^\p{Lu}\p{Ll}/u.test(form) ? form.charAt(0).toLowerCase() + form.slice(1) : form))
    .join(' / ');
}

/**
 * Words of the target job for the answer analyser: the chosen title, the ROME sheet's label and its
 * job titles (words of three letters or more, each once, in the order met).
 */
export async function jobVocabulary(db: Db, job: ChosenJob): Promise<string[]> {
  const labels = [job.label];
  if (job.romeCode) {
    const [sheets, titles] = await Promise.all([getRomeSheets(db, [job.romeCode]), searchJobTitles(db, job.romeCode, 60)]);
    labels.push(...sheets.map((sheet) => sheet.label), ...titles.filter((title) => title.romeCode === job.romeCode).map((title) => title.label));
  }
  const words = new Map<string, string>();
  for (const label of labels) {
    for (const [word] of label.matchAll(WORD)) {
      const key = word.toLocaleLowerCase('fr');
      if (key.length >= 3 && !words.has(key)) words.set(key, key);
    }
  }
  return [...words.values()].slice(0, MAX_VOCABULARY);
}

/** Starts an attempt on the scenario's published version; returns the token of its address. */
export async function startSimulation(db: Db, input: { scenario: PublishedScenario; job: ChosenJob; interviewKind: InterviewKind; company?: string; accountId: number | null }): Promise<string> {
  const vocabulary = await jobVocabulary(db, input.job);
  const company = input.company?.trim();
  const state = startAttempt(input.scenario.document, {
    interviewKind: input.interviewKind,
    jobTitle: jobTitleForText(input.job.label),
    ...(input.job.romeCode ? { romeCode: input.job.romeCode } : {}),
    ...(company ? { company } : {}),
    vocabulary,
  });
  const token = newToken();
  await insertAttempt(db, {
    scenarioId: input.scenario.id,
    versionId: input.scenario.versionId,
    accountId: input.accountId,
    tokenHash: tokenHash(token),
    jobLabel: input.job.label,
    romeCode: input.job.romeCode,
    interviewKind: input.interviewKind,
    state: serialiseState(state),
  });
  return token;
}

/** Tokens are base64url, 43 characters; anything else is an unknown attempt (never a query). */
export function isAttemptToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Whether this viewer may play or read this attempt: an anonymous attempt is the token holder's;
 * an account's attempt is its owner's only, even for someone who got hold of its address.
 */
export function mayOpen(attempt: Pick<AttemptRecord, 'accountId'>, viewer: Viewer | null): boolean {
  return attempt.accountId === null || attempt.accountId === viewer?.accountId;
}

/** The attempt behind a token, as this viewer may see it, or SIMULATOR_ATTEMPT_NOT_FOUND. */
export async function openAttempt(db: Db, token: string, viewer: Viewer | null, lock = false): Promise<AttemptRecord & { parsed: AttemptState }> {
  const attempt = isAttemptToken(token) ? await findAttemptByTokenHash(db, tokenHash(token), lock) : undefined;
  if (!attempt || !mayOpen(attempt, viewer)) throw new AppError('SIMULATOR_ATTEMPT_NOT_FOUND');
  return { ...attempt, parsed: parseState(attempt.state, attempt.document) };
}

export type AnswerOutcome = { kind: 'answered'; finished: boolean } | { kind: 'stale' } | { kind: 'invalid'; message: string };

/**
 * Plays one answer, inside a transaction with the attempt's row locked (two tabs, a double click):
 * the engine moves the state on; at the end, the debrief is built and stored. An answer to a step
 * that is no longer the current one (sent twice, an old tab) changes nothing.
 */
export async function answerSimulation(db: Db, token: string, viewer: Viewer | null, input: AnswerInput): Promise<AnswerOutcome> {
  return db.transaction().execute(async (trx) => {
    const attempt = await openAttempt(trx, token, viewer, true);
    if (attempt.parsed.finished || attempt.parsed.current !== input.stepId) return { kind: 'stale' } as const;
    let result;
    try {
      result = answerAttempt(attempt.document, attempt.parsed, input);
    } catch (error) {
      if (error instanceof AppError && error.code === 'SIMULATOR_INVALID_ANSWER') return { kind: 'invalid', message: error.message } as const;
      if (error instanceof AppError && (error.code === 'SIMULATOR_STALE_STEP' || error.code === 'SIMULATOR_ATTEMPT_FINISHED')) return { kind: 'stale' } as const;
      throw error;
    }
    const debrief = result.state.finished ? buildDebrief(attempt.document, result.state) : null;
    await saveAttemptProgress(trx, attempt.id, { state: serialiseState(result.state), feedback: result.feedback, debrief });
    return { kind: 'answered', finished: result.state.finished } as const;
  });
}
