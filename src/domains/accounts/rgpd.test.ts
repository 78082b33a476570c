import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { STRONG_PASSWORD, signUp } from '../../../test/helpers/client.js';

describe('personal data: export and deletion of the account', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const accountId = async (email: string) => (await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow()).id;
  const serviceId = async (slug: string) => (await t.db.selectFrom('services').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const addReview = async (email: string, slug: string) =>
    (await t.db.insertInto('service_reviews').values({ service_id: await serviceId(slug), account_id: await accountId(email), rating: 4, body: 'Très utile.' }).returning('id').executeTakeFirstOrThrow()).id;

  test('the export holds my account, profile, favourites, history and reviews, never the password hash', async () => {
    const client = await signUp(t.app, 'export@exemple.fr');
    await client.get('/mon-espace/profil');
    await client.post('/mon-espace/profil', { situation: 'etudiant', metier: 'boulanger', departement: '69' });
    await client.get('/services/le-fournil-virtuel');
    await client.post('/services/le-fournil-virtuel/favori', { retour: '/services/le-fournil-virtuel' });
    await addReview('export@exemple.fr', 'le-fournil-virtuel');
    const page = await client.get('/mon-espace/mes-donnees');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/mon-espace\/mes-donnees.json"/);
    const response = await client.get('/mon-espace/mes-donnees.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="mes-donnees-emploi-store-\d{4}-\d{2}-\d{2}\.json"$/);
    assert.equal(response.headers['cache-control'], 'no-store');
    const data = response.json();
    assert.equal(data.compte.email, 'export@exemple.fr');
    assert.deepEqual(data.profil.metierVise, { codeOgr: '11573', libelle: 'Boulanger / Boulangère', codeRome: 'D1102' });
    assert.equal(data.profil.departement, '69');
    assert.equal(data.profil.situation, 'etudiant');
    assert.equal(data.favoris[0].service, 'le-fournil-virtuel');
    assert.equal(data.historique[0].service, 'le-fournil-virtuel');
    assert.equal(data.historique[0].consultations, 1);
    assert.equal(data.avis.avis[0].texte, 'Très utile.');
    assert.equal(data.sessions.length, 1);
    assert.doesNotMatch(response.body, /argon2|password|hash|id_hash/i);
  });

  test('deletion asks for the password and a choice for reviews, and keeps what was chosen on errors', async () => {
    const client = await signUp(t.app, 'hesite@exemple.fr');
    const form = await client.get('/mon-espace/supprimer-mon-compte');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Cette suppression est définitive/);
    const empty = await client.post('/mon-espace/supprimer-mon-compte', {});
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Le formulaire contient 2 erreurs/);
    assert.match(empty.body, /Indiquez si vos avis doivent être supprimés ou conservés de façon anonyme/);
    const wrong = await client.post('/mon-espace/supprimer-mon-compte', { avis: 'anonymiser', motDePasse: 'pas le bon' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Le mot de passe est incorrect/);
    assert.match(wrong.body, /value="anonymiser" checked/);
    const forged = await client.post('/mon-espace/supprimer-mon-compte', { _csrf: '', avis: 'supprimer', motDePasse: STRONG_PASSWORD });
    assert.equal(forged.statusCode, 403);
    assert.ok(await accountId('hesite@exemple.fr'), 'the account is still there');
  });

  test('"supprimer": the account, its favourites, history, sessions and reviews are gone; the session ends', async () => {
    const client = await signUp(t.app, 'supprimer@exemple.fr');
    const id = await accountId('supprimer@exemple.fr');
    await client.get('/services/le-fournil-virtuel');
    await client.post('/services/le-fournil-virtuel/favori', {});
    const reviewId = await addReview('supprimer@exemple.fr', 'le-fournil-virtuel');
    await client.get('/mon-espace/supprimer-mon-compte');
    const response = await client.post('/mon-espace/supprimer-mon-compte', { avis: 'supprimer', motDePasse: STRONG_PASSWORD });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/?compte-supprime=1');
    assert.equal(client.cookies.get('es_session'), undefined);
    const home = await client.get('/?compte-supprime=1');
    assert.match(home.body, /Votre compte a été supprimé/);
    assert.doesNotMatch(home.body, /Se déconnecter/);
    assert.equal(await t.db.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst(), undefined);
    assert.equal(await t.db.selectFrom('service_reviews').select('id').where('id', '=', reviewId).executeTakeFirst(), undefined);
    for (const table of ['favourites', 'service_visits', 'sessions'] as const) {
      assert.equal((await t.db.selectFrom(table).select('account_id').where('account_id', '=', id).execute()).length, 0, table);
    }
  });

  test('"anonymiser": the review stays, no longer linked to anyone', async () => {
    const client = await signUp(t.app, 'anonyme@exemple.fr');
    const reviewId = await addReview('anonyme@exemple.fr', 'reussir-l-entretien-d-embauche');
    await client.get('/mon-espace/supprimer-mon-compte');
    assert.equal((await client.post('/mon-espace/supprimer-mon-compte', { avis: 'anonymiser', motDePasse: STRONG_PASSWORD })).statusCode, 303);
    const review = await t.db.selectFrom('service_reviews').select(['account_id', 'body']).where('id', '=', reviewId).executeTakeFirstOrThrow();
    assert.deepEqual(review, { account_id: null, body: 'Très utile.' });
  });

  test('deletion is one transaction: if a domain fails, nothing is deleted', async () => {
    const client = await signUp(t.app, 'atomique@exemple.fr');
    const reviewId = await addReview('atomique@exemple.fr', 'reussir-l-entretien-d-embauche');
    const failing = {
      name: 'panne',
      export: async () => null,
      onAccountDeletion: async () => {
        throw new Error('simulated failure');
      },
    };
    t.app.personalData.push(failing);
    try {
      await client.get('/mon-espace/supprimer-mon-compte');
      const response = await client.post('/mon-espace/supprimer-mon-compte', { avis: 'supprimer', motDePasse: STRONG_PASSWORD });
      assert.equal(response.statusCode, 500);
    } finally {
      t.app.personalData.splice(t.app.personalData.indexOf(failing), 1);
    }
    assert.ok(await accountId('atomique@exemple.fr'));
    assert.ok(await t.db.selectFrom('service_reviews').select('id').where('id', '=', reviewId).executeTakeFirst(), 'the review deleted by the first provider is back');
    assert.equal((await client.get('/mon-espace')).statusCode, 200, 'still logged in');
  });

  test('an account without a password confirms by ticking a box', async () => {
    const client = await signUp(t.app, 'sans-mdp@exemple.fr');
    await t.db.updateTable('accounts').set({ password_hash: null }).where('email_normalized', '=', 'sans-mdp@exemple.fr').execute();
    const form = await client.get('/mon-espace/supprimer-mon-compte');
    assert.match(form.body, /name="confirmation" value="oui"/);
    assert.doesNotMatch(form.body, /name="motDePasse"/);
    const unticked = await client.post('/mon-espace/supprimer-mon-compte', { avis: 'supprimer' });
    assert.equal(unticked.statusCode, 400);
    assert.match(unticked.body, /Cochez la case pour confirmer/);
    assert.equal((await client.post('/mon-espace/supprimer-mon-compte', { avis: 'supprimer', confirmation: 'oui' })).statusCode, 303);
  });
});
