import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createApplication, decode, developerAccount, type TestAccount, verifiedAccount } from './applications.test-support.js';

describe('developer applications: back-office and personal data', () => {
  let t: TestApp;
  let dev: TestAccount;
  let moderator: TestAccount;
  let admin: TestAccount;

  before(async () => {
    t = await buildTestApp({ seed: false });
    dev = await developerAccount(t);
    moderator = await verifiedAccount(t, ['moderateur']);
    admin = await verifiedAccount(t, ['administrateur']);
  });
  after(async () => t.close());

  test('staff list every application, searchable by name, client id or owner e-mail, paginated', async () => {
    const first = await createApplication(t, dev.client, { name: 'Boussole des métiers' });
    await createApplication(t, dev.client, { name: 'Carte des formations' });
    assert.equal((await dev.client.get('/administration/applications')).statusCode, 403);
    const all = decode((await moderator.client.get('/administration/applications')).body);
    assert.match(all, /Boussole des métiers/);
    assert.match(all, /Carte des formations/);
    const byName = decode((await moderator.client.get('/administration/applications?q=boussole')).body);
    assert.match(byName, /Boussole des métiers/);
    assert.doesNotMatch(byName, /Carte des formations/);
    assert.match(decode((await moderator.client.get(`/administration/applications?q=${first.clientId}`)).body), /1 application pour/);
    assert.match(decode((await moderator.client.get(`/administration/applications?q=${encodeURIComponent(dev.email)}`)).body), /2 applications/);
    assert.match(decode((await moderator.client.get('/administration/applications?q=%25')).body), /Aucune application/);
    assert.equal((await moderator.client.get('/administration/applications?page=0')).statusCode, 400);
    const page = decode((await moderator.client.get(`/administration/applications/${first.id}`)).body);
    assert.match(page, new RegExp(dev.email));
    assert.doesNotMatch(page, /Révoquer l’application/, 'moderators do not revoke');
    assert.equal((await moderator.client.post(`/administration/applications/${first.id}/revoquer`, { reason: 'Essai' })).statusCode, 403);
    assert.equal((await moderator.client.get('/administration/applications/abc')).statusCode, 404);
  });

  test('an administrator revokes with a required reason: audited, owner e-mailed, secrets expired', async () => {
    const { id, clientId } = await createApplication(t, dev.client, { name: 'Aspirateur de données' });
    await admin.client.get(`/administration/applications/${id}`);
    const missing = await admin.client.post(`/administration/applications/${id}/revoquer`, { reason: '  ' });
    assert.equal(missing.statusCode, 400);
    assert.match(decode(missing.body), /Indiquez le motif de la révocation/);
    assert.equal((await t.db.selectFrom('developer_applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'active');
    const revoked = await admin.client.post(`/administration/applications/${id}/revoquer`, { reason: 'Appels massifs contraires aux conditions.' });
    assert.equal(revoked.statusCode, 303);
    const row = await t.db.selectFrom('developer_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'revoquee');
    assert.equal(row.revoked_reason, 'Appels massifs contraires aux conditions.');
    const secrets = await t.db.selectFrom('application_secrets').selectAll().where('application_id', '=', id).execute();
    assert.ok(secrets.every((secret) => secret.expires_at && secret.expires_at.getTime() <= Date.now()));
    const [audit] = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'developer.application.revoke').where('subject_id', '=', String(id)).execute();
    assert.equal(audit?.actor_account_id, admin.id);
    const mail = await t.smtp.waitFor(dev.email, /Application révoquée/);
    assert.match(mail.text, /Appels massifs/);
    assert.match(mail.text, new RegExp(clientId));
    assert.match(decode((await dev.client.get(`/developpeurs/applications/${id}`)).body), /Appels massifs contraires aux conditions/);
    assert.equal((await admin.client.post(`/administration/applications/${id}/revoquer`, { reason: 'Encore' })).statusCode, 409);
  });

  test('the personal-data export holds the applications and subscriptions, never a secret or its hash', async () => {
    const { id, secret } = await createApplication(t, dev.client, { name: 'Exportée' });
    await dev.client.get(`/developpeurs/applications/${id}`);
    await dev.client.post(`/developpeurs/applications/${id}/abonnements/rome/souscrire`);
    const response = await dev.client.get('/mon-espace/mes-donnees.json');
    assert.equal(response.statusCode, 200);
    const data = JSON.parse(response.body) as Record<string, unknown>;
    const mine = data.applicationsDeveloppeur as { applications: { nom: string; identifiantClient: string }[]; abonnements: { api: string; statut: string }[] };
    assert.ok(mine.applications.some((application) => application.nom === 'Exportée'));
    assert.ok(mine.abonnements.some((subscription) => subscription.api === 'rome' && subscription.statut === 'validee'));
    const hashes = await t.db.selectFrom('application_secrets as s').innerJoin('developer_applications as d', 'd.id', 's.application_id').select(['s.secret_hash', 's.hint']).where('d.owner_account_id', '=', dev.id).execute();
    assert.ok(hashes.length > 0);
    assert.ok(!response.body.includes(secret));
    for (const { secret_hash } of hashes) assert.ok(!response.body.includes(secret_hash));
    assert.doesNotMatch(response.body, /secret|hash|hint/i);
    const otherExport = JSON.parse((await admin.client.get('/mon-espace/mes-donnees.json')).body) as Record<string, { applications: unknown[] }>;
    assert.equal(otherExport.applicationsDeveloppeur!.applications.length, 0);
  });
});
