import type { Db } from '../../../platform/db/database.js';
import { type ApiDayUsage, usageOfDay } from './health.repository.js';

/**
 * Health of an API from today's calls (Paris day, every application): the share of server
 * errors gives its state; the mean latency is shown beside it.
 */
export type HealthState = 'operationnelle' | 'degradee' | 'perturbee' | 'sans-appels';

export interface ApiHealth {
  state: HealthState;
  label: string;
  calls: number;
  /** Share of calls answered with a 5xx, 0 to 1. */
  serverErrorRate: number;
  /** Mean latency in milliseconds (0 without calls). */
  meanLatencyMs: number;
}

export const HEALTH_LABELS: Record<HealthState, string> = {
  operationnelle: 'Opérationnelle',
  degradee: 'Dégradée',
  perturbee: 'Perturbée',
  'sans-appels': 'Pas encore d’appels',
};

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'YYYY-MM-DD' of an instant in Paris. */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}

export function healthOf(usage: ApiDayUsage | undefined): ApiHealth {
  if (!usage || usage.calls <= 0) return { state: 'sans-appels', label: HEALTH_LABELS['sans-appels'], calls: 0, serverErrorRate: 0, meanLatencyMs: 0 };
  const serverErrorRate = usage.serverErrors / usage.calls;
  const state: HealthState = serverErrorRate < 0.01 ? 'operationnelle' : serverErrorRate < 0.05 ? 'degradee' : 'perturbee';
  return { state, label: HEALTH_LABELS[state], calls: usage.calls, serverErrorRate, meanLatencyMs: usage.latencyTotalMs / usage.calls };
}

/** Health of every API today, by slug (an API without calls is « Pas encore d’appels »). */
export async function loadHealth(db: Db, slugs: readonly string[], now = new Date()): Promise<Map<string, ApiHealth>> {
  const usage = await usageOfDay(db, parisDay(now));
  return new Map(slugs.map((slug) => [slug, healthOf(usage.get(slug))]));
}
