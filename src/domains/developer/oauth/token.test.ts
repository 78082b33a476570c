import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createTestApplication, requestToken, type TestApplication } from '../../../../test/helpers/developer.js';
import { rotateSigningKey } from './signing-keys.js';

const CATALOGUE = '/partenaire/cataloguedesservicesemploistore/v1/fichesservices';
const CATALOGUE_SCOPE = 'api_cataloguedesservicesemploistorev1';

describe('OAuth2 token endpoint (client credentials)', () => {
  let t: TestApp;
  let application: TestApplication;
  before(async () => {
    t = await buildTestApp();
    application = await createTestApplication(t.db, { apis: ['catalogue-des-services', 'rome'] });
  });
  after(async () => t.close());

  const call = (token: string, url = `${CATALOGUE}?range=0-1`) => t.app.inject({ url, headers: { authorization: `Bearer ${token}` } });

  test('a valid grant gives a signed JWT with the application and its scopes, usable at once', async () => {
    const response = await requestToken(t.app, application, `${CATALOGUE_SCOPE} application_${application.clientId}`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    const body = response.json();
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 1499);
    assert.equal(body.scope, `${CATALOGUE_SCOPE} application_${application.clientId}`);
    const header = decodeProtectedHeader(body.access_token);
    assert.equal(header.alg, 'EdDSA');
    const claims = decodeJwt(body.access_token);
    assert.equal(claims.sub, application.clientId);
    assert.equal(claims.app, application.applicationId);
    assert.equal(claims.iss, 'http://localhost:3000');
    assert.equal((claims.exp ?? 0) - (claims.iat ?? 0), 1499);
    const api = await call(body.access_token);
    assert.ok([200, 206].includes(api.statusCode), api.body);
  });

  test('the token verifies with the published JWKS alone (no database)', async () => {
    const token = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    const jwks = (await t.app.inject({ url: '/connexion/oauth2/jwks' })).json();
    assert.ok(jwks.keys.length >= 1);
    for (const key of jwks.keys) assert.equal(key.d, undefined, 'no private part is published');
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: 'http://localhost:3000', audience: 'emploi-store-partenaire' });
    assert.equal(payload.scope, CATALOGUE_SCOPE);
    const metadata = (await t.app.inject({ url: '/.well-known/oauth-authorization-server' })).json();
    assert.equal(metadata.token_endpoint, 'http://localhost:3000/connexion/oauth2/access_token?realm=/partenaire');
    assert.deepEqual(metadata.grant_types_supported, ['client_credentials']);
  });

  test('HTTP Basic credentials (RFC 6749 §2.3.1) are accepted; a wrong secret with Basic answers 401', async () => {
    const basic = Buffer.from(`${encodeURIComponent(application.clientId)}:${encodeURIComponent(application.clientSecret)}`).toString('base64');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/connexion/oauth2/access_token?realm=/partenaire',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      payload: `grant_type=client_credentials&scope=${CATALOGUE_SCOPE}`,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const wrong = Buffer.from(`${application.clientId}:${'0'.repeat(64)}`).toString('base64');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/connexion/oauth2/access_token?realm=/partenaire',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${wrong}` },
      payload: 'grant_type=client_credentials',
    });
    assert.equal(refused.statusCode, 401);
    assert.match(String(refused.headers['www-authenticate']), /^Basic/);
    assert.equal(refused.json().error, 'invalid_client');
  });

  const refusals: [string, (app: TestApplication) => Record<string, string>, string, string?][] = [
    ['wrong secret', (app) => ({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: 'f'.repeat(64) }), 'invalid_client'],
    ['unknown client', () => ({ grant_type: 'client_credentials', client_id: 'PAR_inconnu', client_secret: 'f'.repeat(64) }), 'invalid_client'],
    ['unknown scope', (app) => ({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret, scope: 'api_inexistantev9' }), 'invalid_scope', "n'existe pas"],
    ['scope not subscribed', (app) => ({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret, scope: 'api_moocsv1' }), 'invalid_scope', "n'est pas abonnée"],
    ['another application’s scope', (app) => ({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret, scope: 'application_PAR_autre' }), 'invalid_scope'],
    ['another grant type', (app) => ({ grant_type: 'password', client_id: app.clientId, client_secret: app.clientSecret }), 'unsupported_grant_type'],
    ['no grant type', (app) => ({ client_id: app.clientId, client_secret: app.clientSecret }), 'invalid_request'],
    ['no secret', (app) => ({ grant_type: 'client_credentials', client_id: app.clientId }), 'invalid_request'],
  ];
  for (const [name, form, error, description] of refusals) {
    test(`${name}: 400 ${error}`, async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/connexion/oauth2/access_token?realm=/partenaire',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form(application)).toString(),
      });
      assert.equal(response.statusCode, 400, response.body);
      const body = response.json();
      assert.equal(body.error, error);
      assert.ok(body.error_description.length > 10);
      if (description) assert.match(body.error_description, new RegExp(description));
    });
  }

  test('a JSON body, a wrong realm and an over-long parameter are invalid_request', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/connexion/oauth2/access_token?realm=/partenaire', payload: { grant_type: 'client_credentials', client_id: application.clientId, client_secret: application.clientSecret } });
    assert.equal(json.statusCode, 400);
    assert.equal(json.json().error, 'invalid_request');
    const realm = await t.app.inject({ method: 'POST', url: '/connexion/oauth2/access_token?realm=/individu', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'grant_type=client_credentials' });
    assert.equal(realm.json().error, 'invalid_request');
    const long = await t.app.inject({ method: 'POST', url: '/connexion/oauth2/access_token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `grant_type=client_credentials&client_id=${'x'.repeat(500)}&client_secret=y` });
    assert.equal(long.statusCode, 400);
    assert.equal(long.json().error, 'invalid_request');
  });

  test('calls without a token, with a malformed, tampered, foreign or expired token answer 401 in the partner shape', async () => {
    const missing = await t.app.inject({ url: CATALOGUE });
    assert.equal(missing.statusCode, 401);
    assert.deepEqual(Object.keys(missing.json()).sort(), ['codeErreur', 'codeHttp', 'message']);
    assert.equal(missing.json().codeErreur, 'TOKEN_MISSING');
    assert.match(String(missing.headers['www-authenticate']), /^Bearer/);
    assert.equal((await t.app.inject({ url: CATALOGUE, headers: { authorization: 'Basic abc' } })).json().codeErreur, 'TOKEN_INVALID');
    const token = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.scope = `${CATALOGUE_SCOPE} api_moocsv1`;
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    assert.equal((await call(tampered)).json().codeErreur, 'TOKEN_INVALID');
    const forged = await new SignJWT({ app: application.applicationId, scope: CATALOGUE_SCOPE })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).setIssuer('http://localhost:3000').setAudience('emploi-store-partenaire')
      .setSubject(application.clientId).setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode('x'.repeat(32)));
    assert.equal((await call(forged)).json().codeErreur, 'TOKEN_INVALID');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    assert.equal((await call(unsigned)).json().codeErreur, 'TOKEN_INVALID');
    const { privateKey } = await import('node:crypto').then((crypto) => crypto.generateKeyPairSync('ed25519'));
    const otherKey = await new SignJWT({ app: application.applicationId, scope: CATALOGUE_SCOPE })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: decodeProtectedHeader(token).kid! }).setIssuer('http://localhost:3000')
      .setAudience('emploi-store-partenaire').setSubject(application.clientId).setIssuedAt().setExpirationTime('10m').sign(privateKey);
    assert.equal((await call(otherKey)).json().codeErreur, 'TOKEN_INVALID');
  });

  test('an expired token answers 401 TOKEN_EXPIRED', async (context) => {
    const token = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    context.mock.timers.enable({ apis: ['Date'], now: Date.now() + 1500 * 1000 });
    const response = await call(token);
    context.mock.timers.reset();
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().codeErreur, 'TOKEN_EXPIRED');
  });

  test('a token without the API’s scope answers 403 SCOPE_MISSING', async () => {
    const token = (await requestToken(t.app, application, 'api_romev1')).json().access_token as string;
    const response = await call(token);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().codeErreur, 'SCOPE_MISSING');
    assert.match(response.json().message, /api_cataloguedesservicesemploistorev1/);
  });

  test('rotation of the client secret: both secrets work during the grace period, the old one not after', async () => {
    const app = await createTestApplication(t.db, { apis: ['catalogue-des-services'] });
    const { hashClientSecret, clientSecretKey, newClientSecret, secretHint } = await import('./credentials.js');
    const fresh = newClientSecret();
    await sql`UPDATE application_secrets SET expires_at = now() + interval '1 hour' WHERE application_id = ${app.applicationId}`.execute(t.db);
    await sql`INSERT INTO application_secrets (application_id, secret_hash, hint) VALUES (${app.applicationId}, ${hashClientSecret(await clientSecretKey(t.db), fresh)}, ${secretHint(fresh)})`.execute(t.db);
    t.app.developer.forgetApplication(app.clientId);
    assert.equal((await requestToken(t.app, app)).statusCode, 200, 'old secret, in its grace period');
    assert.equal((await requestToken(t.app, { clientId: app.clientId, clientSecret: fresh })).statusCode, 200, 'new secret');
    await sql`UPDATE application_secrets SET expires_at = now() - interval '1 second' WHERE application_id = ${app.applicationId} AND expires_at IS NOT NULL`.execute(t.db);
    t.app.developer.forgetApplication(app.clientId);
    assert.equal((await requestToken(t.app, app)).json().error, 'invalid_client', 'old secret after the grace period');
    assert.equal((await requestToken(t.app, { clientId: app.clientId, clientSecret: fresh })).statusCode, 200);
  });

  test('a revoked application: no new token, and its tokens stop within a minute in another process', async (context) => {
    const app = await createTestApplication(t.db, { apis: ['catalogue-des-services'] });
    const token = (await requestToken(t.app, app)).json().access_token as string;
    // A second instance on the same database stands for another server process with its own caches.
    const other = await (await import('../../../app.js')).buildApp(t.app.config, { db: t.db });
    await other.ready();
    try {
      assert.ok([200, 206].includes((await other.inject({ url: `${CATALOGUE}?range=0-1`, headers: { authorization: `Bearer ${token}` } })).statusCode));
      await sql`UPDATE application_secrets SET expires_at = now() WHERE application_id = ${app.applicationId}`.execute(t.db);
      await sql`UPDATE developer_applications SET status = 'revoquee', revoked_at = now() WHERE id = ${app.applicationId}`.execute(t.db);
      t.app.developer.forgetApplication(app.clientId); // the process that revoked it knows at once
      assert.equal((await call(token)).json().codeErreur, 'TOKEN_REVOKED');
      assert.equal((await requestToken(t.app, app)).json().error, 'invalid_client');
      // 60 s later at most, the other process refuses it (it reloads what it knows every 25 s).
      context.mock.timers.enable({ apis: ['Date'], now: Date.now() + 60_000 });
      const later = await other.inject({ url: `${CATALOGUE}?range=0-1`, headers: { authorization: `Bearer ${token}` } });
      context.mock.timers.reset();
      assert.equal(later.statusCode, 401);
      assert.equal(later.json().codeErreur, 'TOKEN_REVOKED');
    } finally {
      context.mock.timers.reset();
      await other.close();
    }
  });

  test('signing-key rotation: the next key is published before it signs; tokens of the old key stay valid', async (context) => {
    const before = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    const oldKid = decodeProtectedHeader(before).kid;
    const newKid = await rotateSigningKey(t.db, 600);
    context.mock.timers.enable({ apis: ['Date'], now: Date.now() + 31_000 });
    await t.app.inject({ url: '/connexion/oauth2/jwks' }); // the JWKS reloads stale keys before answering
    context.mock.timers.tick(31_000); // (a reload already in flight may have read the keys before the rotation)
    const jwks = (await t.app.inject({ url: '/connexion/oauth2/jwks' })).json();
    assert.deepEqual(jwks.keys.map((key: { kid: string }) => key.kid).sort(), [oldKid, newKid].sort(), 'both published');
    const stillOld = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    assert.equal(decodeProtectedHeader(stillOld).kid, oldKid, 'the new key does not sign before its activation');
    context.mock.timers.reset();
    context.mock.timers.enable({ apis: ['Date'], now: Date.now() + 700_000 });
    await t.app.inject({ url: '/connexion/oauth2/jwks' });
    const after = (await requestToken(t.app, application, CATALOGUE_SCOPE)).json().access_token as string;
    assert.equal(decodeProtectedHeader(after).kid, newKid);
    assert.ok([200, 206].includes((await call(before)).statusCode), 'a token of the old key is valid until it expires');
    assert.ok([200, 206].includes((await call(after)).statusCode));
    context.mock.timers.reset();
  });
});
