import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { type OpenApiDocument, operationsOf } from './openapi.documents.js';

/** The operations each developer API documents, relative to its base path. */
const EXPECTED_PATHS: Record<string, string[]> = {
  'catalogue-des-services': ['/fichesservices', '/fichesservices/{id}', '/fichesservices/{id}/images'],
  rome: ['/appellation', '/appellation/{code}', '/arborescence', '/domaineprofessionnel', '/granddomaine', '/metier', '/metier/{code}'],
  moocs: ['/cours', '/cours/{id}', '/cours/{id}/sessions'],
  'offres-d-emploi': ['/offres/search', '/offres/{id}', '/referentiel/{name}'],
};
const PAGED = new Set(['/partenaire/cataloguedesservicesemploistore/v1/fichesservices', '/partenaire/rome/v1/appellation', '/partenaire/offresdemploi/v2/offres/search']);

describe('OpenAPI documents of the developer APIs', () => {
  let t: TestApp;
  const validator = new Validator();
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(() => t.close());

  test('the portal document (/api/openapi.json) is valid OpenAPI 3.1 and lists the developer APIs with the OAuth2 scheme', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json<OpenApiDocument>();
    const result = await validator.validate(document as unknown as Parameters<Validator["validate"]>[0]);
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    for (const api of DEVELOPER_APIS) {
      for (const path of EXPECTED_PATHS[api.slug] ?? []) assert.ok(document.paths[`${api.basePath}${path}`]?.get, `${api.basePath}${path}`);
      assert.ok(document.tags?.some((tag) => tag.name === api.tag), api.tag);
    }
    assert.equal(document.components?.securitySchemes?.oauth2?.type, 'oauth2');
  });

  for (const api of DEVELOPER_APIS) {
    test(`/developpeurs/api/${api.slug}/openapi.json: valid, only its paths and tag, every operation secured and documented`, async () => {
      const response = await t.app.inject({ url: `/developpeurs/api/${api.slug}/openapi.json` });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      const document = response.json<OpenApiDocument>();
      const result = await validator.validate(document as unknown as Parameters<Validator["validate"]>[0]);
      assert.ok(result.valid, JSON.stringify(result.errors, null, 2));

      assert.equal(document.openapi, '3.1.0');
      assert.equal(document.info.title, `${api.name} ${api.version}`);
      assert.equal(document.info.version, api.changelog[0]?.version);
      assert.equal(document.info.description, api.description);
      assert.deepEqual(document.servers, [{ url: 'http://localhost:3000' }]);
      assert.deepEqual(document.tags?.map((tag) => tag.name), [api.tag]);
      assert.deepEqual(Object.keys(document.paths).sort(), (EXPECTED_PATHS[api.slug] ?? []).map((path) => `${api.basePath}${path}`).sort());
      const oauth2 = document.components?.securitySchemes?.oauth2 as { flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } } };
      assert.deepEqual(Object.keys(oauth2.flows.clientCredentials.scopes), [...api.scopes]);
      assert.equal(oauth2.flows.clientCredentials.tokenUrl, 'http://localhost:3000/connexion/oauth2/access_token?realm=/partenaire');

      const operations = operationsOf(document);
      assert.equal(operations.length, EXPECTED_PATHS[api.slug]?.length);
      for (const { path, method, operation } of operations) {
        const where = `${method.toUpperCase()} ${path}`;
        assert.equal(method, 'get', where);
        assert.deepEqual(operation.tags, [api.tag], where);
        assert.deepEqual(operation.security, [{ oauth2: [api.scopes[0]] }], where);
        assert.ok(operation.summary && operation.description && operation.description.length > 40, `${where}: French summary and description`);
        const ok = operation.responses['200']?.content?.['application/json']?.schema;
        assert.ok(ok && (ok.type === 'object' || ok.type === 'array'), `${where}: 200 schema`);
        for (const status of ['400', '401', '403', '429']) {
          const error = operation.responses[status]?.content?.['application/json']?.schema as { required?: string[] } | undefined;
          assert.deepEqual(error?.required, ['codeHttp', 'message', 'codeErreur'], `${where}: ${status} in the partner error shape`);
        }
        assert.ok(operation.responses['429']?.headers?.['Retry-After'], `${where}: Retry-After`);
        if (path.includes('{')) {
          assert.ok(operation.responses['404'], `${where}: 404`);
          const parameter = operation.parameters?.find((candidate) => candidate.in === 'path');
          assert.ok(parameter?.required && (parameter.schema?.pattern || parameter.schema?.type === 'integer'), `${where}: path parameter validated`);
        }
        if (PAGED.has(path)) {
          for (const status of ['200', '206']) assert.ok(operation.responses[status]?.headers?.['Content-Range'] && operation.responses[status]?.headers?.['Accept-Range'], `${where}: ${status} headers`);
          assert.equal(operation.responses['204']?.content, undefined, `${where}: 204 without a body`);
          assert.ok(operation.parameters?.some((parameter) => parameter.name === 'range' && parameter.schema?.pattern), `${where}: range`);
        }
      }
    });
  }

  test('an unknown API answers a JSON 404', async () => {
    const response = await t.app.inject({ url: '/developpeurs/api/offres-d-emploi-v9/openapi.json' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.equal(response.json<{ code: string }>().code, 'DEVELOPER_API_NOT_FOUND');
  });
});
