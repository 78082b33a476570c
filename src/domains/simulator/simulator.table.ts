import type { ColumnType, Generated, Selectable } from 'kysely';

export type ScenarioKind = 'entretien' | 'jeu-serieux';
export type ScenarioStatus = 'brouillon' | 'publie';

/** JSON columns: read as parsed values, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface SimulatorScenariosTable {
  id: Generated<number>;
  slug: string;
  title: string;
  kind: Generated<ScenarioKind>;
  /** NULL: the operator's own scenario. */
  organisation_id: number | null;
  status: Generated<ScenarioStatus>;
  /** The editor's working copy (a ScenarioDocument, possibly invalid). */
  draft: Json<unknown>;
  published_version_id: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SimulatorScenarioVersionsTable {
  id: Generated<number>;
  scenario_id: number;
  number: number;
  /** A valid ScenarioDocument. */
  document: Json<unknown>;
  author_account_id: number | null;
  author_name: string;
  created_at: Generated<Date>;
}

export interface SimulatorAttemptsTable {
  id: Generated<number>;
  scenario_id: number;
  version_id: number;
  account_id: number | null;
  token_hash: string;
  job_label: string;
  rome_code: string | null;
  interview_kind: string;
  /** The engine's AttemptState. */
  state: Json<unknown>;
  /** The engine's AnswerFeedback of the last answer. */
  last_feedback: NullableJson<unknown>;
  /** The engine's Debrief, once finished. */
  debrief: NullableJson<unknown>;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  finished_at: Date | null;
}

export type ScenarioRow = Selectable<SimulatorScenariosTable>;
export type ScenarioVersionRow = Selectable<SimulatorScenarioVersionsTable>;
export type AttemptRow = Selectable<SimulatorAttemptsTable>;

declare module '../../platform/db/database.js' {
  interface Database {
    simulator_scenarios: SimulatorScenariosTable;
    simulator_scenario_versions: SimulatorScenarioVersionsTable;
    simulator_attempts: SimulatorAttemptsTable;
  }
}
