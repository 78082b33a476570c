import { defineAuditLabels } from '../../../platform/audit/audit.labels.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { validateScenario } from '../engine/scenario.validate.js';
import type { ScenarioDocument, ScenarioIssue } from '../engine/scenario.types.js';
import type { ScenarioKind, ScenarioRow } from '../simulator.table.js';
import { canonicalJson } from '../storage/canonical-json.js';
import { findLatestVersion, findScenarioBySlug, findVersionDocument, insertScenario, insertVersion, lockScenario, publishVersion, saveDraft, unpublishScenario } from '../storage/scenarios.repository.js';

defineAuditLabels({
  actions: {
    'simulateur.version': 'Nouvelle version d’un scénario du simulateur',
    'simulateur.publier': 'Publication d’un scénario du simulateur',
    'simulateur.retirer': 'Retrait de la publication d’un scénario du simulateur',
    'simulateur.importer': 'Import d’un scénario du simulateur',
  },
  subjects: { 'scenario-simulateur': 'Scénario du simulateur' },
  fields: { version: 'Version' },
});

const actorOf = (viewer: Viewer) => ({ accountId: viewer.accountId, displayName: viewer.displayName });
const authorOf = (viewer: Viewer) => ({ accountId: viewer.accountId, name: viewer.displayName.trim() || viewer.email });

/** The draft as stored (written only by the editor and by validated imports: a document, maybe with graph errors). */
export const draftOf = (scenario: ScenarioRow): ScenarioDocument => scenario.draft as ScenarioDocument;

/** Changes the draft under the scenario's row lock (two authors at once never lose a change). */
export async function mutateDraft(db: Db, scenarioId: number, change: (draft: ScenarioDocument) => ScenarioDocument, values: { title?: string; kind?: ScenarioKind } = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const scenario = await lockScenario(trx, scenarioId);
    await saveDraft(trx, scenarioId, { draft: change(draftOf(scenario)), ...values });
  });
}

export async function createScenario(db: Db, viewer: Viewer, values: { slug: string; kind: ScenarioKind; organisationId: number | null; draft: ScenarioDocument }): Promise<'created' | 'slug-taken'> {
  if (await findScenarioBySlug(db, values.slug)) return 'slug-taken';
  await insertScenario(db, { slug: values.slug, title: values.draft.title, kind: values.kind, organisationId: values.organisationId, draft: values.draft, createdBy: viewer.accountId });
  return 'created';
}

export type VersionOutcome = { ok: true; number: number; unchanged: boolean } | { ok: false; issues: ScenarioIssue[] };

/** Saves the draft as the next version, if the validator accepts it (same content as the latest: no new version). */
export async function saveDraftAsVersion(db: Db, viewer: Viewer, scenarioId: number, audit = 'simulateur.version'): Promise<VersionOutcome> {
  return db.transaction().execute(async (trx) => {
    const scenario = await lockScenario(trx, scenarioId);
    const validation = validateScenario(scenario.draft);
    if (!validation.ok) return { ok: false, issues: validation.issues } as const;
    const latest = await findLatestVersion(trx, scenarioId);
    if (latest && canonicalJson(latest.document) === canonicalJson(validation.scenario)) return { ok: true, number: latest.number, unchanged: true } as const;
    const version = await insertVersion(trx, scenarioId, validation.scenario, authorOf(viewer));
    await recordAudit(trx, { actor: actorOf(viewer), action: audit, subjectKind: 'scenario-simulateur', subjectId: scenarioId, summary: `Version ${version.number} du scénario « ${scenario.title} »`, after: { version: version.number } });
    return { ok: true, number: version.number, unchanged: false } as const;
  });
}

/** Players get this version from now on; attempts already started keep theirs. */
export async function publishScenarioVersion(db: Db, viewer: Viewer, scenarioId: number, number: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const scenario = await lockScenario(trx, scenarioId);
    const version = await findVersionDocument(trx, scenarioId, number);
    if (!version || !validateScenario(version.document).ok) throw new AppError('SIMULATOR_NOT_PUBLISHABLE');
    await publishVersion(trx, scenarioId, version.id);
    await recordAudit(trx, { actor: actorOf(viewer), action: 'simulateur.publier', subjectKind: 'scenario-simulateur', subjectId: scenarioId, summary: `Publication de la version ${number} du scénario « ${scenario.title} »`, after: { version: number } });
  });
}

export async function withdrawScenario(db: Db, viewer: Viewer, scenarioId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const scenario = await lockScenario(trx, scenarioId);
    await unpublishScenario(trx, scenarioId);
    await recordAudit(trx, { actor: actorOf(viewer), action: 'simulateur.retirer', subjectKind: 'scenario-simulateur', subjectId: scenarioId, summary: `Retrait de la publication du scénario « ${scenario.title} »` });
  });
}

/** A JSON text parsed, or the French message of where it breaks. */
export function parseJsonText(json: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return { ok: false, message: `Ce texte n’est pas un JSON valide${position ? ` (erreur vers le caractère ${Number(position) + 1})` : ''} : vérifiez les guillemets, virgules et accolades.` };
  }
}

export type ImportOutcome = { ok: true; slug: string } | { ok: false; issues: string[]; slugTaken?: boolean };

/**
 * Imports a document: validated by the engine (refused with its messages, each naming the step),
 * then a new scenario (its `id` gives the address) or a new version of `target` (the id becomes the
 * target's address).
 */
export async function importScenario(db: Db, viewer: Viewer, value: unknown, target: { scenario: ScenarioRow } | { organisationId: number | null; kind: ScenarioKind }): Promise<ImportOutcome> {
  const document = 'scenario' in target && value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as object), id: target.scenario.slug } : value;
  const validation = validateScenario(document);
  if (!validation.ok) return { ok: false, issues: validation.issues.map((issue) => issue.message) };
  const scenario = validation.scenario;
  if ('scenario' in target) {
    await mutateDraft(db, target.scenario.id, () => scenario, { title: scenario.title });
    const saved = await saveDraftAsVersion(db, viewer, target.scenario.id, 'simulateur.importer');
    if (!saved.ok) return { ok: false, issues: saved.issues.map((issue) => issue.message) };
    return { ok: true, slug: target.scenario.slug };
  }
  const created = await createScenario(db, viewer, { slug: scenario.id, kind: target.kind, organisationId: target.organisationId, draft: scenario });
  if (created === 'slug-taken') return { ok: false, issues: [`Un scénario a déjà l’adresse « ${scenario.id} » : changez l’« id » du document, ou importez-le depuis la page de ce scénario pour en faire une nouvelle version.`], slugTaken: true };
  const stored = await findScenarioBySlug(db, scenario.id);
  const saved = await saveDraftAsVersion(db, viewer, stored!.id, 'simulateur.importer');
  if (!saved.ok) return { ok: false, issues: saved.issues.map((issue) => issue.message) };
  return { ok: true, slug: scenario.id };
}
