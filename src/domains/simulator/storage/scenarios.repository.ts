import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ScenarioDocument } from '../engine/scenario.types.js';
import type { ScenarioKind, ScenarioRow, ScenarioStatus } from '../simulator.table.js';

/** A scenario as the editor lists it. */
export interface ScenarioListItem {
  id: number;
  slug: string;
  title: string;
  kind: ScenarioKind;
  status: ScenarioStatus;
  organisationId: number | null;
  /** The organisation's name, or null for the operator's own scenarios. */
  organisationName: string | null;
  latestVersion: number | null;
  publishedVersion: number | null;
  updatedAt: Date;
}

/** A published scenario, as players get it. */
export interface PublishedScenario {
  id: number;
  slug: string;
  title: string;
  kind: ScenarioKind;
  versionId: number;
  versionNumber: number;
  document: ScenarioDocument;
}

export interface VersionSummary {
  id: number;
  number: number;
  authorName: string;
  createdAt: Date;
}

export async function findScenarioBySlug(db: Db, slug: string): Promise<ScenarioRow | undefined> {
  return db.selectFrom('simulator_scenarios').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The row locked for the rest of the transaction (versions are numbered under this lock). */
export async function lockScenario(trx: Db, id: number): Promise<ScenarioRow> {
  return trx.selectFrom('simulator_scenarios').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

/** Scenarios of these organisations (and the operator's own when `operator`), or all of them (`all`), by title. */
export async function listScenarios(db: Db, scope: { all: true } | { all: false; organisationIds: number[]; operator: boolean }): Promise<ScenarioListItem[]> {
  let query = db
    .selectFrom('simulator_scenarios as s')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('simulator_scenario_versions as p', 'p.id', 's.published_version_id')
    .select([
      's.id',
      's.slug',
      's.title',
      's.kind',
      's.status',
      's.organisation_id as organisationId',
      'o.name as organisationName',
      'p.number as publishedVersion',
      's.updated_at as updatedAt',
    ])
    .select((eb) => eb.selectFrom('simulator_scenario_versions as v').select(sql<number>`max(v.number)`.as('n')).whereRef('v.scenario_id', '=', 's.id').as('latestVersion'));
  if (!scope.all) {
    const { organisationIds, operator } = scope;
    query = query.where((eb) => eb.or([...(organisationIds.length ? [eb('s.organisation_id', 'in', organisationIds)] : []), ...(operator ? [eb('s.organisation_id', 'is', null)] : []), eb.val(false)]));
  }
  return (await query.orderBy('s.title').orderBy('s.id').execute()) as ScenarioListItem[];
}

export interface NewScenario {
  slug: string;
  title: string;
  kind: ScenarioKind;
  organisationId: number | null;
  draft: unknown;
  createdBy: number | null;
}

export async function insertScenario(db: Db, scenario: NewScenario): Promise<number> {
  const row = await db
    .insertInto('simulator_scenarios')
    .values({ slug: scenario.slug, title: scenario.title, kind: scenario.kind, organisation_id: scenario.organisationId, draft: JSON.stringify(scenario.draft), created_by: scenario.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the working copy (and the title and kind shown in lists). */
export async function saveDraft(db: Db, id: number, values: { draft: unknown; title?: string; kind?: ScenarioKind }): Promise<void> {
  await db
    .updateTable('simulator_scenarios')
    .set({ draft: JSON.stringify(values.draft), ...(values.title ? { title: values.title } : {}), ...(values.kind ? { kind: values.kind } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Adds the next numbered version; call inside a transaction after lockScenario(). */
export async function insertVersion(trx: Db, scenarioId: number, document: ScenarioDocument, author: { accountId: number | null; name: string }): Promise<{ id: number; number: number }> {
  const last = await trx.selectFrom('simulator_scenario_versions').select(sql<number>`coalesce(max(number), 0)`.as('n')).where('scenario_id', '=', scenarioId).executeTakeFirstOrThrow();
  const number = Number(last.n) + 1;
  const row = await trx
    .insertInto('simulator_scenario_versions')
    .values({ scenario_id: scenarioId, number, document: JSON.stringify(document), author_account_id: author.accountId, author_name: author.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('simulator_scenarios').set({ updated_at: new Date() }).where('id', '=', scenarioId).execute();
  return { id: row.id, number };
}

export async function publishVersion(trx: Db, scenarioId: number, versionId: number): Promise<void> {
  await trx.updateTable('simulator_scenarios').set({ status: 'publie', published_version_id: versionId, updated_at: new Date() }).where('id', '=', scenarioId).execute();
}

/** Takes a scenario out of the players' lists (its versions and attempts stay). */
export async function unpublishScenario(db: Db, scenarioId: number): Promise<void> {
  await db.updateTable('simulator_scenarios').set({ status: 'brouillon', published_version_id: null, updated_at: new Date() }).where('id', '=', scenarioId).execute();
}

export async function listVersions(db: Db, scenarioId: number): Promise<VersionSummary[]> {
  return db
    .selectFrom('simulator_scenario_versions')
    .select(['id', 'number', 'author_name as authorName', 'created_at as createdAt'])
    .where('scenario_id', '=', scenarioId)
    .orderBy('number', 'desc')
    .execute();
}

export async function findVersionDocument(db: Db, scenarioId: number, number: number): Promise<{ id: number; document: ScenarioDocument } | undefined> {
  const row = await db.selectFrom('simulator_scenario_versions').select(['id', 'document']).where('scenario_id', '=', scenarioId).where('number', '=', number).executeTakeFirst();
  return row ? { id: row.id, document: row.document as ScenarioDocument } : undefined;
}

export async function findLatestVersion(db: Db, scenarioId: number): Promise<{ id: number; number: number; document: ScenarioDocument } | undefined> {
  const row = await db.selectFrom('simulator_scenario_versions').select(['id', 'number', 'document']).where('scenario_id', '=', scenarioId).orderBy('number', 'desc').limit(1).executeTakeFirst();
  return row ? { id: row.id, number: row.number, document: row.document as ScenarioDocument } : undefined;
}

function publishedQuery(db: Db) {
  return db
    .selectFrom('simulator_scenarios as s')
    .innerJoin('simulator_scenario_versions as v', 'v.id', 's.published_version_id')
    .select(['s.id', 's.slug', 's.title', 's.kind', 'v.id as versionId', 'v.number as versionNumber', 'v.document'])
    .where('s.status', '=', 'publie');
}

const toPublished = (row: Omit<PublishedScenario, 'document'> & { document: unknown }): PublishedScenario => ({ ...row, document: row.document as ScenarioDocument });

/** Published scenarios of a kind, by title. */
export async function listPublishedScenarios(db: Db, kind: ScenarioKind): Promise<PublishedScenario[]> {
  return (await publishedQuery(db).where('s.kind', '=', kind).orderBy('s.title').orderBy('s.id').execute()).map(toPublished);
}

export async function findPublishedScenario(db: Db, slug: string): Promise<PublishedScenario | undefined> {
  const row = await publishedQuery(db).where('s.slug', '=', slug).executeTakeFirst();
  return row ? toPublished(row) : undefined;
}
