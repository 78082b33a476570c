import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { auditEntries, decode, staffAccount } from '../backoffice.test-support.js';

describe('themes’ texts in the back-office', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof staffAccount>>;
  before(async () => {
    // The page cache is on, as in production: the change must show at once anyway.
    t = await buildTestApp({ config: { searchCacheSeconds: 60 } });
    admin = await staffAccount(t, ['administrateur'], 'Admin Bernard');
  });
  after(async () => t.close());

  test('the list shows the six themes with links to edit them', async () => {
    const page = await admin.client.get('/administration/thematiques');
    assert.equal(page.statusCode, 200);
    assert.equal((page.body.match(/href="\/administration\/thematiques\/[a-z-]+"/g) ?? []).length, 6);
    assert.match(decode(page.body), /<caption>Les six thématiques/);
  });

  test('invalid texts are refused with messages, the input kept, nothing saved', async () => {
    await admin.client.get('/administration/thematiques/se-former');
    const response = await admin.client.post('/administration/thematiques/se-former', { name: '  ', summary: 'é'.repeat(301), description: 'Texte gardé' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    assert.match(html, /Le formulaire contient 2 erreurs/);
    assert.match(html, /href="#champ-name">Nom : Indiquez le nom de la thématique\./);
    assert.match(html, /Ce texte ne doit pas dépasser 300 caractères \(il en compte 301\)/);
    assert.match(html, /Texte gardé<\/textarea>/);
    assert.match(html, /<title>Erreur — /);
    const tooLong = await admin.client.post('/administration/thematiques/se-former', { name: 'n'.repeat(81), summary: 'ok', description: 'd'.repeat(5001) });
    assert.equal(tooLong.statusCode, 400);
    assert.match(decode(tooLong.body), /ne doit pas dépasser 80 caractères/);
    assert.match(decode(tooLong.body), /ne doit pas dépasser 5\s000 caractères/);
    const theme = await t.db.selectFrom('themes').selectAll().where('slug', '=', 'se-former').executeTakeFirstOrThrow();
    assert.equal(theme.name, 'Se former');
    assert.equal((await auditEntries(t, 'theme.update')).length, 0);
  });

  test('a saved change is audited and shows at once on the home page, /thematiques and the theme page', async () => {
    // Warm the caches first, as visitors would.
    for (const url of ['/', '/thematiques', '/thematiques/se-former']) assert.equal((await t.app.inject({ url })).statusCode, 200);
    assert.match((await t.app.inject({ url: '/thematiques/se-former' })).body, /<h1>Se former<\/h1>/);

    await admin.client.get('/administration/thematiques/se-former');
    const saved = await admin.client.post('/administration/thematiques/se-former', {
      name: 'Apprendre un métier',
      summary: 'Formations, MOOC et apprentissage.',
      description: 'Tout pour **apprendre**.\r\n\r\n- en ligne\r\n- en alternance',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/administration/thematiques/se-former?enregistre=1');
    const edit = decode((await admin.client.get(String(saved.headers.location))).body);
    assert.match(edit, /Les textes de la thématique sont enregistrés/);
    assert.match(edit, /<strong>apprendre<\/strong>/, 'the preview renders the Markdown');

    const home = decode((await t.app.inject({ url: '/' })).body);
    assert.match(home, /Apprendre un métier/);
    assert.match(home, /Formations, MOOC et apprentissage\./);
    assert.match(decode((await t.app.inject({ url: '/thematiques' })).body), /Apprendre un métier/);
    const themePage = decode((await t.app.inject({ url: '/thematiques/se-former' })).body);
    assert.match(themePage, /<h1>Apprendre un métier<\/h1>/);
    assert.match(themePage, /Tout pour/);

    const entries = await auditEntries(t, 'theme.update');
    assert.equal(entries.length, 1);
    const entry = entries[0]!;
    assert.equal(entry.actor_account_id, admin.id);
    assert.equal(entry.actor_name, 'Admin Bernard');
    assert.equal(entry.subject_kind, 'theme');
    assert.equal(entry.subject_id, 'se-former');
    assert.equal(entry.summary, 'Modification de la thématique « Apprendre un métier »');
    assert.deepEqual(Object.keys(entry.before as object), ['name', 'summary', 'description']);
    assert.equal((entry.before as { name: string }).name, 'Se former');
    assert.equal((entry.after as { description: string }).description, 'Tout pour **apprendre**.\n\n- en ligne\n- en alternance');

    const journal = decode((await admin.client.get('/administration/journal')).body);
    assert.match(journal, /Modification de la thématique « Apprendre un métier »/);
    assert.match(journal, /<th scope="row">Nom<\/th><td class="es-mail-text">Se former<\/td><td class="es-mail-text">Apprendre un métier<\/td>/);
  });

  test('saving the same texts records nothing; a change made meanwhile is reported with the input kept', async () => {
    const page = await admin.client.get('/administration/thematiques/trouver-un-emploi');
    const theme = await t.db.selectFrom('themes').selectAll().where('slug', '=', 'trouver-un-emploi').executeTakeFirstOrThrow();
    const same = await admin.client.post('/administration/thematiques/trouver-un-emploi', { name: theme.name, summary: theme.summary, description: theme.description, empreinte: /name="empreinte" value="([^"]+)"/.exec(page.body)![1]! });
    assert.equal(same.headers.location, '/administration/thematiques/trouver-un-emploi?inchange=1');
    const stale = /name="empreinte" value="([^"]+)"/.exec(page.body)![1]!;
    const other = await staffAccount(t, ['moderateur']);
    await other.client.get('/administration/thematiques/trouver-un-emploi');
    assert.equal((await other.client.post('/administration/thematiques/trouver-un-emploi', { name: 'Décrocher un emploi', summary: theme.summary, description: theme.description })).statusCode, 303);
    const conflict = await admin.client.post('/administration/thematiques/trouver-un-emploi', { name: 'Mon nom à moi', summary: theme.summary, description: theme.description, empreinte: stale });
    assert.equal(conflict.statusCode, 409);
    assert.match(decode(conflict.body), /modifiée par quelqu’un d’autre/);
    assert.match(conflict.body, /value="Mon nom à moi"/);
    assert.equal((await t.db.selectFrom('themes').select('name').where('slug', '=', 'trouver-un-emploi').executeTakeFirstOrThrow()).name, 'Décrocher un emploi');
    assert.equal((await auditEntries(t, 'theme.update')).length, 2);
  });
});
