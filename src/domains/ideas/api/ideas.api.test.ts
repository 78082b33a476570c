import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { hotScore } from '../ideas.vocabulary.js';

interface Summary {
  id: number;
  titre: string;
  statut: string;
  libelleStatut: string;
  thematique: string;
  soutiens: number;
  commentaires: number;
  dateCreation: string;
  lien: string;
  fusionneeDans: number | null;
}

describe('ideas JSON API', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const list = async (query = '') => {
    const response = await t.app.inject({ url: `/api/v1/idees${query}` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return response.json<{ total: number; page: number; parPage: number; nombrePages: number; resultats: Summary[] }>();
  };

  test('lists the visible ideas (demo data), without duplicates unless asked, with their fields', async () => {
    const all = await list('?parPage=50');
    const { rows } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ideas WHERE visibility = 'publie' AND status <> 'doublon'`.execute(t.db);
    assert.ok(all.total >= 10);
    assert.equal(all.total, rows[0]!.count);
    assert.equal(all.resultats.length, all.total);
    assert.ok(all.resultats.every((idea) => idea.statut !== 'doublon'));
    const salary = all.resultats.find((idea) => idea.titre === 'Simulateur de salaire net par métier');
    assert.ok(salary);
    assert.equal(salary.libelleStatut, 'Retenue');
    assert.equal(salary.lien, `http://localhost:3000/idees/${salary.id}`);
    const duplicates = await list('?statut=doublon');
    assert.equal(duplicates.total, 1);
    assert.ok(duplicates.resultats[0]!.fusionneeDans);
  });

  test('filters by status and theme, searches without accents or case, paginates', async () => {
    const realised = await list('?statut=realisee');
    assert.ok(realised.total >= 1);
    assert.ok(realised.resultats.every((idea) => idea.statut === 'realisee' && idea.libelleStatut === 'Réalisée'));
    const training = await list('?theme=se-former');
    assert.ok(training.total >= 1 && training.resultats.every((idea) => idea.thematique === 'se-former'));
    const search = await list('?q=SALAIRE%20NET');
    assert.deepEqual(search.resultats.map((idea) => idea.titre), ['Simulateur de salaire net par métier']);
    assert.ok((await list('?q=creation')).resultats.some((idea) => idea.titre === 'Simulateur des aides à la création d’entreprise'));
    assert.equal((await list('?q=100%25')).total, 0);
    const page = await list('?parPage=2&page=2&tri=recentes');
    assert.equal(page.resultats.length, 2);
    assert.equal(page.nombrePages, Math.ceil(page.total / 2));
    const firstPage = await list('?parPage=2&tri=recentes');
    assert.ok(firstPage.resultats[1]!.dateCreation >= page.resultats[0]!.dateCreation);
  });

  test('sorts: « tendance » follows hotScore(), « soutenues » and « commentees » descend', async () => {
    const now = new Date();
    const trend = (await list('?parPage=50')).resultats;
    const expected = [...trend].sort((x, y) => hotScore(y.soutiens, new Date(y.dateCreation), now) - hotScore(x.soutiens, new Date(x.dateCreation), now) || y.id - x.id);
    assert.deepEqual(trend.map((idea) => idea.id), expected.map((idea) => idea.id));
    const supported = (await list('?tri=soutenues&parPage=50')).resultats.map((idea) => idea.soutiens);
    assert.deepEqual(supported, [...supported].sort((x, y) => y - x));
    const commented = (await list('?tri=commentees&parPage=50')).resultats.map((idea) => idea.commentaires);
    assert.deepEqual(commented, [...commented].sort((x, y) => y - x));
  });

  test('bad parameters answer a 400 problem', async () => {
    for (const query of ['parPage=51', 'tri=hasard', 'statut=inconnu', 'theme=cuisine', 'page=0', 'page=999', `q=${'a'.repeat(201)}`]) {
      const response = await t.app.inject({ url: `/api/v1/idees?${query}` });
      assert.equal(response.statusCode, 400, query);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    }
  });

  test('detail with official answers and realisation; hidden or unknown ideas are a 404 problem', async () => {
    const { id } = await t.db.selectFrom('ideas').select('id').where('title', '=', 'Une carte des formations avec les places restantes').executeTakeFirstOrThrow();
    const response = await t.app.inject({ url: `/api/v1/idees/${id}` });
    assert.equal(response.statusCode, 200);
    const idea = response.json();
    assert.equal(idea.statut, 'realisee');
    assert.equal(idea.realisation.service.slug, 'carte-des-formations');
    assert.match(idea.realisation.service.lien, /\/services\/carte-des-formations$/);
    assert.equal(idea.reponsesOfficielles[0].statut, 'realisee');
    assert.equal(idea.reponsesOfficielles[0].auteur, 'L’équipe Emploi Store');
    const fresh = (await list('?tri=recentes&parPage=1')).resultats[0]!;
    assert.equal((await t.app.inject({ url: `/api/v1/idees/${fresh.id}` })).json().realisation, null);

    await t.db.updateTable('ideas').set({ visibility: 'masque' }).where('id', '=', id).execute();
    const hidden = await t.app.inject({ url: `/api/v1/idees/${id}` });
    assert.equal(hidden.statusCode, 404);
    assert.match(String(hidden.headers['content-type']), /^application\/problem\+json/);
    assert.equal(hidden.json().code, 'IDEA_NOT_FOUND');
    assert.ok(!(await list('?parPage=50&statut=realisee')).resultats.some((row) => row.id === id));
    await t.db.updateTable('ideas').set({ visibility: 'publie' }).where('id', '=', id).execute();
    assert.equal((await t.app.inject({ url: '/api/v1/idees/99999999' })).json().code, 'IDEA_NOT_FOUND');
    assert.equal((await t.app.inject({ url: '/api/v1/idees/inconnu' })).statusCode, 400);
  });

  test('the routes are in the OpenAPI document under the « idées » tag', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    assert.ok(document.tags.some((tag: { name: string }) => tag.name === 'idées'));
    assert.deepEqual(document.paths['/api/v1/idees'].get.tags, ['idées']);
    assert.deepEqual(document.paths['/api/v1/idees/{id}'].get.tags, ['idées']);
    const parameters = document.paths['/api/v1/idees'].get.parameters.map((parameter: { name: string }) => parameter.name);
    for (const name of ['tri', 'statut', 'theme', 'q', 'page', 'parPage']) assert.ok(parameters.includes(name), name);
  });
});
