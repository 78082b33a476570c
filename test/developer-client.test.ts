import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from './helpers/app.js';
import { createTestApplication, type TestApplication } from './helpers/developer.js';

/**
 * Drives the developer APIs over real HTTP the way existing third-party clients of the agency's
 * APIs do (e.g. the open-source Python and JavaScript clients): the realm URL-encoded in the query,
 * a form-encoded body with `application_<client_id>` among the scopes, then bearer calls whose
 * paging they read from Content-Range, and a new token when the server answers 401.
 */
describe('an existing third-party client, base URL changed to Emploi Store', () => {
  let t: TestApp;
  let origin: string;
  let application: TestApplication;
  before(async () => {
    t = await buildTestApp();
    origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    application = await createTestApplication(t.db, { apis: ['catalogue-des-services', 'rome'] });
  });
  after(async () => t.close());

  async function authenticate(scopes: string): Promise<{ access_token: string; expires_in: number; scope: string; token_type: string }> {
    const response = await fetch(`${origin}/connexion/oauth2/access_token?realm=%2Fpartenaire`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: application.clientId, client_secret: application.clientSecret, scope: scopes }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    return response.json() as never;
  }

  test('token with the legacy scopes, then paged bearer calls', async () => {
    const token = await authenticate(`application_${application.clientId} api_romev1 nomenclatureRome api_cataloguedesservicesemploistorev1`);
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 1499);
    assert.deepEqual(token.scope.split(' ').sort(), [`application_${application.clientId}`, 'api_cataloguedesservicesemploistorev1', 'api_romev1', 'nomenclatureRome'].sort());
    const headers = { Authorization: `Bearer ${token.access_token}`, Accept: 'application/json' };

    const sheets = await fetch(`${origin}/partenaire/rome/v1/metier?q=boulanger`, { headers });
    assert.equal(sheets.status, 200, await sheets.clone().text());
    assert.ok(sheets.headers.get('ratelimit-remaining'));
    const found = (await sheets.json()) as { code: string; libelle: string }[];
    assert.ok(found.some((sheet) => sheet.code === 'D1102'), JSON.stringify(found).slice(0, 300));

    const collected: number[] = [];
    let first = 0;
    for (;;) {
      const page = await fetch(`${origin}/partenaire/cataloguedesservicesemploistore/v1/fichesservices?range=${first}-${first + 4}`, { headers });
      assert.ok(page.status === 200 || page.status === 206, `status ${page.status}`);
      const match = /^fichesservices (\d+)-(\d+)\/(\d+)$/.exec(page.headers.get('content-range') ?? '');
      assert.ok(match, `Content-Range: ${page.headers.get('content-range')}`);
      const body = (await page.json()) as { id: number }[] | { resultats: { id: number }[] };
      const items = Array.isArray(body) ? body : body.resultats;
      collected.push(...items.map((item) => item.id));
      const [, , last, total] = match.map(Number) as [number, number, number, number];
      if (page.status === 200 || last + 1 >= total) {
        assert.equal(collected.length, total, 'every sheet once, by following Content-Range');
        break;
      }
      first = last + 1;
      if (first > 40) break; // the demo catalogue is small; enough to prove the paging
    }
    assert.equal(new Set(collected).size, collected.length, 'no sheet twice');
  });

  test('a 401 makes the client ask for a new token, which works', async () => {
    const stale = await fetch(`${origin}/partenaire/rome/v1/granddomaine`, { headers: { Authorization: 'Bearer eyJhbGciOiJFZERTQSJ9.e30.AAAA' } });
    assert.equal(stale.status, 401);
    assert.equal(((await stale.json()) as { codeErreur: string }).codeErreur, 'TOKEN_INVALID');
    const token = await authenticate('api_romev1');
    const retry = await fetch(`${origin}/partenaire/rome/v1/granddomaine`, { headers: { Authorization: `Bearer ${token.access_token}` } });
    assert.equal(retry.status, 200);
  });

  test('over the rate limit: 429 with Retry-After and RateLimit headers, and the calls are counted per application', async () => {
    const token = await authenticate('api_romev1');
    const headers = { Authorization: `Bearer ${token.access_token}` };
    const responses = await Promise.all(Array.from({ length: 30 }, () => fetch(`${origin}/partenaire/rome/v1/granddomaine`, { headers })));
    const statuses = responses.map((response) => response.status);
    const limited = responses.find((response) => response.status === 429);
    assert.ok(limited, `statuses: ${statuses.join(',')}`);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal(limited.headers.get('ratelimit-remaining'), '0');
    assert.equal(limited.headers.get('ratelimit-limit'), '20');
    assert.equal(((await limited.json()) as { codeErreur: string }).codeErreur, 'RATE_LIMITED');
    assert.ok(statuses.filter((status) => status === 200).length >= 18);
    await Promise.all(responses.filter((response) => !response.bodyUsed).map((response) => response.arrayBuffer()));
    await t.app.developer.flushUsage();
    const { sql } = await import('kysely');
    const { rows } = await sql<{ calls: number; throttled: number }>`SELECT sum(calls)::int AS calls, sum(throttled)::int AS throttled FROM api_usage_daily
      WHERE application_id = ${application.applicationId} AND api = 'rome'`.execute(t.db);
    assert.ok(rows[0]!.calls >= 30 + 2);
    assert.equal(rows[0]!.throttled, statuses.filter((status) => status === 429).length);
  });
});
