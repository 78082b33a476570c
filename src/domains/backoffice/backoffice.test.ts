import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { staffAccount } from './backoffice.test-support.js';

const PAGES = ['/administration', '/administration/journal', '/administration/thematiques', '/administration/thematiques/se-former', '/administration/a-la-une'];
const FORMS = ['/administration/thematiques/se-former', '/administration/a-la-une/ajouter', '/administration/a-la-une/1/retirer', '/administration/a-la-une/1/deplacer'];

describe('back-office access', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('anonymous visitors are sent to log in; candidates and partners are refused', async () => {
    for (const url of PAGES) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 303, url);
      assert.match(String(response.headers.location), /^\/connexion\?retour=/);
    }
    for (const roles of [['candidat'], ['partenaire'], ['entreprise', 'developpeur']]) {
      const { client } = await staffAccount(t, roles);
      for (const url of PAGES) assert.equal((await client.get(url)).statusCode, 403, `${roles.join()} ${url}`);
      for (const url of FORMS) assert.equal((await client.post(url, { name: 'x', summary: 'x', description: 'x', service: '1', sens: 'haut' })).statusCode, 403, `${roles.join()} POST ${url}`);
      assert.doesNotMatch((await client.get('/mon-espace')).body, /href="\/administration"/);
    }
    assert.equal((await t.db.selectFrom('audit_log').select('id').execute()).length, 0, 'nothing was changed');
  });

  test('moderators and administrators reach every page; the hub links the tools, admins get their notes', async () => {
    const moderator = await staffAccount(t, ['moderateur']);
    const admin = await staffAccount(t, ['administrateur']);
    for (const { client } of [moderator, admin]) {
      for (const url of PAGES) assert.equal((await client.get(url)).statusCode, 200, url);
      assert.match((await client.get('/mon-espace')).body, /href="\/administration"/);
    }
    const hub = (await moderator.client.get('/administration')).body;
    for (const href of ['/moderation', '/administration/journal', '/administration/thematiques', '/administration/a-la-une']) assert.match(hub, new RegExp(`href="${href}"`));
    assert.doesNotMatch(hub, /Notes pour les administrateurs/);
    assert.match((await admin.client.get('/administration')).body, /Notes pour les administrateurs/);
  });

  test('unknown themes, entries and malformed ids are 404 or 400, never 500', async () => {
    const { client } = await staffAccount(t, ['administrateur']);
    assert.equal((await client.get('/administration/thematiques/inconnu')).statusCode, 404);
    assert.equal((await client.post('/administration/thematiques/inconnu', { name: 'a', summary: 'b', description: 'c' })).statusCode, 404);
    assert.equal((await client.get('/administration/journal/inconnu')).statusCode, 404);
    assert.equal((await client.get('/administration/journal/99999999999')).statusCode, 404);
    assert.equal((await client.post('/administration/a-la-une/inconnu/retirer')).statusCode, 404);
    assert.equal((await client.post('/administration/a-la-une/inconnu/deplacer', { sens: 'haut' })).statusCode, 404);
    assert.equal((await client.post('/administration/a-la-une/999999/retirer')).statusCode, 404);
  });
});
