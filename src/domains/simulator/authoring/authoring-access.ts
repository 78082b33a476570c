import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { listMemberships } from '../../catalogue/index.js';
import type { ScenarioRow } from '../simulator.table.js';
import { findScenarioBySlug } from '../storage/scenarios.repository.js';

/** Operator staff author every scenario (and the operator's own). */
export const isStaff = (viewer: Viewer | null): boolean => !!viewer && (viewer.roles.includes('moderateur') || viewer.roles.includes('administrateur'));

/** Who authors what: staff everything; a partner, the scenarios of the organisations they belong to. */
export interface AuthorScope {
  staff: boolean;
  organisations: { id: number; slug: string; name: string }[];
}

export async function authorScope(db: Db, viewer: Viewer): Promise<AuthorScope> {
  const memberships = await listMemberships(db, viewer.accountId);
  return { staff: isStaff(viewer), organisations: memberships.map((membership) => ({ id: membership.id, slug: membership.slug, name: membership.name })) };
}

export const mayAuthor = (scope: AuthorScope): boolean => scope.staff || scope.organisations.length > 0;

export const mayEdit = (scope: AuthorScope, scenario: Pick<ScenarioRow, 'organisation_id'>): boolean =>
  scope.staff || (scenario.organisation_id !== null && scope.organisations.some((organisation) => organisation.id === scenario.organisation_id));

/** The scenario, if this viewer may edit it: 404 when unknown, 403 when not theirs (another organisation's, or not an author at all). */
export async function requireEditableScenario(db: Db, viewer: Viewer, slug: string): Promise<{ scenario: ScenarioRow; scope: AuthorScope }> {
  const scenario = await findScenarioBySlug(db, slug);
  if (!scenario) throw new AppError('SIMULATOR_SCENARIO_NOT_FOUND');
  const scope = await authorScope(db, viewer);
  if (!mayEdit(scope, scenario)) throw new AppError('SIMULATOR_NOT_AUTHOR');
  return { scenario, scope };
}
