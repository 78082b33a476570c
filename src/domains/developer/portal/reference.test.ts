import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { type DeveloperApi, findApi } from '../apis.registry.js';
import { operationsOf, schemaFields } from './api-reference.service.js';
import { buildCodeSamples, fillPath, sampleOperation, shellQuote } from './code-samples.service.js';
import { callUrl, checkForm, MAX_SHOWN_BODY, performCall, readForm } from './console.service.js';
import { healthOf } from './health.service.js';

const api: DeveloperApi = { ...findApi('catalogue-des-services')!, basePath: '/partenaire/essai/v1', scopes: ['api_essaiv1', 'o2dsessai'] };

// A small OpenAPI 3.1 document with the shapes the reader must follow: $ref, allOf, anyOf with
// null, arrays at the root, a self-referencing schema, path-level parameters.
const document = {
  openapi: '3.1.0',
  paths: {
    '/partenaire/essai/v1/offres': {
      get: {
        operationId: 'listerOffres',
        summary: 'Lister les offres',
        parameters: [
          { name: 'motsCles', in: 'query', description: 'Mots-clés', schema: { type: 'string', maxLength: 200, examples: ['cv'] } },
          { name: 'codes', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['A', 'B'] } } },
          { name: 'commune', in: 'query', required: true, schema: { type: 'string', pattern: '^[0-9]{5}$' }, example: '75056' },
        ],
        responses: {
          '200': { description: 'Les offres', content: { 'application/json': { schema: { type: 'object', required: ['resultats'], properties: { resultats: { type: 'array', items: { $ref: '#/components/schemas/Offre' } } } } } } },
          '204': { description: 'Aucune offre' },
        },
      },
    },
    '/partenaire/essai/v1/offres/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      get: { summary: 'Lire une offre', responses: { '200': { description: 'Une offre', content: { 'application/json': { schema: { $ref: '#/components/schemas/Offre' } } } } } },
      delete: { responses: {} },
    },
    '/partenaire/essai/v1/noeuds': {
      get: { responses: { '200': { description: 'Arbre', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Noeud' } } } } } } },
    },
  },
  components: {
    schemas: {
      Offre: {
        allOf: [
          { type: 'object', required: ['id'], properties: { id: { type: 'string', description: 'Identifiant' } } },
          { type: 'object', properties: { lieu: { anyOf: [{ type: 'object', properties: { libelle: { type: 'string' } } }, { type: 'null' }] }, creee: { type: 'string', format: 'date-time' } } },
        ],
      },
      Noeud: { type: 'object', properties: { code: { type: 'string' }, enfants: { type: 'array', items: { $ref: '#/components/schemas/Noeud' } } } },
    },
  },
};

describe('developer portal: reference, samples and console helpers', () => {
  const operations = operationsOf(api, document);

  test('operations are read with their parameters, in the document’s order, relative to the base path', () => {
    assert.deepEqual(
      operations.map((operation) => [operation.key, operation.method, operation.path]),
      [
        ['listerOffres', 'GET', '/offres'],
        ['get-offres-id', 'GET', '/offres/{id}'],
        ['delete-offres-id', 'DELETE', '/offres/{id}'],
        ['get-noeuds', 'GET', '/noeuds'],
      ],
    );
    const [list, one] = operations;
    assert.deepEqual(
      list!.parameters.map((parameter) => [parameter.name, parameter.required, parameter.type, parameter.example]),
      [
        ['motsCles', false, 'string', 'cv'],
        ['codes', false, 'array<string>', 'A'],
        ['commune', true, 'string', '75056'],
      ],
    );
    assert.deepEqual(list!.parameters[1]!.values, ['A', 'B']);
    assert.deepEqual(list!.parameters[2]!.constraints, ['format : ^[0-9]{5}$']);
    assert.equal(one!.parameters[0]!.name, 'id', 'path-level parameters apply to the operation');
    assert.equal(one!.fullPath, '/partenaire/essai/v1/offres/{id}');
  });

  test('response schemas become field lists through $ref, allOf and anyOf; cycles stop', () => {
    const [list, one, , tree] = operations;
    assert.deepEqual(
      list!.responses[0]!.fields.map((field) => [field.path, field.type, field.required]),
      [
        ['resultats', 'array<object>', true],
        ['resultats[].id', 'string', true],
        ['resultats[].lieu', 'object', false],
        ['resultats[].lieu.libelle', 'string', false],
        ['resultats[].creee', 'string (date-time)', false],
      ],
    );
    assert.equal(list!.responses[1]!.status, '204');
    assert.deepEqual(list!.responses[1]!.fields, []);
    assert.equal(one!.responses[0]!.fields[0]!.description, 'Identifiant');
    const paths = tree!.responses[0]!.fields.map((field) => field.path);
    assert.deepEqual(paths, ['[].code', '[].enfants'], 'a self-referencing schema is listed once');
    const many = schemaFields({}, { type: 'object', properties: Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`champ${i}`, { type: 'string' }])) });
    assert.equal(many.fields.length, 120);
    assert.equal(many.more, 10);
  });

  test('the samples call a GET whose values are known, with the token URL, the scopes and the base URL', () => {
    assert.equal(sampleOperation(operations)?.key, 'listerOffres');
    const samples = buildCodeSamples(api, operations, 'https://store.exemple.fr')!;
    assert.equal(samples.callUrl, 'https://store.exemple.fr/partenaire/essai/v1/offres?commune=75056');
    for (const code of [samples.curl, samples.javascript, samples.python]) {
      assert.ok(code.includes('https://store.exemple.fr/connexion/oauth2/access_token?realm=/partenaire'));
      assert.ok(code.includes('api_essaiv1 o2dsessai'));
      assert.ok(code.includes(samples.callUrl));
    }
  });

  test('the JavaScript and Python samples are valid code', () => {
    const samples = buildCodeSamples(api, operations, 'https://store.exemple.fr')!;
    execFileSync(process.execPath, ['--check', '--input-type=module'], { input: samples.javascript });
    let python = true;
    try {
      execFileSync('python3', ['--version']);
    } catch {
      python = false;
    }
    if (python) execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: samples.python });
  });

  test('shell quoting and path filling keep values in their place', () => {
    assert.equal(shellQuote(`l'offre`), `'l'\\''offre'`);
    assert.equal(fillPath('/offres/{id}/x', () => '1/../2?a=b'), '/offres/1%2F..%2F2%3Fa%3Db/x');
  });

  test('the console keeps declared parameters only, checks required ones, repeats list values', () => {
    const list = operations[0]!;
    const form = readForm({ application: '12', operation: 'listerOffres', 'requete-motsCles': ' cv ', 'requete-codes': 'A, B', 'requete-inconnu': 'x', 'requete-commune': '' }, list);
    assert.deepEqual(form.values, { 'requete-motsCles': 'cv', 'requete-codes': 'A, B', 'requete-commune': '' });
    assert.deepEqual(Object.keys(checkForm(form, list)), ['requete-commune']);
    assert.deepEqual(Object.keys(checkForm({ ...form, application: '' }, undefined)), ['operation', 'application']);
    form.values['requete-commune'] = '75056';
    assert.equal(callUrl(list, form), '/partenaire/essai/v1/offres?motsCles=cv&codes=A&codes=B&commune=75056');
    const one = operations[1]!;
    assert.equal(callUrl(one, readForm({ 'chemin-id': 'a b' }, one)), '/partenaire/essai/v1/offres/a%20b');
  });

  test('the console shows the interesting headers and a pretty-printed body, cut past 200 KB', async () => {
    const app = Fastify();
    app.decorate('config', { publicUrl: 'https://store.exemple.fr' } as never);
    app.get('/grand', async (request, reply) => {
      reply.header('content-range', 'offres 0-149/9000').header('ratelimit-limit', '10').header('x-powered-by', 'secret');
      return { jeton: request.headers.authorization, lignes: Array.from({ length: 20_000 }, (_, i) => ({ numero: i, texte: 'ligne <b>' })) };
    });
    app.get('/petit', async (_request, reply) => reply.type('text/plain').send('pas du JSON'));
    const token = { access_token: 'abc', token_type: 'Bearer' as const, expires_in: 1499, scope: 'api_essaiv1' };
    try {
      const big = await performCall(app, token, '/grand?x=1');
      assert.equal(big.status, 200);
      assert.equal(big.statusText, 'OK');
      assert.deepEqual(big.headers.map(([name]) => name), ['content-type', 'content-range', 'ratelimit-limit']);
      assert.equal(big.url, 'https://store.exemple.fr/grand?x=1');
      assert.ok(big.curl.startsWith(`curl -i 'https://store.exemple.fr/grand?x=1'`));
      assert.ok(big.truncated);
      assert.equal(big.body.length, MAX_SHOWN_BODY);
      assert.ok(big.bodyLength > MAX_SHOWN_BODY);
      assert.ok(big.body.startsWith('{\n  "jeton": "Bearer abc",\n  "lignes": [\n    {\n      "numero": 0,'));
      const small = await performCall(app, token, '/petit');
      assert.equal(small.body, 'pas du JSON');
      assert.equal(small.truncated, false);
    } finally {
      await app.close();
    }
  });

  test('health: thresholds at 1 % and 5 % of server errors', () => {
    assert.equal(healthOf(undefined).state, 'sans-appels');
    assert.equal(healthOf({ api: 'x', calls: 1000, serverErrors: 9, latencyTotalMs: 5000 }).state, 'operationnelle');
    assert.equal(healthOf({ api: 'x', calls: 1000, serverErrors: 10, latencyTotalMs: 5000 }).state, 'degradee');
    assert.equal(healthOf({ api: 'x', calls: 1000, serverErrors: 49, latencyTotalMs: 5000 }).state, 'degradee');
    assert.equal(healthOf({ api: 'x', calls: 1000, serverErrors: 50, latencyTotalMs: 5000 }).state, 'perturbee');
    assert.equal(healthOf({ api: 'x', calls: 1000, serverErrors: 0, latencyTotalMs: 5000 }).meanLatencyMs, 5);
  });
});
