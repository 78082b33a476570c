import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';

interface Facet {
  nom: string;
  valeurs: { valeur: string; nombre: number; selectionnee: boolean }[];
}
interface ApiResult {
  total: number;
  page: number;
  nombrePages: number;
  resultats: { slug: string }[];
  facettes: Facet[];
}

/** A direct, naive SQL count written apart from the application's query. */
async function directCount(t: TestApp, where: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM services s JOIN organisations o ON o.id = s.provider_id
    WHERE s.status = 'publie' AND ${sql.raw(where)}`.execute(t.db);
  return rows[0]!.n;
}

describe('facets and pagination', () => {
  let t: TestApp;
  const get = async (query: string) => {
    const response = await t.app.inject({ url: `/api/v1/services?${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<ApiResult>();
  };
  const facet = (result: ApiResult, name: string) => result.facettes.find((item) => item.nom === name)!;
  const countOf = (result: ApiResult, name: string, value: string) => facet(result, name).valeurs.find((item) => item.valeur === value)?.nombre ?? 0;

  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('without a query, facet counts equal direct SQL counts', async () => {
    const result = await get('');
    assert.equal(result.total, await directCount(t, 'true'));
    for (const value of ['mooc', 'e-learning', 'serious-game', 'simulateur', 'application-mobile', 'site-web', 'application-api']) {
      assert.equal(countOf(result, 'type', value), await directCount(t, `s.type = '${value}'`), `type ${value}`);
    }
    for (const theme of ['choisir-un-metier', 'se-former', 'preparer-sa-candidature', 'trouver-un-emploi', 'creer-son-entreprise', 'travailler-a-l-international']) {
      assert.equal(countOf(result, 'theme', theme), await directCount(t, `'${theme}' = ANY (s.themes)`), `theme ${theme}`);
    }
    for (const platform of ['web', 'ios', 'android']) {
      assert.equal(countOf(result, 'plateforme', platform), await directCount(t, `'${platform}' = ANY (s.platforms)`), `platform ${platform}`);
    }
    for (const price of ['gratuit', 'payant', 'freemium']) {
      assert.equal(countOf(result, 'prix', price), await directCount(t, `s.price_model = '${price}'`), `price ${price}`);
    }
    assert.equal(countOf(result, 'public', 'candidats'), await directCount(t, `s.audience IN ('candidats', 'tous')`));
    assert.equal(countOf(result, 'public', 'entreprises'), await directCount(t, `s.audience IN ('entreprises', 'tous')`));
    assert.equal(countOf(result, 'fournisseur', 'pole-emploi'), await directCount(t, `o.slug = 'pole-emploi'`));
    const providerTotal = facet(result, 'fournisseur').valeurs.reduce((sum, item) => sum + item.nombre, 0);
    assert.equal(providerTotal, result.total, 'each service has exactly one provider');
  });

  test('with a query and filters, each facet is counted with the other filters only', async () => {
    const text = `s.search_vector @@ websearch_to_tsquery('fr', 'emploi')`;
    const result = await get('q=emploi&type=mooc&type=e-learning&prix=gratuit');
    const types = `s.type IN ('mooc', 'e-learning')`;
    const free = `s.price_model = 'gratuit'`;
    assert.equal(result.total, await directCount(t, `${text} AND ${types} AND ${free}`));
    assert.ok(result.total > 0, 'the fixture query must have results');
    // Type facet: counted with the price filter but not the type filter.
    assert.equal(countOf(result, 'type', 'site-web'), await directCount(t, `${text} AND ${free} AND s.type = 'site-web'`));
    assert.equal(countOf(result, 'type', 'mooc'), await directCount(t, `${text} AND ${free} AND s.type = 'mooc'`));
    // Price facet: counted with the type filter but not the price filter.
    assert.equal(countOf(result, 'prix', 'payant'), await directCount(t, `${text} AND ${types} AND s.price_model = 'payant'`));
    // Other facets: every filter applies.
    assert.equal(countOf(result, 'theme', 'se-former'), await directCount(t, `${text} AND ${types} AND ${free} AND 'se-former' = ANY (s.themes)`));
    assert.equal(facet(result, 'type').valeurs.find((item) => item.valeur === 'mooc')?.selectionnee, true);
  });

  test('filters combine: OR inside a facet, AND across facets', async () => {
    const both = await get('type=mooc&type=serious-game');
    assert.equal(both.total, (await get('type=mooc')).total + (await get('type=serious-game')).total);
    const crossed = await get('type=mooc&plateforme=android');
    assert.equal(crossed.total, await directCount(t, `s.type = 'mooc' AND 'android' = ANY (s.platforms)`));
  });

  test('pagination covers every result once, in order, and stops at the last page', async () => {
    const all = await get('tri=a-z&par_page=50');
    const seen: string[] = [];
    const first = await get('tri=a-z&par_page=7');
    assert.equal(first.nombrePages, Math.ceil(first.total / 7));
    for (let page = 1; page <= first.nombrePages; page++) {
      const result = await get(`tri=a-z&par_page=7&page=${page}`);
      assert.ok(result.resultats.length <= 7);
      if (page < first.nombrePages) assert.equal(result.resultats.length, 7);
      seen.push(...result.resultats.map((service) => service.slug));
    }
    assert.equal(new Set(seen).size, first.total);
    assert.deepEqual(seen.slice(0, 50), all.resultats.map((service) => service.slug));
    const beyond = await t.app.inject({ url: `/api/v1/services?tri=a-z&par_page=7&page=${first.nombrePages + 1}` });
    assert.equal(beyond.statusCode, 400);
    assert.equal(beyond.json().code, 'PAGE_OUT_OF_RANGE');
    assert.match(beyond.json().detail, new RegExp(`compte ${first.nombrePages} pages`));
  });

  test('an empty result set has one (empty) page, not an error', async () => {
    const result = await get('q=qwxzvbk');
    assert.equal(result.total, 0);
    assert.equal(result.nombrePages, 1);
    const html = await t.app.inject({ url: '/recherche?q=qwxzvbk' });
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /Aucun service ne correspond à votre recherche/);
  });

  test('the search page shows facet counts, active filter tags that remove the filter, and pagination', async () => {
    const html = (await t.app.inject({ url: '/recherche?type=mooc&prix=gratuit' })).body;
    const result = await get('type=mooc&prix=gratuit');
    assert.match(html, new RegExp(`${result.total} services? trouvés?`));
    assert.match(html, /href="\/recherche\?prix=gratuit" aria-label="Retirer le filtre Type de service : MOOC"/);
    assert.match(html, /href="\/recherche\?type=mooc" aria-label="Retirer le filtre Prix : Gratuit"/);
    assert.match(html, /<input type="checkbox" id="facette-type-mooc" name="type" value="mooc"[^>]*\schecked/);
    assert.doesNotMatch(html, /<input type="checkbox" id="facette-type-e-learning"[^>]*\schecked/);
    const paged = (await t.app.inject({ url: '/recherche?par_page=5&page=2' })).body;
    assert.match(paged, /<nav role="navigation" class="fr-pagination[ "]/);
    assert.match(paged, /aria-current="page" title="Page 2"/);
    assert.match(paged, /href="\/recherche\?par_page=5&amp;page=3"/);
  });

  test('a theme page lists exactly the services of its theme', async () => {
    const html = (await t.app.inject({ url: '/thematiques/creer-son-entreprise?par_page=50' })).body;
    const count = await directCount(t, `'creer-son-entreprise' = ANY (s.themes)`);
    assert.match(html, new RegExp(`${count} services trouvés`));
    assert.equal((await t.app.inject({ url: '/thematiques/inconnue' })).statusCode, 404);
  });
});
