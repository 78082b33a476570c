import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { gcra } from './limit-store.js';
import { MemoryLimitStore } from './memory-store.js';
import { RedisLimitStore } from './redis-store.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

async function redisAvailable(): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('rate limits (GCRA)', () => {
  test('a burst is allowed at once, then one call per interval', () => {
    let tat = 0;
    const now = 1_000_000;
    const decisions = [];
    for (let i = 0; i < 21; i++) {
      const result = gcra(tat, now, 10, 20);
      tat = result.tat;
      decisions.push(result.decision);
    }
    assert.deepEqual(decisions.slice(0, 20).map((d) => d.allowed), new Array(20).fill(true));
    assert.equal(decisions[0]!.remaining, 19);
    assert.equal(decisions[19]!.remaining, 0);
    assert.equal(decisions[20]!.allowed, false);
    assert.equal(decisions[20]!.retryAfterSeconds, 1);
    assert.equal(gcra(tat, now + 99, 10, 20).decision.allowed, false, 'not before one interval');
    assert.equal(gcra(tat, now + 100, 10, 20).decision.allowed, true, 'one call after 100 ms at 10/s');
    const rested = gcra(tat, now + 60_000, 10, 20).decision;
    assert.equal(rested.remaining, 19, 'a rested bucket is full again');
  });

  test('sustained rate: over 10 simulated seconds at 10/s with burst 20, exactly 20 + 100 calls pass', async () => {
    let clock = 5_000_000;
    const store = new MemoryLimitStore(() => clock);
    let allowed = 0;
    for (let ms = 0; ms < 10_000; ms += 5) {
      clock = 5_000_000 + ms;
      if ((await store.take('app', 10, 20)).allowed) allowed += 1;
    }
    assert.ok(allowed >= 119 && allowed <= 120, `allowed ${allowed}`);
  });

  test('keys are independent; daily counters reset with the day', async () => {
    const store = new MemoryLimitStore();
    for (let i = 0; i < 5; i++) await store.take('a', 1, 5);
    assert.equal((await store.take('a', 1, 5)).allowed, false);
    assert.equal((await store.take('b', 1, 5)).allowed, true);
    assert.equal(await store.countDaily('a', '2026-11-27'), 1);
    assert.equal(await store.countDaily('a', '2026-11-27'), 2);
    assert.equal(await store.countDaily('a', '2026-11-28'), 1);
  });

  test('Redis store: two processes (two clients) share one allowance, atomically', async (context) => {
    if (!(await redisAvailable())) return context.skip('no Redis server on 127.0.0.1:6379');
    const prefix = `es:test:${randomBytes(6).toString('hex')}:`;
    const first = new RedisLimitStore(REDIS_URL, prefix);
    const second = new RedisLimitStore(REDIS_URL, prefix);
    try {
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? first : second).take('app:api', 1, 20)));
      const allowed = results.filter((result) => result.allowed).length;
      assert.ok(allowed >= 20 && allowed <= 21, `allowed ${allowed} of 60 with a burst of 20 (one may refill during the run)`);
      const refused = results.find((result) => !result.allowed)!;
      assert.ok(refused.retryAfterSeconds >= 1);
      assert.equal(refused.remaining, 0);
      const counts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second).countDaily('app:api', '2026-11-27')));
      assert.deepEqual([...counts].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
