import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestDatabase } from '../../../test/helpers/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { AppError } from './errors.js';

describe('error handler', () => {
  let app: FastifyInstance;
  let database: DatabaseHandle;
  before(async () => {
    database = await createTestDatabase();
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: database.db });
    const secret = 'password=hunter2 at /srv/internal/file.ts:42';
    app.get('/boum', { config: { access: 'public' } }, async () => {
      throw new Error(secret);
    });
    app.get('/api/v1/boum', { config: { access: 'public' }, schema: { hide: true } }, async () => {
      throw new Error(secret);
    });
    app.get('/limite', { config: { access: 'public' } }, async () => {
      throw new AppError('TOO_MANY_REQUESTS');
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  test('a 500 page says sorry in French and shows nothing internal', async () => {
    const response = await app.inject({ url: '/boum' });
    assert.equal(response.statusCode, 500);
    assert.match(response.body, /<h1>Erreur inattendue<\/h1>/);
    assert.doesNotMatch(response.body, /hunter2|\/srv\/internal|at .*\.ts/);
  });

  test('a 500 in the API is a JSON problem with a stable code and nothing internal', async () => {
    const response = await app.inject({ url: '/api/v1/boum' });
    assert.equal(response.statusCode, 500);
    const body = response.json();
    assert.equal(body.code, 'INTERNAL_ERROR');
    assert.doesNotMatch(response.body, /hunter2|\/srv\/internal/);
  });

  test('a 429 carries Retry-After', async () => {
    const response = await app.inject({ url: '/limite' });
    assert.equal(response.statusCode, 429);
    assert.ok(response.headers['retry-after']);
  });

  test('a malformed JSON body is a 400, an oversized body a 413, never a 500', async () => {
    app.log.level = 'silent';
    const bad = await app.inject({ method: 'POST', url: '/api/v1/services', headers: { 'content-type': 'application/json' }, payload: '{"a":' });
    assert.ok([400, 404].includes(bad.statusCode), String(bad.statusCode));
    const big = await app.inject({ method: 'POST', url: '/recherche', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'q=' + 'a'.repeat(2 * 1024 * 1024) });
    assert.ok([404, 413].includes(big.statusCode), String(big.statusCode));
  });
});
