import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient, signUp } from '../../../../test/helpers/client.js';

const SLUG = 'le-fournil-virtuel';

/** Forms cannot nest: a browser would drop the inner one and its button would submit the outer form. */
function assertNoNestedForms(html: string, where: string) {
  let depth = 0;
  for (const [tag] of html.matchAll(/<\/?form\b/g)) {
    depth += tag === '<form' ? 1 : -1;
    assert.ok(depth <= 1, `nested form in ${where}`);
  }
  assert.equal(depth, 0, where);
}

describe('favourites', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const favouriteSlugs = async (email: string) =>
    (
      await t.db
        .selectFrom('favourites as f')
        .innerJoin('accounts as a', 'a.id', 'f.account_id')
        .innerJoin('services as s', 's.id', 'f.service_id')
        .select('s.slug')
        .where('a.email_normalized', '=', email)
        .execute()
    ).map((row) => row.slug);

  test('add from the service page, find it in "Mes favoris", remove it (plain forms, 303 back)', async () => {
    const client = await signUp(t.app, 'favoris@exemple.fr');
    const page = await client.get(`/services/${SLUG}`);
    assert.match(page.body, new RegExp(`<form method="post" action="/services/${SLUG}/favori"`));
    assert.match(page.body, /Ajouter aux favoris<span class="fr-sr-only"> : Le Fournil virtuel<\/span>/);
    const added = await client.post(`/services/${SLUG}/favori`, { retour: `/services/${SLUG}` });
    assert.equal(added.statusCode, 303);
    assert.equal(added.headers.location, `/services/${SLUG}`);
    assert.deepEqual(await favouriteSlugs('favoris@exemple.fr'), [SLUG]);
    assert.equal((await client.post(`/services/${SLUG}/favori`, {})).statusCode, 303, 'adding twice is harmless');
    const again = await client.get(`/services/${SLUG}`);
    assert.match(again.body, new RegExp(`action="/services/${SLUG}/favori/retirer"`));
    assert.match(again.body, /Retirer des favoris/);
    const list = await client.get('/mon-espace/favoris');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /1 service gardé en favori/);
    assert.match(list.body, new RegExp(`href="/services/${SLUG}"`));
    const removed = await client.post(`/services/${SLUG}/favori/retirer`, { retour: '/mon-espace/favoris' });
    assert.equal(removed.headers.location, '/mon-espace/favoris');
    assert.deepEqual(await favouriteSlugs('favoris@exemple.fr'), []);
    assert.match((await client.get('/mon-espace/favoris')).body, /Vous n’avez pas encore de favori/);
  });

  test('every result card has the button, showing which services are favourites', async () => {
    const client = await signUp(t.app, 'cartes@exemple.fr');
    await client.get('/recherche?q=boulanger');
    await client.post(`/services/${SLUG}/favori`, { retour: '/recherche?q=boulanger' });
    const results = await client.get('/recherche?q=boulanger');
    assert.match(results.body, new RegExp(`action="/services/${SLUG}/favori/retirer"`));
    assert.match(results.body, /action="\/services\/hygiene-alimentaire-en-ligne\/favori"/);
    assert.match(results.body, /name="retour" value="\/recherche\?q=boulanger"/);
    assert.match(results.body, new RegExp(`<button [^>]*form="favori-${SLUG}"[^>]*>Retirer des favoris`), 'inside the search form, buttons submit forms placed after it');
    assert.match(results.body, new RegExp(`<form method="post" action="/services/${SLUG}/favori/retirer" id="favori-${SLUG}">`));
    for (const path of ['/', '/thematiques/se-former', '/recherche?q=boulanger', `/services/${SLUG}`, '/mon-espace/favoris', '/services-pour-moi?situation=etudiant&envie=se-former']) {
      const page = await client.get(path);
      assert.match(page.body, /(Ajouter aux|Retirer des) favoris/, path);
      assertNoNestedForms(page.body, path);
    }
  });

  test('visitors are sent to log in: a link on the service page, no buttons on cards, no cookie', async () => {
    const page = await t.app.inject({ url: `/services/${SLUG}` });
    assert.match(page.body, new RegExp(`href="/connexion\\?retour=%2Fservices%2F${SLUG}"`));
    assert.equal(page.headers['set-cookie'], undefined);
    const results = await t.app.inject({ url: '/recherche?q=boulanger' });
    assert.doesNotMatch(results.body, /favori/);
    assert.equal(results.headers['set-cookie'], undefined);
    const list = await t.app.inject({ url: '/mon-espace/favoris' });
    assert.equal(list.headers.location, '/connexion?retour=%2Fmon-espace%2Ffavoris');
    const visitor = new TestClient(t.app);
    await visitor.get('/connexion');
    assert.equal((await visitor.post(`/services/${SLUG}/favori`, {})).statusCode, 401);
  });

  test('a form without its CSRF token is refused; the return path never leaves the site; unknown services are 404', async () => {
    const client = await signUp(t.app, 'securite-favoris@exemple.fr');
    await client.get(`/services/${SLUG}`);
    assert.equal((await client.post(`/services/${SLUG}/favori`, { _csrf: '' })).statusCode, 403);
    assert.deepEqual(await favouriteSlugs('securite-favoris@exemple.fr'), []);
    for (const retour of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      assert.equal((await client.post(`/services/${SLUG}/favori`, { retour })).headers.location, `/services/${SLUG}`, retour);
    }
    assert.equal((await client.post('/services/service-inconnu/favori', {})).statusCode, 404);
    assert.equal((await client.post('/services/service-inconnu/favori/retirer', {})).statusCode, 404);
  });
});
