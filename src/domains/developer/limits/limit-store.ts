/** The outcome of taking one call from an application's allowance (GCRA, a leaky bucket). */
export interface RateDecision {
  allowed: boolean;
  /** Calls still allowed at once after this one. */
  remaining: number;
  /** Seconds until the allowance is full again. */
  resetSeconds: number;
  /** When refused: seconds before a call is allowed again (≥ 1). */
  retryAfterSeconds: number;
}

/** Where rate-limit and quota counters live: this process, or Redis for several processes. */
export interface LimitStore {
  /** Takes one call: `perSecond` sustained, up to `burst` at once. */
  take(key: string, perSecond: number, burst: number): Promise<RateDecision>;
  /** Adds one call to a day's counter and returns the new count. */
  countDaily(key: string, day: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Generic cell rate algorithm: `tat` is the theoretical arrival time of the next call. A call is
 * allowed when, after it, the bucket holds at most `burst` emission intervals.
 */
export function gcra(tat: number, now: number, perSecond: number, burst: number): { decision: RateDecision; tat: number } {
  const interval = 1000 / perSecond;
  const capacity = burst * interval;
  const next = Math.max(tat, now) + interval;
  const filled = next - now;
  if (filled > capacity + 1e-6) {
    const current = Math.max(tat, now) - now;
    return {
      decision: { allowed: false, remaining: 0, resetSeconds: Math.ceil(current / 1000), retryAfterSeconds: Math.max(1, Math.ceil((filled - capacity) / 1000)) },
      tat,
    };
  }
  return {
    decision: { allowed: true, remaining: Math.floor((capacity - filled) / interval + 1e-6), resetSeconds: Math.ceil(filled / 1000), retryAfterSeconds: 0 },
    tat: next,
  };
}
