import type { Db } from '../../../platform/db/database.js';
import { fillPlaceholders } from '../engine/placeholders.js';
import type { AnswerFeedback, AttemptState, Debrief, ScenarioDocument } from '../engine/scenario.types.js';
import type { ScenarioKind } from '../simulator.table.js';

/** An attempt with the scenario version it is played on. */
export interface AttemptRecord {
  id: number;
  scenarioId: number;
  scenarioSlug: string;
  scenarioKind: ScenarioKind;
  versionId: number;
  document: ScenarioDocument;
  accountId: number | null;
  jobLabel: string;
  romeCode: string | null;
  interviewKind: string;
  /** The engine's AttemptState as stored (parse it with parseState). */
  state: unknown;
  lastFeedback: AnswerFeedback | null;
  debrief: Debrief | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** An attempt in « Mes simulations d'entretien ». */
export interface AttemptSummary {
  id: number;
  scenarioTitle: string;
  jobLabel: string;
  interviewKind: string;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
  /** Overall score of a finished attempt (0–100), if any. */
  overall: number | null;
}

export interface NewAttempt {
  scenarioId: number;
  versionId: number;
  accountId: number | null;
  tokenHash: string;
  jobLabel: string;
  romeCode: string | null;
  interviewKind: string;
  state: string;
}

export async function insertAttempt(db: Db, attempt: NewAttempt): Promise<number> {
  const row = await db
    .insertInto('simulator_attempts')
    .values({
      scenario_id: attempt.scenarioId,
      version_id: attempt.versionId,
      account_id: attempt.accountId,
      token_hash: attempt.tokenHash,
      job_label: attempt.jobLabel,
      rome_code: attempt.romeCode,
      interview_kind: attempt.interviewKind,
      state: attempt.state,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function attemptQuery(db: Db) {
  return db
    .selectFrom('simulator_attempts as a')
    .innerJoin('simulator_scenarios as s', 's.id', 'a.scenario_id')
    .innerJoin('simulator_scenario_versions as v', 'v.id', 'a.version_id')
    .select([
      'a.id',
      'a.scenario_id as scenarioId',
      's.slug as scenarioSlug',
      's.kind as scenarioKind',
      'a.version_id as versionId',
      'v.document',
      'a.account_id as accountId',
      'a.job_label as jobLabel',
      'a.rome_code as romeCode',
      'a.interview_kind as interviewKind',
      'a.state',
      'a.last_feedback as lastFeedback',
      'a.debrief',
      'a.started_at as startedAt',
      'a.finished_at as finishedAt',
    ]);
}

/** The attempt whose token has this hash; `lock` holds its row until the transaction ends. */
export async function findAttemptByTokenHash(db: Db, tokenHash: string, lock = false): Promise<AttemptRecord | undefined> {
  let query = attemptQuery(db).where('a.token_hash', '=', tokenHash);
  if (lock) query = query.forUpdate('a');
  return (await query.executeTakeFirst()) as AttemptRecord | undefined;
}

/** Stores the state after an answer; with a debrief, the attempt is finished. */
export async function saveAttemptProgress(db: Db, id: number, values: { state: string; feedback: AnswerFeedback; debrief: Debrief | null }): Promise<void> {
  const now = new Date();
  await db
    .updateTable('simulator_attempts')
    .set({
      state: values.state,
      last_feedback: JSON.stringify(values.feedback),
      debrief: values.debrief ? JSON.stringify(values.debrief) : null,
      finished_at: values.debrief ? now : null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** The account's attempts, newest first. */
export async function listAttemptsOfAccount(db: Db, accountId: number): Promise<AttemptSummary[]> {
  const rows = await db
    .selectFrom('simulator_attempts as a')
    .innerJoin('simulator_scenarios as s', 's.id', 'a.scenario_id')
    .select(['a.id', 's.title as scenarioTitle', 'a.job_label as jobLabel', 'a.interview_kind as interviewKind', 'a.started_at as startedAt', 'a.updated_at as updatedAt', 'a.finished_at as finishedAt', 'a.debrief', 'a.state'])
    .where('a.account_id', '=', accountId)
    .orderBy('a.started_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(({ debrief, state, ...row }) => {
    const options = (state as Partial<AttemptState> | null)?.options;
    const scenarioTitle = options ? fillPlaceholders(row.scenarioTitle, { metier: options.jobTitle, entreprise: options.company }) : row.scenarioTitle;
    return { ...row, scenarioTitle, overall: (debrief as Debrief | null)?.overall ?? null };
  });
}

/**
 * Gives the account's attempt a new token (its address), so that its owner can open it again: the
 * token is never stored, only its hash. False when the attempt is not the account's.
 */
export async function renewAttemptToken(db: Db, id: number, accountId: number, tokenHash: string): Promise<boolean> {
  const result = await db.updateTable('simulator_attempts').set({ token_hash: tokenHash }).where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Keeps an anonymous attempt in the account of the person playing it (once logged in). */
export async function claimAttempt(db: Db, id: number, accountId: number): Promise<boolean> {
  const result = await db.updateTable('simulator_attempts').set({ account_id: accountId, updated_at: new Date() }).where('id', '=', id).where('account_id', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Anonymous attempts untouched since `before` (nobody can come back to them without their address). */
export async function deleteAnonymousAttemptsBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('simulator_attempts').where('account_id', 'is', null).where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
