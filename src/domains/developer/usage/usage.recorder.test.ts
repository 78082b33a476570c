import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createTestApplication } from '../../../../test/helpers/developer.js';
import { latencyBucket, UsageRecorder } from './usage.recorder.js';
import { parisDay, secondsToParisMidnight } from './paris-day.js';

describe('API usage counting', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  test('latency buckets and Paris days', () => {
    assert.deepEqual([0, 9, 10, 24, 99, 100, 999, 1000, 60_000].map(latencyBucket), [0, 0, 1, 1, 3, 4, 6, 7, 7]);
    assert.equal(parisDay(Date.parse('2026-11-26T22:59:59Z')), '2026-11-26');
    assert.equal(parisDay(Date.parse('2026-11-26T23:00:00Z')), '2026-11-27', 'midnight in Paris in winter is 23:00 UTC');
    assert.equal(parisDay(Date.parse('2026-07-01T21:59:59Z')), '2026-07-01');
    assert.equal(parisDay(Date.parse('2026-07-01T22:00:00Z')), '2026-07-02', 'and 22:00 UTC in summer');
    assert.equal(secondsToParisMidnight(Date.parse('2026-11-26T22:59:00Z')), 60);
  });

  test('two processes counting the same application at once: the sums are exact', async () => {
    const { applicationId } = await createTestApplication(t.db);
    const first = new UsageRecorder(t.db);
    const second = new UsageRecorder(t.db);
    const flushes: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      const recorder = i % 2 ? first : second;
      recorder.recordCall(applicationId, 'rome', i % 10 === 0 ? 500 : i % 5 === 0 ? 404 : i % 7 === 0 ? 429 : 200, i % 3 === 0 ? 5 : 120);
      if (i % 2) recorder.recordGrant(applicationId, i % 4 !== 1);
      if (i % 25 === 0) flushes.push(recorder.flush());
    }
    flushes.push(first.flush(), second.flush());
    await Promise.all(flushes);
    await first.close();
    await second.close();
    const { rows } = await sql<{ calls: number; client_errors: number; server_errors: number; throttled: number; latency_total_ms: number; latency_histogram: number[] }>`
      SELECT calls, client_errors, server_errors, throttled, latency_total_ms, latency_histogram FROM api_usage_daily WHERE application_id = ${applicationId}`.execute(t.db);
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    const indexes = Array.from({ length: 200 }, (_, i) => i);
    assert.equal(row.calls, 200);
    assert.equal(row.server_errors, indexes.filter((i) => i % 10 === 0).length);
    assert.equal(row.client_errors, indexes.filter((i) => i % 10 !== 0 && i % 5 === 0).length);
    assert.equal(row.throttled, indexes.filter((i) => i % 10 !== 0 && i % 5 !== 0 && i % 7 === 0).length);
    assert.equal(row.latency_total_ms, indexes.reduce((sum, i) => sum + (i % 3 === 0 ? 5 : 120), 0));
    assert.deepEqual(row.latency_histogram, [67, 0, 0, 0, 133, 0, 0, 0]);
    const grants = (await sql<{ granted: number; refused: number }>`SELECT granted, refused FROM token_grants_daily WHERE application_id = ${applicationId}`.execute(t.db)).rows[0]!;
    assert.equal(grants.granted + grants.refused, 100);
    assert.equal(grants.refused, indexes.filter((i) => i % 2 && i % 4 === 1).length);
  });

  test('counts of a deleted application are dropped, not an error', async () => {
    const { applicationId } = await createTestApplication(t.db);
    const recorder = new UsageRecorder(t.db);
    recorder.recordCall(applicationId, 'rome', 200, 3);
    await sql`DELETE FROM developer_applications WHERE id = ${applicationId}`.execute(t.db);
    await recorder.flush();
    await recorder.close();
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM api_usage_daily WHERE application_id = ${applicationId}`.execute(t.db);
    assert.equal(rows[0]!.n, 0);
  });
});
