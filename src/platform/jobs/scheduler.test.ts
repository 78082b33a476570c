import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/helpers/database.js';
import type { DatabaseHandle, Db } from '../db/database.js';
import { createScheduler, type JobContext } from './scheduler.js';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

describe('scheduled jobs', () => {
  let database: DatabaseHandle;
  let db: Db;
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  after(async () => database.close());
  beforeEach(async () => {
    await db.deleteFrom('scheduled_jobs').execute();
  });

  const row = (name: string) => db.selectFrom('scheduled_jobs').selectAll().where('name', '=', name).executeTakeFirstOrThrow();

  test('a new job runs at once, then every interval; its next run is kept in the database', async () => {
    const runs: Date[] = [];
    const scheduler = createScheduler(db, { instanceId: 'a' });
    scheduler.register({ name: 'compter', everyMs: 15 * MINUTE, run: async (_db, context) => void runs.push(context.now) });
    assert.deepEqual(await scheduler.runDue(at('2026-11-20T10:00:00Z')), [{ name: 'compter', ok: true }]);
    assert.deepEqual(await scheduler.runDue(at('2026-11-20T10:14:59Z')), []);
    assert.deepEqual(await scheduler.runDue(at('2026-11-20T10:15:00Z')), [{ name: 'compter', ok: true }]);
    assert.equal(runs.length, 2);
    const state = await row('compter');
    assert.equal(state.next_run_at.toISOString(), '2026-11-20T10:30:00.000Z');
    assert.equal(state.runs, 2);
    assert.equal(state.locked_by, null);
    assert.equal(state.locked_until, null);
    assert.equal(state.last_error, null);
  });

  test('a restart (a new scheduler instance) reads next_run_at instead of running at once', async () => {
    let count = 0;
    const job = { name: 'redemarrage', everyMs: 15 * MINUTE, run: async () => void count++ };
    const first = createScheduler(db, { instanceId: 'premier' });
    first.register(job);
    await first.runDue(at('2026-11-20T10:00:00Z'));
    const second = createScheduler(db, { instanceId: 'second' });
    second.register(job);
    assert.deepEqual(await second.runDue(at('2026-11-20T10:05:00Z')), []);
    assert.equal(count, 1);
    assert.equal((await second.runDue(at('2026-11-20T10:15:00Z'))).length, 1);
    assert.equal(count, 2);
    // A shorter interval after a deploy takes effect at once rather than after the old one.
    const third = createScheduler(db, { instanceId: 'troisieme' });
    third.register({ ...job, everyMs: MINUTE });
    assert.deepEqual(await third.runDue(at('2026-11-20T10:15:30Z')), []);
    assert.equal((await row('redemarrage')).next_run_at.toISOString(), '2026-11-20T10:16:30.000Z');
  });

  test('two schedulers on one database run a due job once', async () => {
    let count = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = {
      name: 'exclusif',
      everyMs: 15 * MINUTE,
      run: async () => {
        count++;
        await gate;
      },
    };
    const [a, b] = [createScheduler(db, { instanceId: 'a' }), createScheduler(db, { instanceId: 'b' })];
    a.register(job);
    b.register(job);
    const now = at('2026-11-20T10:00:00Z');
    const first = a.runDue(now);
    // While a holds the lease, b finds nothing to run, whatever the interleaving.
    for (let i = 0; i < 5 && count === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await b.runDue(now);
    release();
    const outcomes = [...(await first), ...second];
    assert.equal(count, 1);
    assert.equal(outcomes.length, 1);
    assert.equal((await row('exclusif')).runs, 1);
    // Many at once: still once.
    const many = Array.from({ length: 6 }, (_, i) => {
      const scheduler = createScheduler(db, { instanceId: `n${i}` });
      scheduler.register({ name: 'foule', everyMs: MINUTE, run: async () => void count++ });
      return scheduler;
    });
    count = 0;
    const results = await Promise.all(many.map((scheduler) => scheduler.runDue(now)));
    assert.equal(count, 1);
    assert.equal(results.flat().length, 1);
  });

  test('a crashed run keeps the job until its lease expires, then another process takes it', async () => {
    const name = 'plantage';
    await db.insertInto('scheduled_jobs').values({ name, next_run_at: at('2026-11-20T10:00:00Z'), locked_by: 'mort:1', locked_until: at('2026-11-20T10:05:00Z') }).execute();
    let count = 0;
    const scheduler = createScheduler(db, { instanceId: 'vivant' });
    scheduler.register({ name, everyMs: 15 * MINUTE, run: async () => void count++ });
    assert.deepEqual(await scheduler.runDue(at('2026-11-20T10:04:59Z')), []);
    assert.equal((await scheduler.runDue(at('2026-11-20T10:05:00Z'))).length, 1);
    assert.equal(count, 1);
    assert.equal((await row(name)).locked_by, null);
  });

  test('a failing job records its error and is retried later', async () => {
    let fail = true;
    const scheduler = createScheduler(db, { instanceId: 'a' });
    scheduler.register({
      name: 'fragile',
      everyMs: 15 * MINUTE,
      retryMs: 2 * MINUTE,
      run: async () => {
        if (fail) throw new Error('serveur SMTP injoignable');
      },
    });
    const [outcome] = await scheduler.runDue(at('2026-11-20T10:00:00Z'));
    assert.equal(outcome?.ok, false);
    let state = await row('fragile');
    assert.equal(state.last_error, 'Error: serveur SMTP injoignable');
    assert.equal(state.next_run_at.toISOString(), '2026-11-20T10:02:00.000Z');
    assert.equal(state.locked_by, null);
    fail = false;
    assert.deepEqual(await scheduler.runDue(at('2026-11-20T10:02:00Z')), [{ name: 'fragile', ok: true }]);
    state = await row('fragile');
    assert.equal(state.last_error, null);
    assert.equal(state.next_run_at.toISOString(), '2026-11-20T10:17:00.000Z');
    assert.equal(state.runs, 2);
  });

  test('start() runs due jobs in the background; stop() waits for the running one', async () => {
    let finished = false;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let seen: JobContext | null = null;
    const scheduler = createScheduler(db, { instanceId: 'fond', pollMs: 10 });
    scheduler.register({
      name: 'fond',
      everyMs: 15 * MINUTE,
      run: async (_db, context) => {
        seen = context;
        started();
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      },
    });
    scheduler.start();
    await running;
    await scheduler.stop();
    assert.equal(finished, true);
    assert.equal((seen as JobContext | null)?.signal.aborted, true);
    assert.equal((await row('fond')).runs, 1);
    assert.equal((await row('fond')).locked_by, null);
  });

  test('a job name is registered once', () => {
    const scheduler = createScheduler(db);
    scheduler.register({ name: 'unique', everyMs: MINUTE, run: async () => {} });
    assert.throws(() => scheduler.register({ name: 'unique', everyMs: MINUTE, run: async () => {} }), /twice/);
    assert.throws(() => scheduler.register({ name: 'zero', everyMs: 0, run: async () => {} }), /positive/);
  });
});
