import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { assertNoNull, assertPartnerError, type PartnerCaller, partnerCaller } from './partner-apis.test-support.js';

const BASE = '/partenaire/rome/v1';

interface Node {
  code: string;
  libelle: string;
}
interface Sheet extends Node {
  domaineProfessionnel?: Node & { grandDomaine?: Node };
}
interface Title extends Node {
  libelleCourt: string;
  metier?: Node;
}

const BAKERY = { code: 'D1102', libelle: 'Boulangerie - viennoiserie' };
const TRADE = { code: 'D', libelle: 'Commerce, Vente et Grande distribution' };
const FOOD_TRADE = { code: 'D11', libelle: 'Commerce alimentaire et métiers de bouche' };

describe('ROME v1', () => {
  let t: TestApp;
  let rome: () => Promise<PartnerCaller>;
  const count = async (query: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.raw(query)}`.execute(t.db)).rows[0]!.n;

  before(async () => {
    t = await buildTestApp();
    rome = () => partnerCaller(t, ['rome']);
  });
  after(() => t.close());

  test('401 without a token, 403 with a token for the catalogue only', async () => {
    assertPartnerError(await t.app.inject({ url: `${BASE}/metier/D1102` }), 401, 'TOKEN_MISSING');
    const other = await partnerCaller(t, ['catalogue-des-services']);
    assertPartnerError(await other.get(`${BASE}/metier/D1102`), 403, 'SCOPE_MISSING');
    assertPartnerError(await other.get(`${BASE}/arborescence`), 403, 'SCOPE_MISSING');
  });

  test('grands domaines and domaines professionnels, filtered by grand domaine; codes checked by pattern', async () => {
    const caller = await rome();
    const grand = (await caller.get(`${BASE}/granddomaine`)).json<Node[]>();
    assert.equal(grand.length, await count(`rome_domains WHERE parent_code IS NULL`));
    assert.deepEqual(grand[0], { code: 'A', libelle: 'Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux' });
    assert.ok(grand.every((domain) => /^[A-N]$/.test(domain.code)));

    const all = (await caller.get(`${BASE}/domaineprofessionnel`)).json<(Node & { grandDomaine: Node })[]>();
    assert.equal(all.length, await count(`rome_domains WHERE parent_code IS NOT NULL`));
    assert.ok(all.every((domain) => domain.code.startsWith(domain.grandDomaine.code)));
    const trade = await caller.get(`${BASE}/domaineprofessionnel?codeGrandDomaine=D`);
    assert.equal(trade.statusCode, 200);
    const tradeDomains = trade.json<(Node & { grandDomaine: Node })[]>();
    assert.deepEqual(tradeDomains.map((domain) => domain.code), ['D11', 'D12', 'D14', 'D15']);
    assert.deepEqual(tradeDomains[0], { ...FOOD_TRADE, grandDomaine: TRADE });
    assertPartnerError(await caller.get(`${BASE}/domaineprofessionnel?codeGrandDomaine=DD`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/domaineprofessionnel?codeGrandDomaine=d`), 400, 'INVALID_PARAMETER');
  });

  test('métiers: all, by domaine professionnel, and by label ignoring case and accents', async () => {
    const caller = await rome();
    const all = (await caller.get(`${BASE}/metier`)).json<Sheet[]>();
    assert.equal(all.length, await count('rome_sheets'));
    assertNoNull(all);
    assert.deepEqual(all.find((sheet) => sheet.code === 'D1102'), { ...BAKERY, domaineProfessionnel: { ...FOOD_TRADE, grandDomaine: TRADE } });

    const food = (await caller.get(`${BASE}/metier?codeDomaineProfessionnel=D11`)).json<Sheet[]>();
    assert.deepEqual(food.map((sheet) => sheet.code), ['D1102', 'D1106']);
    for (const q of ['electricite', 'ÉLECTRICITÉ', 'électricité bât']) {
      const found = (await caller.get(`${BASE}/metier?q=${encodeURIComponent(q)}`)).json<Sheet[]>();
      assert.deepEqual(found.map((sheet) => sheet.code), ['F1602'], q);
    }
    const gardener = (await caller.get(`${BASE}/metier?q=jardiniere`)).json<Sheet[]>();
    assert.deepEqual(gardener.map((sheet) => sheet.code), ['A1203'], 'found through its job titles');
    const baker = (await caller.get(`${BASE}/metier?q=boulangere`)).json<Sheet[]>();
    assert.deepEqual(baker.map((sheet) => sheet.code), ['D1102', 'D1106'], 'the sheet whose label matches first, then one of a job title (vendeur en boulangerie)');
    assert.deepEqual((await caller.get(`${BASE}/metier?q=boulangere&codeDomaineProfessionnel=D12`)).json(), []);
    assert.deepEqual((await caller.get(`${BASE}/metier?q=xqzwykvb`)).json(), []);
    assertPartnerError(await caller.get(`${BASE}/metier?codeDomaineProfessionnel=D1`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/metier?q=${'a'.repeat(201)}`), 400, 'INVALID_PARAMETER');
  });

  test('one métier with its domain and job titles; 400 for a malformed code, 404 for an unknown one', async () => {
    const caller = await rome();
    const response = await caller.get(`${BASE}/metier/D1102`);
    assert.equal(response.statusCode, 200);
    const sheet = response.json<Sheet & { appellations: Title[] }>();
    assert.deepEqual({ code: sheet.code, libelle: sheet.libelle, domaineProfessionnel: sheet.domaineProfessionnel }, { ...BAKERY, domaineProfessionnel: { ...FOOD_TRADE, grandDomaine: TRADE } });
    assert.equal(sheet.appellations.length, await count(`rome_appellations WHERE rome_code = 'D1102' AND label IS NOT NULL`));
    assert.ok(sheet.appellations.some((title) => title.code === '11573' && title.libelle === 'Boulanger / Boulangère' && title.libelleCourt === 'boulanger'));
    assert.ok(sheet.appellations.every((title) => !('metier' in title)));
    for (const code of ['d1102', 'D110', 'Z1102', 'D11022']) {
      const error = assertPartnerError(await caller.get(`${BASE}/metier/${code}`), 400, 'INVALID_PARAMETER');
      assert.match(error.message, /« code »/);
    }
    assertPartnerError(await caller.get(`${BASE}/metier/A0000`), 404, 'ROME_SHEET_NOT_FOUND');
  });

  test('appellations: paged list 206/200 with Content-Range, search without accents, 204, bad ranges', async () => {
    const caller = await rome();
    const total = await count('rome_appellations WHERE label IS NOT NULL');
    assert.ok(total > 100);
    const first = await caller.get(`${BASE}/appellation`);
    assert.equal(first.statusCode, 206);
    assert.equal(first.headers['content-range'], `appellations 0-49/${total}`);
    assert.equal(first.headers['accept-range'], '100');
    assert.equal(first.json<Title[]>().length, 50);
    const last = await caller.get(`${BASE}/appellation?range=100-199`);
    assert.equal(last.statusCode, 206);
    assert.equal(last.headers['content-range'], `appellations 100-${total - 1}/${total}`);
    assert.equal(last.json<Title[]>().length, total - 100);

    const bakers = await caller.get(`${BASE}/appellation?q=boulang`);
    assert.equal(bakers.statusCode, 200);
    const titles = bakers.json<Title[]>();
    assert.equal(bakers.headers['content-range'], `appellations 0-${titles.length - 1}/${titles.length}`);
    assert.deepEqual(titles[0], { code: '11573', libelle: 'Boulanger / Boulangère', libelleCourt: 'boulanger', metier: BAKERY }, 'labels starting with the text first');
    assert.ok(titles.some((title) => title.code === '10868'), 'also labels containing it (Aide-boulanger)');
    const pastry = (await caller.get(`${BASE}/appellation?q=patissiere`)).json<Title[]>();
    assert.ok(pastry.some((title) => title.code === '11574'), 'accents ignored');

    const none = await caller.get(`${BASE}/appellation?q=xqzwykvb`);
    assert.equal(none.statusCode, 204);
    assert.equal(none.body, '');
    assertPartnerError(await caller.get(`${BASE}/appellation?range=0-150`), 400, 'RANGE_TOO_LARGE');
    assertPartnerError(await caller.get(`${BASE}/appellation?range=0-`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/appellation?range=${total}-${total + 10}`), 400, 'RANGE_PAST_RESULTS');
  });

  test('one appellation with its métier; 400 for a malformed OGR code, 404 for an unknown one', async () => {
    const caller = await rome();
    const response = await caller.get(`${BASE}/appellation/11573`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { code: '11573', libelle: 'Boulanger / Boulangère', libelleCourt: 'boulanger', metier: BAKERY });
    assertPartnerError(await caller.get(`${BASE}/appellation/11573a`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/appellation/1234567890`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/appellation/999999`), 404, 'APPELLATION_NOT_FOUND');
  });

  test('the tree: grand domaine → domaine professionnel → métiers', async () => {
    const caller = await rome();
    const response = await caller.get(`${BASE}/arborescence`);
    assert.equal(response.statusCode, 200);
    const tree = response.json<(Node & { domainesProfessionnels: (Node & { metiers: Node[] })[] })[]>();
    assert.equal(tree.length, await count('rome_domains WHERE parent_code IS NULL'));
    const trade = tree.find((domain) => domain.code === 'D');
    assert.equal(trade?.libelle, TRADE.libelle);
    assert.deepEqual(trade?.domainesProfessionnels[0], { ...FOOD_TRADE, metiers: [BAKERY, { code: 'D1106', libelle: 'Vente en alimentation' }] });
    const sheets = tree.flatMap((domain) => domain.domainesProfessionnels.flatMap((professional) => professional.metiers));
    assert.equal(sheets.length, await count('rome_sheets WHERE domain_code IS NOT NULL'));
  });
});
