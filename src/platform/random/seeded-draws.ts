/**
 * The draws of a seeded pseudo-random generator, built on its `next()` (a float in [0, 1)): the
 * same seed gives the same data on every platform. For generated data (demo content, synthetic
 * feeds, benchmarks), never for secrets.
 */
export abstract class SeededDraws {
  /** A float in [0, 1). */
  abstract next(): number;

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the items, each with its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let draw = this.next() * total;
    for (const [item, weight] of items) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Up to `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length) picked.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return picked;
  }
}
