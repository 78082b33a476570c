import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { STRONG_PASSWORD, signUp } from '../../../../test/helpers/client.js';
import { CALLBACK_PATH } from './oidc.client.js';
import { authorizeAtProvider, browse, CookieJar, freePort, startTestProvider, type TestProvider } from './oidc-test-provider.js';

/** The portal, listening on 127.0.0.1, as a client of a real provider also on 127.0.0.1. */
describe('log-in through an OpenID Connect provider', () => {
  let provider: TestProvider;
  let t: TestApp;
  let portal: string;

  before(async () => {
    const port = await freePort();
    portal = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({ redirectUri: `${portal}${CALLBACK_PATH}` });
    const oidc = { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, label: 'Se connecter avec Pôle emploi Connect', scopes: 'openid email profile' };
    t = await buildTestApp({ seed: false, config: { publicUrl: portal, oidc } });
    await t.app.listen({ port, host: '127.0.0.1' });
    provider.users.set('usager-1', { sub: 'usager-1', email: 'Usager.Un@exemple.fr', email_verified: true, name: 'Camille Usager' });
    provider.users.set('usager-2', { sub: 'usager-2', email: 'lie@exemple.fr', email_verified: true });
    provider.users.set('usager-3', { sub: 'usager-3', email: 'non-verifie@exemple.fr', email_verified: false });
    provider.users.set('usager-4', { sub: 'usager-4', email: 'jamais-confirme@exemple.fr', email_verified: true });
  });
  after(async () => {
    await t?.close();
    await provider?.close();
  });

  const account = (email: string) => t.db.selectFrom('accounts').selectAll().where('email_normalized', '=', email).executeTakeFirst();
  const get = (path: string, jar: CookieJar) => browse(`${portal}${path}`, jar);

  /** From the portal's button to the provider's answer (the callback URL, not yet visited). */
  async function toCallback(user: string, jar = new CookieJar(), start = '/connexion/oidc?retour=%2Fmon-espace%2Fsecurite') {
    provider.next.loginAs = user;
    const redirect = await get(start, jar);
    assert.equal(redirect.status, 303);
    const location = redirect.headers.get('location')!;
    assert.ok(location.startsWith(`${provider.issuer}/`), location);
    return { jar, callback: await authorizeAtProvider(location, `${portal}${CALLBACK_PATH}`, new CookieJar()) };
  }
  const pathOf = (url: string) => url.slice(portal.length);

  test('the log-in and sign-up pages offer the provider', async () => {
    for (const page of ['/connexion', '/inscription']) {
      const body = await (await get(page, new CookieJar())).text();
      assert.match(body, /<a class="fr-btn fr-btn--secondary" href="\/connexion\/oidc">Se connecter avec Pôle emploi Connect<\/a>/, page);
    }
    const body = await (await get('/connexion?retour=%2Ffavoris', new CookieJar())).text();
    assert.match(body, /href="\/connexion\/oidc\?retour=%2Ffavoris"/);
  });

  test('the redirect carries PKCE, state and nonce; the attempt is kept in a signed, short-lived cookie', async () => {
    const response = await get('/connexion/oidc', new CookieJar());
    assert.equal(response.status, 303);
    const url = new URL(response.headers.get('location')!);
    for (const name of ['state', 'nonce', 'code_challenge']) assert.ok(url.searchParams.get(name), name);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('redirect_uri'), `${portal}${CALLBACK_PATH}`);
    assert.equal(url.searchParams.get('scope'), 'openid email profile');
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('es_oidc='))!;
    assert.match(cookie, /^es_oidc=[^;]+\.[^;]+; Max-Age=600; Path=\/connexion\/oidc; HttpOnly; SameSite=Lax/);
  });

  test('a new person gets a candidate account without a password, is logged in and sent back', async () => {
    const { jar, callback } = await toCallback('usager-1');
    const response = await get(pathOf(callback), jar);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/mon-espace/securite');
    assert.ok(jar.cookies.get('es_session'));
    assert.equal(jar.cookies.get('es_oidc'), undefined, 'the attempt is used up');
    const created = await account('usager.un@exemple.fr');
    assert.ok(created);
    assert.deepEqual(created.roles, ['candidat']);
    assert.equal(created.password_hash, null);
    assert.ok(created.email_verified_at);
    assert.equal(created.oidc_issuer, provider.issuer);
    assert.equal(created.oidc_subject, 'usager-1');
    assert.equal(created.display_name, '', 'a real name is not published with reviews unless chosen');

    // "Mon espace": a password can be chosen without a current one; the e-mail change asks for none.
    const security = await get('/mon-espace/securite', jar);
    const page = await security.text();
    assert.equal(security.status, 200);
    assert.match(page, /Choisir un mot de passe/);
    assert.doesNotMatch(page, /name="currentPassword"/);
    assert.doesNotMatch(page, /name="emailPassword"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const chosen = await fetch(`${portal}/mon-espace/mot-de-passe`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD }).toString(),
    });
    assert.equal(chosen.status, 303);
    assert.match((await account('usager.un@exemple.fr'))!.password_hash!, /^\$argon2id\$/);
    assert.match(await (await get('/mon-espace/securite', jar)).text(), /name="currentPassword"/);
  });

  test('a second log-in finds the same account (by issuer and subject)', async () => {
    const count = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM accounts`.execute(t.db)).rows[0]!.n);
    const before = await count();
    const { jar, callback } = await toCallback('usager-1', new CookieJar(), '/connexion/oidc');
    const response = await get(pathOf(callback), jar);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/mon-espace');
    assert.equal(await count(), before);
    assert.match(await (await get('/mon-espace', jar)).text(), /usager\.un@exemple\.fr/i);
  });

  test('an existing account with the same e-mail is linked when the provider verified the address', async () => {
    await signUp(t.app, 'lie@exemple.fr');
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = 'lie@exemple.fr'`.execute(t.db);
    const existing = (await account('lie@exemple.fr'))!;
    const { jar, callback } = await toCallback('usager-2');
    assert.equal((await get(pathOf(callback), jar)).status, 303);
    const linked = (await account('lie@exemple.fr'))!;
    assert.equal(linked.id, existing.id);
    assert.equal(linked.oidc_subject, 'usager-2');
    assert.equal(linked.password_hash, existing.password_hash, 'the password still works');
    assert.match(await (await get('/mon-espace', jar)).text(), /lie@exemple\.fr/);
  });

  test('no link when the provider does not verify the address', async () => {
    await signUp(t.app, 'non-verifie@exemple.fr');
    const { jar, callback } = await toCallback('usager-3');
    const response = await get(pathOf(callback), jar);
    assert.equal(response.status, 400);
    const body = await response.text();
    assert.match(body, /Connexion impossible/);
    assert.match(body, /ne confirme pas qu’elle vous appartient/);
    assert.match(body, /href="\/connexion"/);
    assert.equal(jar.cookies.get('es_session'), undefined);
    assert.equal((await account('non-verifie@exemple.fr'))!.oidc_subject, null);
  });

  test('linking an account whose address was never confirmed here drops its password and sessions', async () => {
    const squatter = await signUp(t.app, 'jamais-confirme@exemple.fr');
    const { jar, callback } = await toCallback('usager-4');
    assert.equal((await get(pathOf(callback), jar)).status, 303);
    const linked = (await account('jamais-confirme@exemple.fr'))!;
    assert.equal(linked.password_hash, null);
    assert.ok(linked.email_verified_at);
    assert.equal((await squatter.get('/mon-espace')).statusCode, 303, 'the earlier session is closed');
    assert.equal((await get('/mon-espace', jar)).status, 200);
  });

  test('a state that does not match the attempt is refused (400, French page, no session)', async () => {
    const { jar, callback } = await toCallback('usager-1');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'un-autre-etat');
    const response = await get(pathOf(forged.href), jar);
    assert.equal(response.status, 400);
    const body = await response.text();
    assert.match(body, /<html lang="fr"/);
    assert.match(body, /ne correspond pas à votre demande/);
    assert.match(body, /href="\/connexion"/);
    assert.equal(jar.cookies.get('es_session'), undefined);
  });

  test('a tampered or missing attempt cookie is refused', async () => {
    const { jar, callback } = await toCallback('usager-1');
    jar.cookies.set('es_oidc', `${jar.cookies.get('es_oidc')!.slice(0, -2)}xx`);
    const response = await get(pathOf(callback), jar);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /a expiré ou a déjà été utilisée/);
    const bare = await get(pathOf(callback), new CookieJar());
    assert.equal(bare.status, 400);
  });

  test('a refused consent (access_denied) is explained, not an error 500', async () => {
    provider.next.deny = true;
    try {
      const { jar, callback } = await toCallback('usager-1');
      assert.equal(new URL(callback).searchParams.get('error'), 'access_denied');
      const response = await get(pathOf(callback), jar);
      assert.equal(response.status, 400);
      assert.match(await response.text(), /Vous avez annulé la connexion/);
      assert.equal(jar.cookies.get('es_session'), undefined);
    } finally {
      provider.next.deny = false;
    }
  });

  test('the callback cannot be replayed, even with the attempt cookie kept aside', async () => {
    const { jar, callback } = await toCallback('usager-1');
    const kept = jar.copy();
    assert.equal((await get(pathOf(callback), jar)).status, 303);
    const again = await get(pathOf(callback), jar);
    assert.equal(again.status, 400);
    assert.match(await again.text(), /a expiré ou a déjà été utilisée/);
    const replay = await get(pathOf(callback), kept);
    assert.equal(replay.status, 400, 'the provider refuses a code used once');
    assert.match(await replay.text(), /n’a pas pu être vérifiée/);
    assert.equal(kept.cookies.get('es_session'), undefined);
  });
});

describe('OpenID Connect provider unreachable, then back', () => {
  test('discovery fails with a French page (400), then is retried on the next request', async () => {
    const providerPort = await freePort();
    const t = await buildTestApp({
      seed: false,
      config: { oidc: { issuer: `http://127.0.0.1:${providerPort}`, clientId: 'emploi-store-test', clientSecret: 'secret', label: 'Se connecter avec FranceConnect', scopes: 'openid email' } },
    });
    let provider: TestProvider | undefined;
    try {
      const down = await t.app.inject({ url: '/connexion/oidc' });
      assert.equal(down.statusCode, 400);
      assert.match(down.body, /momentanément indisponible/);
      assert.match(down.body, /href="\/connexion"/);
      assert.match((await t.app.inject({ url: '/connexion' })).body, /Se connecter avec FranceConnect/);
      provider = await startTestProvider({ redirectUri: `http://localhost:3000${CALLBACK_PATH}`, port: providerPort });
      const up = await t.app.inject({ url: '/connexion/oidc' });
      assert.equal(up.statusCode, 303);
      assert.ok(String(up.headers.location).startsWith(`http://127.0.0.1:${providerPort}/auth?`));
    } finally {
      await t.close();
      await provider?.close();
    }
  });

  test('without configuration there is no button and no route', async () => {
    const t = await buildTestApp({ seed: false });
    try {
      assert.equal(t.app.config.oidc, null);
      assert.doesNotMatch((await t.app.inject({ url: '/connexion' })).body, /connexion\/oidc/);
      assert.equal((await t.app.inject({ url: '/connexion/oidc' })).statusCode, 404);
    } finally {
      await t.close();
    }
  });
});
