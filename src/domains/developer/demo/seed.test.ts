import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { DEMO_DEVELOPER, DEMO_USAGE_DAYS, demoApplications } from './demo.data.js';
import { demoUsageOfDay } from './demo.usage.js';
import { seedDeveloperDemo } from './seed.js';

describe('developer demo data', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const counts = async () =>
    (
      await sql<Record<string, number>>`SELECT
        (SELECT count(*)::int FROM accounts WHERE email_normalized = ${DEMO_DEVELOPER.email}) AS accounts,
        (SELECT count(*)::int FROM developer_applications) AS applications,
        (SELECT count(*)::int FROM application_secrets) AS secrets,
        (SELECT count(*)::int FROM api_subscriptions WHERE status = 'validee') AS subscriptions,
        (SELECT count(*)::int FROM api_subscription_events) AS events,
        (SELECT count(*)::int FROM api_usage_daily) AS usage_rows,
        (SELECT sum(calls)::bigint FROM api_usage_daily) AS calls,
        (SELECT count(*)::int FROM token_grants_daily) AS grant_rows,
        (SELECT sum(granted)::bigint FROM token_grants_daily) AS granted`.execute(t.db)
    ).rows[0]!;

  test('an account that cannot log in, two applications with hashed secrets, validated subscriptions, 60 days of usage', async () => {
    const account = await t.db.selectFrom('accounts').select(['id', 'password_hash', 'roles', 'email_verified_at']).where('email_normalized', '=', DEMO_DEVELOPER.email).executeTakeFirstOrThrow();
    assert.equal(account.password_hash, null);
    assert.ok(account.roles.includes('developpeur') && account.email_verified_at);
    const applications = await t.db.selectFrom('developer_applications').select(['id', 'name', 'service_id']).where('owner_account_id', '=', account.id).orderBy('id').execute();
    assert.deepEqual(applications.map((application) => application.name), demoApplications.map((demo) => demo.name));
    const secrets = await t.db.selectFrom('application_secrets').select(['secret_hash', 'hint']).execute();
    assert.equal(secrets.length, 2);
    assert.ok(secrets.every((secret) => /^[A-Za-z0-9_-]{43}$/.test(secret.secret_hash) && secret.hint.length === 4));
    const c = await counts();
    assert.equal(c.subscriptions, 5);
    assert.equal(c.usage_rows, DEMO_USAGE_DAYS * 5);
    assert.equal(c.grant_rows, DEMO_USAGE_DAYS * 2);
    assert.ok(Number(c.calls) > 20_000 && Number(c.granted) > 1000);
    // Every call is in the latency histogram; errors and refusals are fewer than the calls.
    const { rows } = await sql<{ bad: number }>`SELECT count(*)::int AS bad FROM api_usage_daily
      WHERE (SELECT sum(n) FROM unnest(latency_histogram) AS n) <> calls OR client_errors + server_errors + throttled > calls OR latency_total_ms <= 0`.execute(t.db);
    assert.equal(rows[0]!.bad, 0);
    // « Trajet Emploi » is the catalogue's « Trajet Emploi » service, which carries the mention.
    const service = await t.db.selectFrom('services').select(['id', 'slug']).where('slug', '=', 'trajet-emploi').executeTakeFirstOrThrow();
    assert.equal(applications[0]!.service_id, service.id);
    assert.match((await new TestClient(t.app).get('/services/trajet-emploi')).body, /Construit avec les API Emploi Store/);
    assert.doesNotMatch((await new TestClient(t.app).get('/developpeurs/statistiques')).body, /Aucun appel sur les 12 derniers mois/);
  });

  test('the figures are pseudo-random but deterministic', () => {
    const demo = demoApplications[0]!;
    assert.deepEqual(demoUsageOfDay(demo.key, demo.usage[0]!, '2026-11-02', 0.5), demoUsageOfDay(demo.key, demo.usage[0]!, '2026-11-02', 0.5));
    assert.notDeepEqual(demoUsageOfDay(demo.key, demo.usage[0]!, '2026-11-02', 0.5), demoUsageOfDay(demo.key, demo.usage[0]!, '2026-11-03', 0.5));
  });

  test('loading it again changes nothing', async () => {
    const before = await counts();
    const usage = (await sql`SELECT * FROM api_usage_daily ORDER BY application_id, api, day`.execute(t.db)).rows;
    await seedDeveloperDemo(t.db);
    assert.deepEqual(await counts(), before);
    assert.deepEqual((await sql`SELECT * FROM api_usage_daily ORDER BY application_id, api, day`.execute(t.db)).rows, usage);
  });
});
