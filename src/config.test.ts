import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  test('defaults: embedded database in ./data, port 3000, frozen', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, null);
    assert.equal(config.dataDir, path.resolve('./data'));
    assert.equal(config.operatorName, 'Pôle emploi');
    assert.ok(Object.isFrozen(config));
    assert.throws(() => {
      (config as { port: number }).port = 1;
    }, TypeError);
  });

  test('reads PORT, DATA_DIR, DATABASE_URL, OPERATOR_NAME', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/es', DATABASE_URL: 'postgres://u@h:5432/db', OPERATOR_NAME: 'France Travail' });
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, '/tmp/es');
    assert.equal(config.databaseUrl, 'postgres://u@h:5432/db');
    assert.equal(config.operatorName, 'France Travail');
  });

  test('refuses invalid values with a message naming the variable', () => {
    assert.throws(() => loadConfig({ PORT: 'abc' }), (error: unknown) => error instanceof ConfigError && /PORT/.test(error.message));
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT must be between/);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
    assert.throws(() => loadConfig({ SEED_DEMO: 'maybe' }), /SEED_DEMO/);
  });
});

describe('config: OpenID Connect log-in', () => {
  const OIDC = { OIDC_ISSUER: 'https://connexion.exemple.fr/oidc', OIDC_CLIENT_ID: 'emploi-store', OIDC_CLIENT_SECRET: 'un-secret' };

  test('off by default', () => {
    assert.equal(loadConfig({}).oidc, null);
  });

  test('reads the issuer, client and defaults; frozen', () => {
    const { oidc } = loadConfig(OIDC);
    assert.deepEqual(oidc, {
      issuer: 'https://connexion.exemple.fr/oidc',
      clientId: 'emploi-store',
      clientSecret: 'un-secret',
      label: 'Se connecter avec Pôle emploi Connect',
      scopes: 'openid email profile',
    });
    assert.ok(Object.isFrozen(oidc));
    const custom = loadConfig({ ...OIDC, OIDC_LABEL: 'Se connecter avec FranceConnect', OIDC_SCOPES: ' openid   email ' }).oidc!;
    assert.equal(custom.label, 'Se connecter avec FranceConnect');
    assert.equal(custom.scopes, 'openid email');
    assert.ok(Object.isFrozen(loadConfig({}, { oidc: { issuer: OIDC.OIDC_ISSUER, clientId: 'a', clientSecret: 'b', label: 'c', scopes: 'openid' } }).oidc));
  });

  test('all or nothing: a missing variable is named', () => {
    const named = (name: string) => (error: unknown) => error instanceof ConfigError && error.message.startsWith(name);
    assert.throws(() => loadConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER }), named('OIDC_CLIENT_ID'));
    assert.throws(() => loadConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'x' }), named('OIDC_CLIENT_SECRET'));
    assert.throws(() => loadConfig({ OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' }), named('OIDC_ISSUER'));
    assert.throws(() => loadConfig({ OIDC_LABEL: 'Se connecter' }), named('OIDC_ISSUER'));
  });

  test('refuses an invalid issuer or scopes', () => {
    assert.throws(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'pas une adresse' }), /OIDC_ISSUER is not a valid URL/);
    assert.throws(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'http://connexion.exemple.fr' }), /OIDC_ISSUER must be an https/);
    assert.throws(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'https://connexion.exemple.fr/?a=1' }), /OIDC_ISSUER must not/);
    assert.equal(loadConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer, 'http://127.0.0.1:4000');
    assert.throws(() => loadConfig({ ...OIDC, OIDC_SCOPES: 'email profile' }), /OIDC_SCOPES must include "openid"/);
  });
});
