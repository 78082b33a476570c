import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../../test/helpers/app.js';
import { signUp } from '../../../../test/helpers/client.js';

let n = 0;

/** Calls the developer APIs with a bearer token, as a third-party client does. */
export interface PartnerCaller {
  applicationId: number;
  token: string;
  get(url: string): Promise<LightMyRequestResponse>;
}

/**
 * A new application of a new owner, subscribed ('validee') to these APIs (slugs), and a token for
 * it. Each caller has its own rate limit: give each test its own caller.
 */
export async function partnerCaller(t: TestApp, apis: readonly string[]): Promise<PartnerCaller> {
  const suffix = `${process.pid}-${++n}`;
  const email = `partenaire-${suffix}@exemple.fr`;
  await signUp(t.app, email);
  const owner = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  const application = await t.db
    .insertInto('developer_applications')
    .values({ owner_account_id: owner.id, name: `Application ${suffix}`, description: 'Application de test des API partenaires.', website: null, client_id: `test-client-${suffix}`, revoked_at: null, revoked_reason: null, service_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (apis.length) {
    await t.db
      .insertInto('api_subscriptions')
      .values(apis.map((api) => ({ application_id: application.id, api, status: 'validee' as const, staff_reason: null, submitted_at: null, decided_at: new Date() })))
      .execute();
  }
  const { access_token: token } = await t.app.developer.issueForApplication(application.id);
  return {
    applicationId: application.id,
    token,
    get: (url) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } }),
  };
}

/** Asserts a partner API error: status, `{codeHttp, message, codeErreur}` in JSON, nothing else. */
export function assertPartnerError(response: LightMyRequestResponse, status: number, code: string): { message: string } {
  assert.equal(response.statusCode, status, response.body.slice(0, 400));
  assert.match(String(response.headers['content-type']), /^application\/json/);
  const body = response.json<{ codeHttp: number; message: string; codeErreur: string }>();
  assert.deepEqual(Object.keys(body).sort(), ['codeErreur', 'codeHttp', 'message']);
  assert.equal(body.codeHttp, status);
  assert.equal(body.codeErreur, code);
  assert.ok(body.message.length > 10, 'a French message explains the error');
  return body;
}

/** Asserts that no property of a JSON value is null (absent values are omitted). */
export function assertNoNull(value: unknown, path = '$'): void {
  assert.notEqual(value, null, `${path} is null`);
  if (Array.isArray(value)) value.forEach((item, index) => assertNoNull(item, `${path}[${index}]`));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) assertNoNull(child, `${path}.${key}`);
}
