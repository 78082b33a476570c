import type { Db } from '../../../platform/db/database.js';
import { eachDay, type Period } from '../../catalogue/index.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { emptyFigures, listApplicationUsage, listTokenGrants, sumFigures, type UsageFigures, type UsageRow } from './usage.repository.js';

export interface ApiFigures {
  slug: string;
  name: string;
  figures: UsageFigures;
}

/** What an application's dashboard shows for a period (and, optionally, one API). */
export interface ApplicationDashboard {
  period: Period;
  /** The API the figures are narrowed to, or null for all. */
  api: string | null;
  totals: UsageFigures;
  /** Tokens granted over the period (a token serves every API of the application). */
  tokensGranted: number;
  /** Every day of the period, days without calls included. */
  daily: { day: string; figures: UsageFigures }[];
  /** APIs called over the period, in the registry's order. */
  perApi: ApiFigures[];
}

/** The name of an API slug (the slug itself for an API no longer listed). */
export function apiName(slug: string): string {
  return DEVELOPER_APIS.find((api) => api.slug === slug)?.name ?? slug;
}

const registryRank = (slug: string) => {
  const index = DEVELOPER_APIS.findIndex((api) => api.slug === slug);
  return index === -1 ? DEVELOPER_APIS.length : index;
};

/** Folds usage rows into the dashboard's figures (pure: the rows are those of the period). */
export function buildDashboard(period: Period, api: string | null, rows: readonly UsageRow[], grants: ReadonlyMap<string, number>): ApplicationDashboard {
  const byDay = new Map<string, UsageRow['figures'][]>();
  const byApi = new Map<string, UsageRow['figures'][]>();
  for (const row of rows) {
    byDay.set(row.day, [...(byDay.get(row.day) ?? []), row.figures]);
    byApi.set(row.api, [...(byApi.get(row.api) ?? []), row.figures]);
  }
  const daily = eachDay(period.from, period.to).map((day) => ({ day, figures: byDay.has(day) ? sumFigures(byDay.get(day)!) : emptyFigures() }));
  const perApi = [...byApi]
    .map(([slug, figures]) => ({ slug, name: apiName(slug), figures: sumFigures(figures) }))
    .sort((a, b) => registryRank(a.slug) - registryRank(b.slug) || a.slug.localeCompare(b.slug));
  const tokensGranted = eachDay(period.from, period.to).reduce((sum, day) => sum + (grants.get(day) ?? 0), 0);
  return { period, api, totals: sumFigures(rows.map((row) => row.figures)), tokensGranted, daily, perApi };
}

export async function loadDashboard(db: Db, applicationId: number, period: Period, api: string | null): Promise<ApplicationDashboard> {
  const [rows, grants] = await Promise.all([listApplicationUsage(db, applicationId, period.from, period.to, api), listTokenGrants(db, applicationId, period.from, period.to)]);
  return buildDashboard(period, api, rows, grants);
}
