import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { resolveJobTitle } from './appellations.service.js';

describe('job titles: autocomplete API and resolution of a typed title', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const search = async (query: string) => t.app.inject({ url: `/api/v1/referentiels/appellations?${query}` });

  test('"boul" lists bakery job titles, those starting with it first, with their ROME sheet', async () => {
    const response = await search('q=boul');
    assert.equal(response.statusCode, 200);
    const { appellations } = response.json();
    assert.ok(appellations.length >= 4 && appellations.length <= 10);
    assert.match(appellations[0].libelle, /^Boulanger/);
    assert.deepEqual(Object.keys(appellations[0]).sort(), ['codeOgr', 'codeRome', 'libelle', 'libelleRome']);
    const baker = appellations.find((item: { codeOgr: string }) => item.codeOgr === '11573');
    assert.deepEqual(baker, { codeOgr: '11573', libelle: 'Boulanger / Boulangère', codeRome: 'D1102', libelleRome: 'Boulangerie - viennoiserie' });
    assert.ok(appellations.some((item: { libelle: string }) => item.libelle.startsWith('Aide-boulanger')), 'titles containing the text come too');
  });

  test('accents and case do not matter; French stemming and close spellings find titles; a ROME code lists its titles', async () => {
    assert.ok((await search('q=BOULANGÈRE')).json().appellations.some((item: { codeOgr: string }) => item.codeOgr === '11573'));
    assert.ok((await search('q=boulangre')).json().appellations.some((item: { codeRome: string }) => item.codeRome === 'D1102'), 'a typo still finds the title');
    const byCode = (await search('q=d1102')).json().appellations;
    assert.ok(byCode.length >= 3 && byCode.every((item: { codeRome: string }) => item.codeRome === 'D1102'));
  });

  test('at most 10 results, fewer on demand; one character or LIKE wildcards give nothing odd', async () => {
    assert.ok((await search('q=e')).json().appellations.length === 0);
    assert.equal((await search('q=an&limite=3')).json().appellations.length, 3);
    assert.ok((await search('q=a')).json().appellations.length <= 10);
    assert.deepEqual((await search(`q=${encodeURIComponent('%_%')}`)).json().appellations, []);
  });

  test('bad parameters answer a French problem, never a 500', async () => {
    for (const query of ['', 'q=boul&limite=11', 'q=boul&limite=abc', `q=${'x'.repeat(201)}`]) {
      const response = await search(query);
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(response.json().code, 'INVALID_PARAMETER');
      assert.match(response.json().detail, /[a-zé]/);
    }
  });

  test('the endpoint is public and documented in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const operation = document.paths['/api/v1/referentiels/appellations'].get;
    assert.deepEqual(operation.tags, ['référentiels']);
    assert.ok(operation.parameters.some((parameter: { name: string }) => parameter.name === 'q'));
  });

  test('a typed title resolves to the exact label, a gendered form, the only close match, or asks to choose', async () => {
    const found = async (text: string, extra = {}) => {
      const resolution = await resolveJobTitle(t.db, { text, ...extra });
      assert.equal(resolution.status, 'found', `${text}: ${JSON.stringify(resolution)}`);
      return resolution.status === 'found' ? resolution.job : null;
    };
    assert.equal((await found('Boulanger / Boulangère'))?.ogrCode, '11573');
    assert.equal((await found('boulangere'))?.ogrCode, '11573');
    assert.equal((await found('  BOULANGER  pâtissier '))?.ogrCode, '11574');
    assert.equal((await resolveJobTitle(t.db, { text: '' })).status, 'empty');
    const ambiguous = await resolveJobTitle(t.db, { text: 'boul' });
    assert.equal(ambiguous.status, 'ambiguous');
    assert.ok('suggestions' in ambiguous && ambiguous.suggestions.length > 1);
    assert.equal((await resolveJobTitle(t.db, { text: 'astronaute lunaire' })).status, 'unknown');
    // The code filled in by the autocomplete is trusted only while the text is still its label.
    assert.equal((await found('Boulanger / Boulangère', { code: '11574' }))?.ogrCode, '11573');
    assert.equal((await found('Boulanger-pâtissier / Boulangère-pâtissière', { code: '11574' }))?.ogrCode, '11574');
    // A suggestion picked after an ambiguous answer wins.
    assert.equal((await found('boul', { chosen: '10868' }))?.ogrCode, '10868');
  });
});
