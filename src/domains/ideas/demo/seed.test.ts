import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { demoIdeas } from './ideas.data.js';
import { seedIdeasDemo } from './seed.js';

describe('ideas demo data', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const snapshot = async () =>
    (await sql<{ id: number; status: string; supports_count: number; merged_into_id: number | null }>`SELECT id, status, supports_count, merged_into_id FROM ideas ORDER BY id`.execute(t.db)).rows;

  test('loads the demo ideas: statuses, answers, realisations, one merged duplicate, exact counts', async () => {
    const ideas = await snapshot();
    assert.equal(ideas.length, demoIdeas.length);
    const statuses = new Set(ideas.map((idea) => idea.status));
    for (const status of ['nouvelle', 'a-l-etude', 'retenue', 'en-realisation', 'realisee', 'non-retenue', 'doublon']) assert.ok(statuses.has(status), status);
    const duplicate = ideas.filter((idea) => idea.status === 'doublon');
    assert.equal(duplicate.length, 1);
    assert.equal(duplicate[0]!.supports_count, 0);
    const { rows } = await sql<{ bad: number }>`SELECT count(*)::int AS bad FROM ideas i WHERE supports_count <> (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)`.execute(t.db);
    assert.equal(rows[0]!.bad, 0);
    const realised = await t.db.selectFrom('ideas').select('realised_service_id').where('status', '=', 'realisee').execute();
    assert.ok(realised.length >= 2 && realised.every((idea) => idea.realised_service_id !== null));
    const answers = await sql<{ missing: number }>`SELECT count(*)::int AS missing FROM ideas i WHERE status <> 'nouvelle' AND NOT EXISTS (SELECT 1 FROM idea_status_changes c WHERE c.idea_id = i.id)`.execute(t.db);
    assert.equal(answers.rows[0]!.missing, 0);
    const participants = await t.db.selectFrom('accounts').select('password_hash').where('email_normalized', 'like', '%@idees.emploi-store.invalid').execute();
    assert.ok(participants.length > 0 && participants.every((account) => account.password_hash === null));
  });

  test('loading it again changes nothing', async () => {
    const before = await snapshot();
    await seedIdeasDemo(t.db);
    assert.deepEqual(await snapshot(), before);
  });
});
