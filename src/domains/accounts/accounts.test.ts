import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { STRONG_PASSWORD, TestClient, signUp } from '../../../test/helpers/client.js';

const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)![0];
const tokenOf = (link: string) => new URL(link).searchParams.get('jeton')!;

describe('accounts', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const account = (email: string) => t.db.selectFrom('accounts').selectAll().where('email_normalized', '=', email).executeTakeFirstOrThrow();

  test('sign-up refuses a weak password and keeps what was typed', async () => {
    const client = new TestClient(t.app);
    await client.get('/inscription');
    const response = await client.post('/inscription', { email: 'faible@exemple.fr', password: 'motdepasse', passwordConfirmation: 'motdepasse', displayName: 'Camille', kind: 'candidat' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Le formulaire contient une erreur/);
    assert.match(response.body, /au moins 12 caractères dont une minuscule, une majuscule, un chiffre et un caractère spécial/);
    assert.match(response.body, /value="faible@exemple.fr"/);
    assert.match(response.body, /value="Camille"/);
    assert.doesNotMatch(response.body, /value="motdepasse"/, 'a password is never sent back');
  });

  test('sign-up, verification mail from the SMTP server, single-use link', async () => {
    const client = new TestClient(t.app);
    await client.get('/inscription');
    const response = await client.post('/inscription', { email: 'Claire.Martin@Exemple.fr', password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD, displayName: 'Claire', kind: 'candidat' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/mon-espace?bienvenue=1');
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /es_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    const stored = await account('claire.martin@exemple.fr');
    assert.match(stored.password_hash!, /^\$argon2id\$/);
    assert.equal(stored.email_verified_at, null);

    const mail = await t.smtp.waitFor('Claire.Martin@Exemple.fr', /Confirmez votre adresse/);
    const link = linkIn(mail.text);
    const landing = await client.get(new URL(link).pathname + new URL(link).search);
    assert.equal(landing.statusCode, 200);
    assert.equal((await account('claire.martin@exemple.fr')).email_verified_at, null, 'a GET does not use the token');
    const confirmed = await client.post('/verification-email', { jeton: tokenOf(link) });
    assert.equal(confirmed.statusCode, 303);
    assert.notEqual((await account('claire.martin@exemple.fr')).email_verified_at, null);
    const again = await client.post('/verification-email', { jeton: tokenOf(link) });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /Ce lien a déjà été utilisé/);
    const tokens = await t.db.selectFrom('account_tokens').select('token_hash').execute();
    for (const row of tokens) assert.notEqual(row.token_hash, tokenOf(link), 'tokens are stored hashed');
  });

  test('sign-up with a known e-mail says so, whatever its case', async () => {
    await signUp(t.app, 'deja@exemple.fr');
    const client = new TestClient(t.app);
    await client.get('/inscription');
    const response = await client.post('/inscription', { email: 'DEJA@exemple.fr', password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD, displayName: '', kind: 'entreprise' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Un compte existe déjà avec cette adresse e-mail/);
  });

  test('an expired link is refused with a clear message', async () => {
    await signUp(t.app, 'expire@exemple.fr');
    const link = linkIn((await t.smtp.waitFor('expire@exemple.fr')).text);
    await sql`UPDATE account_tokens SET expires_at = now() - interval '1 minute'`.execute(t.db);
    const client = new TestClient(t.app);
    await client.get('/verification-email');
    const response = await client.post('/verification-email', { jeton: tokenOf(link) });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Ce lien a expiré/);
  });

  test('a form without its CSRF token is refused, nothing is created', async () => {
    const client = new TestClient(t.app);
    await client.get('/inscription');
    const response = await client.post('/inscription', { _csrf: '', email: 'csrf@exemple.fr', password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD, kind: 'candidat' });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /Le formulaire a expiré ou ne provient pas de ce site/);
    const forged = await client.post('/inscription', { _csrf: 'forged-token', email: 'csrf@exemple.fr', password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD, kind: 'candidat' });
    assert.equal(forged.statusCode, 403);
    assert.equal(await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', 'csrf@exemple.fr').executeTakeFirst(), undefined);
  });

  test('log-in rotates the session id; log-out ends it; log out everywhere ends the others', async () => {
    const first = await signUp(t.app, 'rotation@exemple.fr');
    const before = first.cookies.get('es_session');
    await first.get('/connexion?retour=%2Fmon-espace');
    const response = await first.post('/connexion', { email: 'rotation@exemple.fr', password: STRONG_PASSWORD, retour: '/mon-espace' });
    assert.equal(response.statusCode, 303);
    assert.notEqual(first.cookies.get('es_session'), before);
    const second = new TestClient(t.app);
    await second.get('/connexion');
    await second.post('/connexion', { email: 'rotation@exemple.fr', password: STRONG_PASSWORD });
    assert.equal((await second.get('/mon-espace')).statusCode, 200);
    await first.get('/mon-espace/securite');
    assert.equal((await first.post('/deconnexion-partout')).statusCode, 303);
    assert.equal((await second.get('/mon-espace')).statusCode, 303, 'the other browser is logged out');
    assert.equal((await first.get('/mon-espace')).statusCode, 303);
  });

  test('a log-in redirect never leaves the site', async () => {
    await signUp(t.app, 'retour@exemple.fr');
    for (const retour of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const client = new TestClient(t.app);
      await client.get('/connexion');
      const response = await client.post('/connexion', { email: 'retour@exemple.fr', password: STRONG_PASSWORD, retour });
      assert.equal(response.headers.location, '/mon-espace', retour);
    }
  });

  test('wrong credentials get one generic message; the sixth failure for an account is throttled (429)', async () => {
    await signUp(t.app, 'throttle@exemple.fr');
    const client = new TestClient(t.app, '10.1.1.1');
    await client.get('/connexion');
    for (let i = 0; i < 5; i++) {
      const response = await client.post('/connexion', { email: 'throttle@exemple.fr', password: `mauvais-${i}` });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Adresse e-mail ou mot de passe incorrect/);
      assert.match(response.body, /value="throttle@exemple.fr"/);
    }
    const blocked = await client.post('/connexion', { email: 'throttle@exemple.fr', password: STRONG_PASSWORD });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Trop de tentatives de connexion. Réessayez dans 1[0-5] minutes/);
    const unknown = await client.post('/connexion', { email: 'personne@exemple.fr', password: STRONG_PASSWORD });
    assert.equal(unknown.statusCode, 400);
  });

  test('one address trying many accounts is throttled after 20 failures', async () => {
    const client = new TestClient(t.app, '10.2.2.2');
    await client.get('/connexion');
    for (let i = 0; i < 20; i++) assert.equal((await client.post('/connexion', { email: `inconnu${i}@exemple.fr`, password: 'x' })).statusCode, 400);
    assert.equal((await client.post('/connexion', { email: 'inconnu99@exemple.fr', password: 'x' })).statusCode, 429);
    const elsewhere = new TestClient(t.app, '10.3.3.3');
    await elsewhere.get('/connexion');
    assert.equal((await elsewhere.post('/connexion', { email: 'inconnu99@exemple.fr', password: 'x' })).statusCode, 400);
  });

  test('password reset: same answer for unknown addresses, single-use link, policy enforced', async () => {
    await signUp(t.app, 'oubli@exemple.fr');
    const client = new TestClient(t.app);
    await client.get('/mot-de-passe-oublie');
    const unknown = await client.post('/mot-de-passe-oublie', { email: 'nobody@exemple.fr' });
    const known = await client.post('/mot-de-passe-oublie', { email: 'oubli@exemple.fr' });
    assert.equal(unknown.statusCode, 200);
    assert.equal(known.statusCode, 200);
    assert.match(known.body, /Si un compte existe avec cette adresse/);
    const link = linkIn((await t.smtp.waitFor('oubli@exemple.fr', /Réinitialisation/)).text);
    await client.get(new URL(link).pathname + new URL(link).search);
    const weak = await client.post('/reinitialiser-mot-de-passe', { jeton: tokenOf(link), password: 'court', passwordConfirmation: 'court' });
    assert.equal(weak.statusCode, 400);
    const ok = await client.post('/reinitialiser-mot-de-passe', { jeton: tokenOf(link), password: 'Nouveau!Mot2passe', passwordConfirmation: 'Nouveau!Mot2passe' });
    assert.equal(ok.statusCode, 303);
    const reused = await client.post('/reinitialiser-mot-de-passe', { jeton: tokenOf(link), password: 'Encore!Autre3mot', passwordConfirmation: 'Encore!Autre3mot' });
    assert.equal(reused.statusCode, 400);
    assert.match(reused.body, /déjà été utilisé/);
    const login = new TestClient(t.app);
    await login.get('/connexion');
    assert.equal((await login.post('/connexion', { email: 'oubli@exemple.fr', password: 'Nouveau!Mot2passe' })).statusCode, 303);
  });

  test('change of password and of e-mail from "Mon espace"', async () => {
    const client = await signUp(t.app, 'change@exemple.fr');
    await client.get('/mon-espace/securite');
    const wrong = await client.post('/mon-espace/mot-de-passe', { currentPassword: 'faux', password: 'Autre!Passe42x', passwordConfirmation: 'Autre!Passe42x' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Le mot de passe actuel est incorrect/);
    assert.equal((await client.post('/mon-espace/mot-de-passe', { currentPassword: STRONG_PASSWORD, password: 'Autre!Passe42x', passwordConfirmation: 'Autre!Passe42x' })).statusCode, 303);
    const taken = await client.post('/mon-espace/email', { newEmail: 'deja@exemple.fr', emailPassword: 'Autre!Passe42x' });
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /value="deja@exemple.fr"/);
    assert.equal((await client.post('/mon-espace/email', { newEmail: 'nouvelle@exemple.fr', emailPassword: 'Autre!Passe42x' })).statusCode, 303);
    const link = linkIn((await t.smtp.waitFor('nouvelle@exemple.fr', /nouvelle adresse/)).text);
    await client.get(new URL(link).pathname + new URL(link).search);
    assert.equal((await client.post('/mon-espace/confirmer-email', { jeton: tokenOf(link) })).statusCode, 303);
    const changed = await t.db.selectFrom('accounts').select(['email', 'email_verified_at']).where('email_normalized', '=', 'nouvelle@exemple.fr').executeTakeFirst();
    assert.ok(changed?.email_verified_at);
    await t.smtp.waitFor('change@exemple.fr', /a été modifiée/);
  });

  test('"Mon espace" sends anonymous visitors to the log-in page and back', async () => {
    const response = await t.app.inject({ url: '/mon-espace/securite' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/connexion?retour=%2Fmon-espace%2Fsecurite');
  });

  test('the header offers log-in to visitors and log-out to members; anonymous pages set no cookie', async () => {
    const anonymous = await t.app.inject({ url: '/accessibilite' });
    assert.match(anonymous.body, /href="\/connexion">Se connecter/);
    assert.equal(anonymous.headers['set-cookie'], undefined);
    const client = await signUp(t.app, 'entete@exemple.fr');
    const page = await client.get('/accessibilite');
    assert.match(page.body, /<form method="post" action="\/deconnexion"/);
    assert.equal((await client.post('/deconnexion')).statusCode, 303);
    assert.equal(client.cookies.get('es_session'), undefined);
  });

  test('a member whose browser lost its CSRF cookie can submit the first form it is shown', async () => {
    const client = await signUp(t.app, 'sans-cookie@exemple.fr');
    client.cookies.delete('es_csrf');
    await client.get('/mon-espace/securite');
    const response = await client.post('/mon-espace/mot-de-passe', { currentPassword: STRONG_PASSWORD, password: 'Encore!Neuf42x', passwordConfirmation: 'Encore!Neuf42x' });
    assert.equal(response.statusCode, 303);
  });
});
