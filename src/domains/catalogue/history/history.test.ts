import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp } from '../../../../test/helpers/client.js';
import { HISTORY_PER_PAGE } from './history.route.js';

describe('history of services opened', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const visits = async (email: string) =>
    t.db
      .selectFrom('service_visits as v')
      .innerJoin('accounts as a', 'a.id', 'v.account_id')
      .innerJoin('services as s', 's.id', 'v.service_id')
      .select(['s.slug', 'v.visits'])
      .where('a.email_normalized', '=', email)
      .orderBy('s.slug')
      .execute();

  test('opening a service page records a visit for the logged-in viewer (counted, most recent first)', async () => {
    const client = await signUp(t.app, 'historique@exemple.fr');
    await client.get('/services/le-fournil-virtuel');
    await client.get('/services/reussir-l-entretien-d-embauche');
    await client.get('/services/le-fournil-virtuel');
    assert.deepEqual(await visits('historique@exemple.fr'), [
      { slug: 'le-fournil-virtuel', visits: 2 },
      { slug: 'reussir-l-entretien-d-embauche', visits: 1 },
    ]);
    const page = await client.get('/mon-espace/historique');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2 services consultés/);
    const fournil = page.body.indexOf('href="/services/le-fournil-virtuel"');
    const entretien = page.body.indexOf('href="/services/reussir-l-entretien-d-embauche"');
    assert.ok(fournil > 0 && entretien > 0 && fournil < entretien, 'the most recent visit first');
    assert.match(page.body, /2 fois/);
  });

  test('visitors and robots leave no history', async () => {
    await t.app.inject({ url: '/services/le-fournil-virtuel' });
    const client = await signUp(t.app, 'robot@exemple.fr');
    await t.app.inject({ url: '/services/le-fournil-virtuel', headers: { cookie: `es_session=${client.cookies.get('es_session')}`, 'user-agent': 'Googlebot/2.1' } });
    assert.deepEqual(await visits('robot@exemple.fr'), []);
    const anonymous = await t.app.inject({ url: '/mon-espace/historique' });
    assert.equal(anonymous.headers.location, '/connexion?retour=%2Fmon-espace%2Fhistorique');
  });

  test('the history is paginated and can be erased', async () => {
    const client = await signUp(t.app, 'pages@exemple.fr');
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', 'pages@exemple.fr').executeTakeFirstOrThrow();
    await sql`INSERT INTO service_visits (account_id, service_id, last_visited_at)
      SELECT ${id}, s.id, now() - s.id * interval '1 minute' FROM services s ORDER BY s.id LIMIT ${HISTORY_PER_PAGE + 5}`.execute(t.db);
    const first = await client.get('/mon-espace/historique');
    assert.match(first.body, /25 services consultés/);
    assert.match(first.body, /href="\/mon-espace\/historique\?page=2"/);
    assert.equal((first.body.match(/<tr>/g) ?? []).length - 1, HISTORY_PER_PAGE);
    const second = await client.get('/mon-espace/historique?page=2');
    assert.equal(second.statusCode, 200);
    assert.equal((second.body.match(/<tr>/g) ?? []).length - 1, 5);
    for (const bad of ['page=3', 'page=0', 'page=abc']) assert.equal((await client.get(`/mon-espace/historique?${bad}`)).statusCode, 400, bad);
    const erased = await client.post('/mon-espace/historique/effacer', {});
    assert.equal(erased.headers.location, '/mon-espace/historique?efface=1');
    assert.deepEqual(await visits('pages@exemple.fr'), []);
    assert.match((await client.get('/mon-espace/historique?efface=1')).body, /Votre historique est effacé/);
  });
});
