import type { Db } from '../../../platform/db/database.js';
import { addDays, parisDay } from '../../catalogue/index.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { apiName } from './dashboard.service.js';
import { countActiveApplications, monthlyCallsByApi } from './usage.repository.js';

export const MONTHS_SHOWN = 12;
/** An application is « calling » when it called an API over this many days. */
export const CALLING_WINDOW_DAYS = 30;

export interface ApiMonths {
  slug: string;
  name: string;
  /** Calls per month, in the order of `months`. */
  calls: number[];
  total: number;
}

/** The public statistics: calls per API and month, all applications together; no per-application figure. */
export interface PublicStatistics {
  /** 'YYYY-MM', oldest first; the last is the current (Paris) month. */
  months: string[];
  apis: ApiMonths[];
  /** Calls per month, every API together. */
  totals: number[];
  activeApplications: number;
  callingApplications: number;
}

/** The `count` months ending with the month of `today` ('YYYY-MM', oldest first). */
export function lastMonths(today: string, count = MONTHS_SHOWN): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const serial = year * 12 + (month - 1) - (count - 1 - index);
    return `${Math.floor(serial / 12)}-${String((serial % 12) + 1).padStart(2, '0')}`;
  });
}

/** Places the monthly sums on the grid of months and APIs (registry APIs always, others when called). */
export function buildPublicStatistics(months: string[], rows: readonly { api: string; month: string; calls: number }[], counts: { active: number; calling: number }): PublicStatistics {
  const slugs = [...DEVELOPER_APIS.map((api) => api.slug), ...[...new Set(rows.map((row) => row.api))].filter((slug) => !DEVELOPER_APIS.some((api) => api.slug === slug)).sort()];
  const apis = slugs.map((slug) => {
    const calls = months.map((month) => rows.filter((row) => row.api === slug && row.month === month).reduce((sum, row) => sum + row.calls, 0));
    return { slug, name: apiName(slug), calls, total: calls.reduce((sum, value) => sum + value, 0) };
  });
  const totals = months.map((_, index) => apis.reduce((sum, api) => sum + api.calls[index]!, 0));
  return { months, apis, totals, activeApplications: counts.active, callingApplications: counts.calling };
}

export async function loadPublicStatistics(db: Db, now = new Date()): Promise<PublicStatistics> {
  const today = parisDay(now);
  const months = lastMonths(today);
  const [rows, counts] = await Promise.all([monthlyCallsByApi(db, `${months[0]}-01`), countActiveApplications(db, addDays(today, 1 - CALLING_WINDOW_DAYS))]);
  return buildPublicStatistics(months, rows, counts);
}
