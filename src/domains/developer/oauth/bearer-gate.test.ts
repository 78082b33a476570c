import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createTestApplication } from '../../../../test/helpers/developer.js';
import { findApi } from '../apis.registry.js';
import { MemoryLimitStore } from '../limits/memory-store.js';
import { parisDay } from '../usage/paris-day.js';
import { createBearerGate } from './bearer-gate.js';
import { ClientDirectory } from './client-directory.js';
import { clientSecretKey } from './credentials.js';
import { TokenService } from './token.service.js';

/** The gate on its own, with a limit store the test can fill: the daily quota and the headers. */
describe('bearer gate: daily quota', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  function call(token: string) {
    const headers: Record<string, string> = {};
    const request = { headers: { authorization: `Bearer ${token}` }, routeOptions: { url: '/partenaire/rome/v1/metier' }, apiCall: null } as unknown as FastifyRequest;
    const reply = { header: (name: string, value: string) => ((headers[name] = value), reply) } as unknown as FastifyReply;
    return { request, reply, headers };
  }

  test('the call after the quota is refused with 429 QUOTA_EXCEEDED until Paris midnight', async () => {
    const rome = findApi('rome')!;
    const application = await createTestApplication(t.db, { apis: ['rome'] });
    const directory = new ClientDirectory(t.db);
    const tokens = new TokenService(t.db, directory, await clientSecretKey(t.db), t.app.config.publicUrl);
    const limits = new MemoryLimitStore();
    const gate = createBearerGate(tokens, directory, limits);
    const entry = (await directory.byApplication(application.applicationId))!;
    const { token } = await tokens.issue(entry, ['api_romev1']);
    for (let i = 1; i < rome.dailyQuota; i++) await limits.countDaily(`${application.applicationId}:rome`, parisDay());
    const last = call(token);
    await gate(last.request, last.reply, 'api_romev1'); // the quota's last call
    assert.equal(last.headers['ratelimit-limit'], String(rome.rateLimit.burst));
    assert.match(last.headers['ratelimit-policy']!, new RegExp(`${rome.dailyQuota};w=86400`));
    assert.deepEqual(last.request.apiCall, { applicationId: application.applicationId, api: 'rome' });
    const over = call(token);
    await assert.rejects(gate(over.request, over.reply, 'api_romev1'), (error: { code: string; status: number }) => error.code === 'QUOTA_EXCEEDED' && error.status === 429);
    const retryAfter = Number(over.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 25 * 3600, `Retry-After ${retryAfter}`);
  });
});
