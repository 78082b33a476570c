import type { DemoApiUsage } from './demo.data.js';

/**
 * Plausible, deterministic usage for the demo: the same application, API and day always give the
 * same figures (a pseudo-random generator seeded by them; never Math.random), so loading the demo
 * twice, or on another day, writes the same rows.
 */

/** FNV-1a hash of a text: the seed of a day's figures. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: a small, good-enough generator of numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hash(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A typical latency (ms) inside each histogram bucket. */
const TYPICAL_MS = [6, 17, 36, 71, 160, 340, 690, 1400];

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export interface DemoUsageFigures {
  calls: number;
  client_errors: number;
  server_errors: number;
  throttled: number;
  latency_total_ms: number;
  latency_histogram: number[];
}

/**
 * One API's figures on one day. `progress` goes from 0 (first demo day) to 1 (last): usage grows
 * by about half over the period; weekends are quieter; one day in twenty has a burst of calls,
 * some of them refused (429).
 */
export function demoUsageOfDay(key: string, usage: DemoApiUsage, day: string, progress: number): DemoUsageFigures {
  const random = seededRandom(`${key}|${usage.api}|${day}`);
  const trend = 0.65 + 0.35 * progress;
  const burst = random() < 0.05;
  const base = usage.weekdayCalls * trend * (isWeekend(day) ? 0.4 : 1) * (0.85 + 0.3 * random()) * (burst ? 2.5 : 1);
  const calls = Math.max(0, Math.round(base));
  const throttled = burst ? Math.round(calls * (0.03 + 0.04 * random())) : random() < 0.15 ? Math.round(1 + 4 * random()) : 0;
  const clientErrors = Math.round(calls * usage.clientErrorRate * (0.5 + random()));
  const serverErrors = random() < 0.6 ? Math.round(calls * usage.serverErrorRate * (0.3 + 1.4 * random())) : 0;
  const histogram = usage.latency.map((share) => Math.floor(calls * share * (0.9 + 0.2 * random())));
  // Every call is measured: what rounding left goes to the busiest bucket.
  const busiest = histogram.indexOf(Math.max(...histogram));
  histogram[busiest] = Math.max(0, histogram[busiest]! + calls - histogram.reduce((sum, count) => sum + count, 0));
  const latencyTotal = histogram.reduce((sum, count, index) => sum + count * TYPICAL_MS[index]! * (0.9 + 0.2 * random()), 0);
  return { calls, client_errors: clientErrors, server_errors: serverErrors, throttled: Math.min(throttled, calls), latency_total_ms: Math.round(latencyTotal), latency_histogram: histogram };
}

/** Tokens granted (and a few refused) on one day. */
export function demoGrantsOfDay(key: string, perWeekday: number, day: string): { granted: number; refused: number } {
  const random = seededRandom(`${key}|jetons|${day}`);
  const granted = Math.round(perWeekday * (isWeekend(day) ? 0.7 : 1) * (0.9 + 0.2 * random()));
  const refused = random() < 0.1 ? Math.round(1 + 2 * random()) : 0;
  return { granted, refused };
}
