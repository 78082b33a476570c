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
