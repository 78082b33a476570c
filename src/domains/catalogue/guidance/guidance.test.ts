import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient, signUp } from '../../../../test/helpers/client.js';

const BAKER = '/services-pour-moi?situation=demandeur-emploi&envie=se-former&metier=boulanger';

/** Slugs of the selection, in order. */
const selection = (html: string) => [...html.matchAll(/<li class="fr-col-12 fr-col-md-6 fr-col-lg-4"><div class="fr-card[^"]*"><div class="fr-card__body"><div class="fr-card__content"><h3 class="fr-card__title"><a href="\/services\/([^"]+)"/g)].map((match) => match[1]);

describe('"Les services faits pour moi"', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('the three questions work anonymously, without JavaScript and without a cookie', async () => {
    const form = await t.app.inject({ url: '/services-pour-moi' });
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['set-cookie'], undefined);
    assert.match(form.body, /<form method="get" action="\/services-pour-moi" id="questions"/);
    assert.match(form.body, /1\. Quelle est votre situation \?/);
    assert.match(form.body, /2\. Que voulez-vous faire en ce moment \?/);
    assert.match(form.body, /3\. Quel métier visez-vous \? \(facultatif\)/);
    assert.doesNotMatch(form.body, /Votre sélection/);
    const results = await t.app.inject({ url: BAKER });
    assert.equal(results.statusCode, 200);
    assert.equal(results.headers['set-cookie'], undefined);
    assert.match(results.body, /Connectez-vous pour enregistrer vos réponses/);
    const home = await t.app.inject({ url: '/' });
    assert.equal(home.headers['set-cookie'], undefined, 'the anonymous home page stays cookie-free');
    assert.match(home.body, /<a class="fr-btn" href="\/services-pour-moi">Trouver mes services<\/a>/);
    assert.match(home.body, /<a class="fr-nav__link" href="\/services-pour-moi">Les services faits pour moi<\/a>/);
    assert.doesNotMatch(home.body, /Les services faits pour vous/);
  });

  test('a future baker who wants to train gets the bakery services first, with the reasons', async () => {
    const response = await t.app.inject({ url: BAKER });
    const slugs = selection(response.body);
    assert.ok(slugs.length >= 3 && slugs.length <= 12, String(slugs.length));
    assert.deepEqual(slugs.slice(0, 2).sort(), ['hygiene-alimentaire-en-ligne', 'le-fournil-virtuel']);
    assert.match(response.body, /Parce que vous cherchez à vous former, lié au métier de boulanger \(D1102\)/);
    for (const slug of ['espace-recruteur', 'lanceo-compta', 'recruter-un-apprenti']) assert.ok(!slugs.includes(slug), `${slug} is for companies`);
    assert.match(response.body, /value="Boulanger \/ Boulangère"/);
    assert.match(response.body, /id="champ-envie-se-former" name="envie" value="se-former" checked/);
  });

  test('a recruiter gets services for companies', async () => {
    const slugs = selection((await t.app.inject({ url: '/services-pour-moi?situation=recruteur&envie=trouver-un-emploi' })).body);
    assert.ok(slugs.length > 0);
    assert.ok(slugs.includes('espace-recruteur'));
    assert.ok(!slugs.includes('le-fournil-virtuel'));
  });

  test('bad answers: a French error summary, status 400, what was typed kept', async () => {
    const response = await t.app.inject({ url: '/services-pour-moi?situation=&envie=voyager&metier=astronaute+lunaire' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Le formulaire contient 3 erreurs/);
    assert.match(response.body, /Votre situation : Indiquez votre situation/);
    assert.match(response.body, /Ce que vous voulez faire : Choisissez ce que vous voulez faire parmi les propositions/);
    assert.match(response.body, /Aucun métier ne correspond à « astronaute lunaire »/);
    assert.match(response.body, /value="astronaute lunaire"/);
    const ambiguous = await t.app.inject({ url: '/services-pour-moi?situation=etudiant&envie=se-former&metier=boul' });
    assert.equal(ambiguous.statusCode, 400);
    assert.match(ambiguous.body, /name="metierSuggestion" value="11573"/);
    const chosen = await t.app.inject({ url: '/services-pour-moi?situation=etudiant&envie=se-former&metier=boul&metierSuggestion=11573' });
    assert.equal(chosen.statusCode, 200);
    assert.match(chosen.body, /lié au métier de boulanger \(D1102\)/);
    assert.equal((await t.app.inject({ url: '/services-pour-moi?situation=a&situation=b' })).statusCode, 400);
  });

  test('a member saves the answers to the profile and finds the selection on the home page', async () => {
    const client = await signUp(t.app, 'pour-moi@exemple.fr');
    const before = await client.get('/');
    assert.doesNotMatch(before.body, /Les services faits pour vous/);
    assert.match(before.body, /href="\/services-pour-moi"/);
    const page = await client.get(BAKER);
    assert.match(page.body, /<form method="post" action="\/services-pour-moi"/);
    const saved = await client.post('/services-pour-moi', { situation: 'demandeur-emploi', envie: 'se-former', metier: 'Boulanger / Boulangère', metierOgr: '11573' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/services-pour-moi?situation=demandeur-emploi&envie=se-former&metier=Boulanger+%2F+Boulang%C3%A8re&metierOgr=11573&enregistre=1');
    const account = await t.db.selectFrom('accounts').select(['situation', 'target_ogr_code', 'target_rome_code', 'guidance']).where('email_normalized', '=', 'pour-moi@exemple.fr').executeTakeFirstOrThrow();
    assert.equal(account.situation, 'demandeur-emploi');
    assert.equal(account.target_rome_code, 'D1102');
    assert.equal((account.guidance as { envie: string }).envie, 'se-former');
    assert.match((await client.get(String(saved.headers.location))).body, /Vos réponses sont enregistrées dans votre profil/);
    const home = await client.get('/');
    assert.match(home.body, /<h2 id="titre-pour-vous">Les services faits pour vous<\/h2>/);
    assert.ok(['le-fournil-virtuel', 'hygiene-alimentaire-en-ligne'].includes(selection(home.body)[0]!));
    assert.match((await client.get('/services-pour-moi')).body, /id="selection"/, 'the saved answers come back');
  });

  test('saving needs an account and a CSRF token; bad answers are not saved', async () => {
    const visitor = new TestClient(t.app);
    await visitor.get('/connexion');
    assert.equal((await visitor.post('/services-pour-moi', { situation: 'salarie', envie: 'se-former' })).statusCode, 401);
    const client = await signUp(t.app, 'csrf-pour-moi@exemple.fr');
    await client.get('/services-pour-moi');
    assert.equal((await client.post('/services-pour-moi', { _csrf: '', situation: 'salarie', envie: 'se-former' })).statusCode, 403);
    const bad = await client.post('/services-pour-moi', { situation: 'salarie', envie: 'dormir' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choisissez ce que vous voulez faire parmi les propositions/);
    const account = await t.db.selectFrom('accounts').select(['situation', 'guidance']).where('email_normalized', '=', 'csrf-pour-moi@exemple.fr').executeTakeFirstOrThrow();
    assert.deepEqual(account, { situation: null, guidance: null });
  });
});
