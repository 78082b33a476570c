import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { signUp } from '../../../test/helpers/client.js';

describe('profile ("Mon profil")', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const stored = (email: string) =>
    t.db
      .selectFrom('accounts')
      .select(['situation', 'target_ogr_code', 'target_rome_code', 'target_job_label', 'department_code'])
      .where('email_normalized', '=', email)
      .executeTakeFirstOrThrow();

  test('saves situation, job typed without JavaScript and département, then shows them (post/redirect/get)', async () => {
    const client = await signUp(t.app, 'profil@exemple.fr');
    const form = await client.get('/mon-espace/profil');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<script type="module" src="\/static\/js\/job-autocomplete.js">/);
    const saved = await client.post('/mon-espace/profil', { situation: 'reconversion', metier: 'boulangère', metierOgr: '', departement: '2a' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/mon-espace/profil?enregistre=1');
    assert.deepEqual(await stored('profil@exemple.fr'), {
      situation: 'reconversion',
      target_ogr_code: '11573',
      target_rome_code: 'D1102',
      target_job_label: 'Boulanger / Boulangère',
      department_code: '2A',
    });
    const page = await client.get('/mon-espace/profil?enregistre=1');
    assert.match(page.body, /Votre profil est enregistré/);
    assert.match(page.body, /value="Boulanger \/ Boulangère"/);
    assert.match(page.body, /name="metierOgr" value="11573"/);
    assert.match(page.body, /<input type="radio" id="champ-situation-reconversion" name="situation" value="reconversion" checked/);
    assert.match(page.body, /<option value="2A" selected>2A — Corse-du-Sud<\/option>/);
  });

  test('the code filled in by the autocomplete is used; emptying the fields clears the profile', async () => {
    const client = await signUp(t.app, 'autocomplete@exemple.fr');
    await client.get('/mon-espace/profil');
    await client.post('/mon-espace/profil', { situation: 'etudiant', metier: 'Aide-boulanger / Aide-boulangère', metierOgr: '10868', departement: '' });
    assert.equal((await stored('autocomplete@exemple.fr')).target_ogr_code, '10868');
    assert.equal((await client.post('/mon-espace/profil', { situation: '', metier: '', metierOgr: '', departement: '' })).statusCode, 303);
    assert.deepEqual(await stored('autocomplete@exemple.fr'), { situation: null, target_ogr_code: null, target_rome_code: null, target_job_label: null, department_code: null });
  });

  test('an unknown job title and a bad département answer 400 with an error summary, keeping what was typed', async () => {
    const client = await signUp(t.app, 'erreurs@exemple.fr');
    await client.get('/mon-espace/profil');
    const response = await client.post('/mon-espace/profil', { situation: 'salarie', metier: 'astronaute lunaire', departement: '99' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Erreur — Mon profil/);
    assert.match(response.body, /Le formulaire contient 2 erreurs/);
    assert.match(response.body, /<a href="#champ-metier">Métier recherché : Aucun métier ne correspond à « astronaute lunaire »/);
    assert.match(response.body, /<a href="#champ-departement">Département : Choisissez un département dans la liste/);
    assert.match(response.body, /value="astronaute lunaire"/);
    assert.match(response.body, /aria-describedby="champ-metier-aide champ-metier-erreur"/);
    assert.match(response.body, /id="champ-situation-salarie" name="situation" value="salarie" checked/);
    assert.equal((await stored('erreurs@exemple.fr')).situation, null, 'nothing is saved');
  });

  test('an ambiguous title lists close titles to choose from; picking one saves it', async () => {
    const client = await signUp(t.app, 'ambigu@exemple.fr');
    await client.get('/mon-espace/profil');
    const response = await client.post('/mon-espace/profil', { metier: 'boul' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /« boul » ne désigne pas un seul métier/);
    assert.match(response.body, /Métiers proches de votre saisie/);
    assert.match(response.body, /name="metierSuggestion" value="11573"/);
    assert.match(response.body, /value="boul"/);
    assert.equal((await client.post('/mon-espace/profil', { metier: 'boul', metierSuggestion: '11574' })).statusCode, 303);
    assert.equal((await stored('ambigu@exemple.fr')).target_ogr_code, '11574');
  });

  test('a bad situation is refused; forms without a CSRF token are refused; visitors are sent to log in', async () => {
    const client = await signUp(t.app, 'csrf-profil@exemple.fr');
    await client.get('/mon-espace/profil');
    const bad = await client.post('/mon-espace/profil', { situation: 'astronaute' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choisissez votre situation parmi celles proposées/);
    const forged = await client.post('/mon-espace/profil', { _csrf: '', situation: 'salarie' });
    assert.equal(forged.statusCode, 403);
    assert.equal((await stored('csrf-profil@exemple.fr')).situation, null);
    const anonymous = await t.app.inject({ url: '/mon-espace/profil' });
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, '/connexion?retour=%2Fmon-espace%2Fprofil');
  });

  test('"Mon espace" shows the profile, favourites, history and personal data tiles', async () => {
    const client = await signUp(t.app, 'tuiles@exemple.fr');
    const page = await client.get('/mon-espace');
    for (const href of ['/mon-espace/profil', '/mon-espace/favoris', '/mon-espace/historique', '/mon-espace/mes-donnees', '/services-pour-moi']) {
      assert.match(page.body, new RegExp(`<a href="${href}">`), href);
    }
  });
});
