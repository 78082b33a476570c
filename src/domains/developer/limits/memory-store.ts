import { gcra, type LimitStore, type RateDecision } from './limit-store.js';

const SWEEP_ABOVE = 50_000;

/** Counters of this process only (no REDIS_URL): each process allows the whole rate. */
export class MemoryLimitStore implements LimitStore {
  private readonly arrivals = new Map<string, number>();
  private readonly daily = new Map<string, number>();
  private currentDay = '';

  constructor(private readonly clock: () => number = Date.now) {}

  async take(key: string, perSecond: number, burst: number): Promise<RateDecision> {
    const now = this.clock();
    if (this.arrivals.size > SWEEP_ABOVE) {
      for (const [name, tat] of this.arrivals) if (tat < now) this.arrivals.delete(name);
    }
    const { decision, tat } = gcra(this.arrivals.get(key) ?? now, now, perSecond, burst);
    this.arrivals.set(key, tat);
    return decision;
  }

  async countDaily(key: string, day: string): Promise<number> {
    if (day !== this.currentDay) {
      this.daily.clear();
      this.currentDay = day;
    }
    const count = (this.daily.get(key) ?? 0) + 1;
    this.daily.set(key, count);
    return count;
  }

  async close(): Promise<void> {}
}
