import { SeededDraws } from '../../src/platform/random/seeded-draws.js';

/** A small seeded PRNG (mulberry32) and the draws the generator needs: same seed, same data. */
export class Random extends SeededDraws {
  private state: number;

  constructor(seed: number) {
    super();
    this.state = seed >>> 0;
  }

  /** A generator for item `index` of a family: each item is drawn independently of the others. */
  static for(family: string, index: number): Random {
    let hash = 2166136261;
    for (const char of `${family}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    return new Random(hash);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}
