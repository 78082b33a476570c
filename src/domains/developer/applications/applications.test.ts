import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { clientSecretKey, hashClientSecret } from '../oauth/credentials.js';
import { APP_VALUES, createApplication, decode, developerAccount, type TestAccount, verifiedAccount } from './applications.test-support.js';

describe('developer applications: becoming a developer, credentials, rotation, revocation', () => {
  let t: TestApp;
  let dev: TestAccount;
  let other: TestAccount;
  const secretsOf = (applicationId: number) => t.db.selectFrom('application_secrets').selectAll().where('application_id', '=', applicationId).orderBy('id').execute();

  before(async () => {
    t = await buildTestApp({ seed: false });
    dev = await developerAccount(t);
    other = await developerAccount(t);
  });
  after(async () => t.close());

  test('a verified account reads the API terms, must tick the box, then becomes a developer (audited)', async () => {
    const account = await verifiedAccount(t);
    assert.equal((await account.client.get('/developpeurs/applications/nouvelle')).statusCode, 403);
    const terms = await account.client.get('/developpeurs/applications');
    assert.equal(terms.statusCode, 200);
    assert.match(decode(terms.body), /Conditions d’utilisation des API Emploi Store/);
    assert.equal((terms.body.match(/<h1/g) ?? []).length, 1);
    assert.doesNotMatch(decode((await account.client.get('/mon-espace')).body), /Mes applications/);
    const refused = await account.client.post('/developpeurs/devenir', {});
    assert.equal(refused.statusCode, 400);
    assert.match(decode(refused.body), /Cochez la case pour accepter/);
    const accepted = await account.client.post('/developpeurs/devenir', { accepte: 'oui' });
    assert.equal(accepted.statusCode, 303);
    const { roles } = await t.db.selectFrom('accounts').select('roles').where('id', '=', account.id).executeTakeFirstOrThrow();
    assert.ok(roles.includes('developpeur') && roles.includes('candidat'));
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'developer.become').where('subject_id', '=', String(account.id)).execute();
    assert.equal(audit.length, 1);
    const list = decode((await account.client.get('/developpeurs/applications?info=bienvenue')).body);
    assert.match(list, /Créer une application/);
    assert.match(list, /Votre profil développeur est activé/);
    assert.match(decode((await account.client.get('/mon-espace')).body), /href="\/developpeurs\/applications"/);
    // Accepting twice changes nothing.
    await account.client.post('/developpeurs/devenir', { accepte: 'oui' });
    assert.equal((await t.db.selectFrom('audit_log').select('id').where('action', '=', 'developer.become').where('subject_id', '=', String(account.id)).execute()).length, 1);
  });

  test('an unverified account cannot become a developer', async () => {
    const response = await verifiedAccount(t).then(async (account) => {
      await sql`UPDATE accounts SET email_verified_at = NULL WHERE id = ${account.id}`.execute(t.db);
      return account.client.post('/developpeurs/devenir', { accepte: 'oui' });
    });
    assert.equal(response.statusCode, 403);
  });

  test('creating shows the secret once, with no-store, and only its keyed hash is stored', async () => {
    await dev.client.get('/developpeurs/applications/nouvelle');
    const response = await dev.client.post('/developpeurs/applications/nouvelle', { ...APP_VALUES, name: 'Application secrète' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const html = decode(response.body);
    assert.match(html, /elle ne sera plus jamais affichée/);
    const secret = /id="client-secret"[^>]*value="([0-9a-f]{64})"/.exec(response.body)![1]!;
    const clientId = /id="client-id"[^>]*value="([^"]+)"/.exec(response.body)![1]!;
    assert.match(clientId, /^PAR_emploistore_[0-9a-f]{40}$/);
    const application = await t.db.selectFrom('developer_applications').selectAll().where('client_id', '=', clientId).executeTakeFirstOrThrow();
    assert.equal(application.owner_account_id, dev.id);
    assert.equal(application.website, APP_VALUES.website);
    const [stored] = await secretsOf(application.id);
    assert.equal(stored!.secret_hash, hashClientSecret(await clientSecretKey(t.db), secret));
    assert.equal(stored!.hint, secret.slice(-4));
    assert.equal(stored!.expires_at, null);
    // No table holds the secret in clear.
    const dump = await sql<{ found: number }>`
      SELECT count(*)::int AS found FROM application_secrets s JOIN developer_applications d ON d.id = s.application_id
      WHERE s.secret_hash = ${secret} OR d.client_id = ${secret} OR d.description LIKE ${`%${secret}%`}`.execute(t.db);
    assert.equal(dump.rows[0]!.found, 0);
    // The application's page never shows it again.
    const page = await dev.client.get(`/developpeurs/applications/${application.id}`);
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes(secret));
    assert.match(page.body, new RegExp(clientId));
    assert.match(decode(page.body), new RegExp(`Se terminant par <code>${secret.slice(-4)}</code>`));
    assert.match(decode((await dev.client.get('/developpeurs/applications')).body), /Application secrète/);
  });

  test('an invalid form re-renders with 400, the errors and the input kept; nothing is created', async () => {
    const before = await t.db.selectFrom('developer_applications').select('id').execute();
    await dev.client.get('/developpeurs/applications/nouvelle');
    const response = await dev.client.post('/developpeurs/applications/nouvelle', { name: 'AB', description: 'Court', website: 'http://non-securise.fr' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    assert.match(html, /Le formulaire contient 3 erreurs/);
    assert.match(html, /Le nom doit compter de 3 à 80 caractères/);
    assert.match(html, /La description doit compter de 10 à 2000 caractères/);
    assert.match(html, /commençant par https:\/\//);
    assert.match(html, /value="AB"/);
    assert.match(html, /value="http:\/\/non-securise.fr"/);
    assert.equal((await t.db.selectFrom('developer_applications').select('id').execute()).length, before.length);
    const { id } = await createApplication(t, dev.client, { name: 'À modifier' });
    await dev.client.get(`/developpeurs/applications/${id}`);
    const edit = await dev.client.post(`/developpeurs/applications/${id}`, { name: 'Nouveau nom', description: 'x', website: '' });
    assert.equal(edit.statusCode, 400);
    assert.match(decode(edit.body), /value="Nouveau nom"/);
    const saved = await dev.client.post(`/developpeurs/applications/${id}`, { name: 'Nouveau nom', description: 'Une description assez longue.', website: '' });
    assert.equal(saved.statusCode, 303);
    const row = await t.db.selectFrom('developer_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([row.name, row.website], ['Nouveau nom', null]);
  });

  test('another developer gets 404 on every page and form of someone else’s application, and nothing changes', async () => {
    const { id, clientId } = await createApplication(t, dev.client, { name: 'Chasse gardée' });
    const snapshot = async () => ({
      application: await t.db.selectFrom('developer_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      secrets: await secretsOf(id),
      subscriptions: await t.db.selectFrom('api_subscriptions').selectAll().where('application_id', '=', id).execute(),
    });
    const beforeState = await snapshot();
    const base = `/developpeurs/applications/${id}`;
    await other.client.get('/developpeurs/applications');
    for (const url of [base, `${base}/secret`, `${base}/revoquer`, `${base}/abonnements/moocs`]) assert.equal((await other.client.get(url)).statusCode, 404, url);
    const posts: [string, Record<string, string>][] = [
      [base, { name: 'Volée', description: 'Une description assez longue.', website: '' }],
      [`${base}/secret`, { grace: 'immediat' }],
      [`${base}/revoquer`, { reason: 'pirate' }],
      [`${base}/abonnements/catalogue-des-services/souscrire`, {}],
      [`${base}/abonnements/catalogue-des-services/desabonner`, {}],
      [`${base}/abonnements/moocs`, { useCase: 'Une demande envoyée par quelqu’un d’autre que le propriétaire.', intent: 'envoyer' }],
    ];
    for (const [url, form] of posts) assert.equal((await other.client.post(url, form)).statusCode, 404, url);
    for (const url of ['/developpeurs/applications/abc', '/developpeurs/applications/0', '/developpeurs/applications/99999999999', '/developpeurs/applications/1.5']) {
      assert.equal((await dev.client.get(url)).statusCode, 404, url);
      assert.equal((await dev.client.post(`${url}/revoquer`, {})).statusCode, 404, url);
    }
    assert.deepEqual(await snapshot(), beforeState);
    assert.ok(!(await other.client.get('/developpeurs/applications')).body.includes(clientId));
  });

  test('rotation: the new secret is shown once, the old ones expire after the grace period and are never extended', async () => {
    const { id, secret: first } = await createApplication(t, dev.client, { name: 'À renouveler' });
    await dev.client.get(`/developpeurs/applications/${id}/secret`);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/secret`, { grace: '3-ans' })).statusCode, 400);
    const rotated = await dev.client.post(`/developpeurs/applications/${id}/secret`, { grace: '24h' });
    assert.equal(rotated.statusCode, 200);
    assert.equal(rotated.headers['cache-control'], 'no-store');
    const second = /id="client-secret"[^>]*value="([0-9a-f]{64})"/.exec(rotated.body)![1]!;
    assert.notEqual(second, first);
    const key = await clientSecretKey(t.db);
    let secrets = await secretsOf(id);
    assert.equal(secrets.length, 2);
    assert.equal(secrets[0]!.secret_hash, hashClientSecret(key, first));
    const graceLeft = secrets[0]!.expires_at!.getTime() - Date.now();
    assert.ok(graceLeft > 23.9 * 3600_000 && graceLeft <= 24 * 3600_000, `about 24 h left, got ${graceLeft} ms`);
    assert.equal(secrets[1]!.secret_hash, hashClientSecret(key, second));
    assert.equal(secrets[1]!.expires_at, null);
    // A longer grace later does not extend the first secret; « immédiatement » ends both old ones now.
    const firstExpiry = secrets[0]!.expires_at!.getTime();
    await dev.client.get(`/developpeurs/applications/${id}/secret`);
    await dev.client.post(`/developpeurs/applications/${id}/secret`, { grace: '7j' });
    secrets = await secretsOf(id);
    assert.equal(secrets.length, 3);
    assert.equal(secrets[0]!.expires_at!.getTime(), firstExpiry, 'an expiry is never extended');
    assert.ok(secrets[1]!.expires_at!.getTime() - Date.now() > 6.9 * 24 * 3600_000);
    await dev.client.get(`/developpeurs/applications/${id}/secret`);
    await dev.client.post(`/developpeurs/applications/${id}/secret`, { grace: 'immediat' });
    const valid = await sql<{ n: number }>`SELECT count(*)::int AS n FROM application_secrets WHERE application_id = ${id} AND (expires_at IS NULL OR expires_at > now())`.execute(t.db);
    assert.equal(valid.rows[0]!.n, 1);
    const page = decode((await dev.client.get(`/developpeurs/applications/${id}`)).body);
    assert.equal((page.match(/Se terminant par/g) ?? []).length, 1);
  });

  test('revoking: confirmation page, secrets expire now, status revoquee, read-only afterwards', async () => {
    const { id } = await createApplication(t, dev.client, { name: 'À révoquer' });
    await dev.client.post(`/developpeurs/applications/${id}/abonnements/rome/souscrire`, {});
    const confirmation = await dev.client.get(`/developpeurs/applications/${id}/revoquer`);
    assert.match(decode(confirmation.body), /Cette action est définitive/);
    const revoked = await dev.client.post(`/developpeurs/applications/${id}/revoquer`, { reason: 'Projet abandonné' });
    assert.equal(revoked.statusCode, 303);
    const row = await t.db.selectFrom('developer_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'revoquee');
    assert.ok(row.revoked_at);
    assert.equal(row.revoked_reason, 'Projet abandonné');
    for (const secret of await secretsOf(id)) assert.ok(secret.expires_at && secret.expires_at.getTime() <= Date.now());
    const subscription = await t.db.selectFrom('api_subscriptions').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(subscription.status, 'revoquee');
    const page = decode((await dev.client.get(`/developpeurs/applications/${id}`)).body);
    assert.match(page, /Application révoquée/);
    assert.doesNotMatch(page, /Renouveler la clé secrète|Enregistrer les informations/);
    assert.match(decode((await dev.client.get('/developpeurs/applications')).body), /À révoquer/);
    assert.equal((await dev.client.get(`/developpeurs/applications/${id}/secret`)).statusCode, 409);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/secret`, { grace: 'immediat' })).statusCode, 409);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/revoquer`, {})).statusCode, 409);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/rome/souscrire`, {})).statusCode, 409);
    assert.equal((await secretsOf(id)).length, 1);
  });

  test('ten applications at most per account, with a clear message and the input kept', async () => {
    const account = await developerAccount(t);
    for (let i = 0; i < 10; i++) await createApplication(t, account.client, { name: `Application ${i}` });
    assert.match(decode((await account.client.get('/developpeurs/applications')).body), /le maximum par compte/);
    await account.client.get('/developpeurs/applications/nouvelle');
    const refused = await account.client.post('/developpeurs/applications/nouvelle', { ...APP_VALUES, name: 'La onzième' });
    assert.equal(refused.statusCode, 409);
    assert.match(decode(refused.body), /limite de 10 applications par compte/);
    assert.match(decode(refused.body), /value="La onzième"/);
    assert.equal((await t.db.selectFrom('developer_applications').select('id').where('owner_account_id', '=', account.id).execute()).length, 10);
  });
});
