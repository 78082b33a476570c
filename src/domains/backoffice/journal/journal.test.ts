import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import { decode, staffAccount } from '../backoffice.test-support.js';

describe('the audit log', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof staffAccount>>;
  let moderator: Awaited<ReturnType<typeof staffAccount>>;

  const record = async (actor: { id: number; name: string }, action: string, subjectKind: string, subjectId: string, summary: string, at: string, before?: unknown, after?: unknown) => {
    await recordAudit(t.db, { actor: { accountId: actor.id, displayName: actor.name }, action, subjectKind, subjectId, summary, before, after });
    await sql`UPDATE audit_log SET created_at = ${at}::timestamptz WHERE id = (SELECT max(id) FROM audit_log)`.execute(t.db);
  };
  const summaries = (html: string) => [...decode(html).matchAll(/<h3 class="fr-h6 fr-mb-1w"><a href="\/administration\/journal\/\d+">([^<]+)<\/a>/g)].map((match) => match[1]);

  before(async () => {
    t = await buildTestApp({ seed: false });
    admin = await staffAccount(t, ['administrateur'], 'Admin Bernard');
    moderator = await staffAccount(t, ['moderateur'], 'Modératrice Alice');
    const bernard = { id: admin.id, name: 'Admin Bernard' };
    const alice = { id: moderator.id, name: 'Modératrice Alice' };
    // 22 moves by Alice, one a day in January, then three distinct entries.
    for (let day = 1; day <= 22; day++) {
      await record(alice, 'featured.move', 'service', String(day), `Déplacement n° ${day}`, `2026-01-${String(day).padStart(2, '0')}T10:00:00Z`, { position: 2 }, { position: 1 });
    }
    await record(bernard, 'theme.update', 'theme', 'se-former', 'Modification de la thématique « Se former »', '2026-02-10T09:00:00Z', { name: 'Se former' }, { name: 'Apprendre' });
    // 00:30 on 2 March in Paris (23:30 UTC on 1 March).
    await record(bernard, 'service.publish', 'service', '42', 'Publication du service « Mon CV »', '2026-03-01T23:30:00Z', null, { status: 'publie' });
    await record(alice, 'moderation.avis.masquer', 'avis', '7', 'Décision de modération « Masquer l’avis » : Avis n° 7', '2026-03-05T12:00:00Z', { etat: 'Publié' }, { etat: 'Masqué', motif: 'Spam' });
  });
  after(async () => t.close());

  test('newest first, 20 a page, with who, what, when (Paris time) and a before/after table', async () => {
    const first = await admin.client.get('/administration/journal');
    assert.equal(first.statusCode, 200);
    const html = decode(first.body);
    assert.match(html, /25 actions — page 1 sur 2/);
    const listed = summaries(first.body);
    assert.equal(listed.length, 20);
    assert.deepEqual(listed.slice(0, 4), ['Décision de modération « Masquer l’avis » : Avis n° 7', 'Publication du service « Mon CV »', 'Modification de la thématique « Se former »', 'Déplacement n° 22']);
    assert.match(html, /Par <strong>Admin Bernard<\/strong>, le <time datetime="2026-03-01T23:30:00.000Z">2 mars 2026 à 00:30<\/time>/);
    assert.match(html, /Action : Déplacement d’un service à la une/);
    assert.match(html, /Action : service\.publish/, 'an action without a label is shown as recorded');
    assert.match(html, /<summary>Voir avant \/ après<\/summary>/);
    assert.match(html, /<th scope="row">Nom<\/th><td class="es-mail-text">Se former<\/td><td class="es-mail-text">Apprendre<\/td>/);
    assert.match(html, /<th scope="row">Statut<\/th><td class="es-mail-text">—<\/td><td class="es-mail-text">publie<\/td>/);
    assert.match(html, /href="\/administration\/journal\?page=2"/);
    const second = await admin.client.get('/administration/journal?page=2');
    assert.deepEqual(summaries(second.body), ['Déplacement n° 5', 'Déplacement n° 4', 'Déplacement n° 3', 'Déplacement n° 2', 'Déplacement n° 1']);
    const beyond = await admin.client.get('/administration/journal?page=3');
    assert.equal(beyond.statusCode, 400);
    assert.match(decode(beyond.body), /Cette page du journal n’existe pas/);
  });

  test('search on the summary or the actor, accents and case folded; filters by action, subject kind, actor', async () => {
    assert.deepEqual(summaries((await admin.client.get(`/administration/journal?q=${encodeURIComponent('THEMATIQUE se')}`)).body), ['Modification de la thématique « Se former »']);
    assert.equal(summaries((await admin.client.get('/administration/journal?q=moderatrice')).body).length, 20);
    assert.match(decode((await admin.client.get('/administration/journal?q=moderatrice')).body), /23 actions/);
    assert.match(decode((await admin.client.get('/administration/journal?q=100%25')).body), /Aucune action ne correspond à ces critères/);
    const byAction = await admin.client.get('/administration/journal?action=moderation.avis.masquer');
    assert.deepEqual(summaries(byAction.body), ['Décision de modération « Masquer l’avis » : Avis n° 7']);
    assert.match(decode(byAction.body), /<option value="moderation.avis.masquer" selected>Modération \(avis\) : Masquer l’avis<\/option>/);
    assert.match(decode(byAction.body), /<option value="theme.update">Modification d’une thématique<\/option>/);
    assert.match(decode(byAction.body), /<option value="service.publish">service.publish<\/option>/);
    assert.deepEqual(summaries((await admin.client.get('/administration/journal?sujet=theme')).body), ['Modification de la thématique « Se former »']);
    const byActor = await admin.client.get(`/administration/journal?acteur=${admin.id}`);
    assert.deepEqual(summaries(byActor.body), ['Publication du service « Mon CV »', 'Modification de la thématique « Se former »']);
    const combined = await admin.client.get(`/administration/journal?acteur=${moderator.id}&sujet=service&q=${encodeURIComponent('n° 2')}`); // each word matches: « 2 » is in « 12 » too
    assert.deepEqual(summaries(combined.body), ['Déplacement n° 22', 'Déplacement n° 21', 'Déplacement n° 20', 'Déplacement n° 12', 'Déplacement n° 2']);
  });

  test('dates are days in Paris, both included; filters are kept in the pagination links', async () => {
    assert.deepEqual(summaries((await admin.client.get('/administration/journal?du=2026-03-02&au=2026-03-02')).body), ['Publication du service « Mon CV »']);
    assert.deepEqual(summaries((await admin.client.get('/administration/journal?du=2026-02-01&au=2026-03-01')).body), ['Modification de la thématique « Se former »']);
    const typed = await admin.client.get(`/administration/journal?du=${encodeURIComponent('1/2/2026')}&au=${encodeURIComponent('01/03/2026')}`);
    assert.deepEqual(summaries(typed.body), ['Modification de la thématique « Se former »'], 'a day typed JJ/MM/AAAA');
    assert.match(typed.body, /type="date" id="champ-du" name="du" value="2026-02-01"/);
    const january = await admin.client.get(`/administration/journal?acteur=${moderator.id}&au=2026-01-31`);
    assert.match(decode(january.body), /22 actions — page 1 sur 2/);
    assert.match(decode(january.body), new RegExp(`href="/administration/journal\\?acteur=${moderator.id}&au=2026-01-31&page=2"`));
  });

  test('invalid filters answer 400 with French messages and the form kept', async () => {
    const cases: [string, RegExp][] = [
      ['du=2026-02-30', /Du : La date de début doit être une date valide/],
      ['au=hier', /Au : La date de fin doit être une date valide/],
      ['au=31%2F02%2F2026', /Au : La date de fin doit être une date valide/],
      ['du=2026-03-10&au=2026-03-01', /La date de fin doit être le même jour que la date de début, ou après/],
      ['action=service.supprimer', /Aucune action de type « service.supprimer » n’est inscrite au journal/],
      ['sujet=idee', /Aucune action ne porte sur le type « idee »/],
      ['acteur=abc', /Cette personne n’a aucune action inscrite au journal/],
      ['acteur=999999', /Cette personne n’a aucune action inscrite au journal/],
    ];
    for (const [query, message] of cases) {
      const response = await admin.client.get(`/administration/journal?q=garde&${query}`);
      assert.equal(response.statusCode, 400, query);
      const html = decode(response.body);
      assert.match(html, message, query);
      assert.match(html, /Le formulaire contient une erreur/, query);
      assert.match(html, /name="q" value="garde"/, query);
      if (query === 'au=hier') assert.match(html, /type="text" id="champ-au" name="au" value="hier"/);
    }
    assert.equal((await admin.client.get('/administration/journal?page=zero')).statusCode, 400);
  });

  test('one entry’s page shows every recorded field, changed ones marked', async () => {
    const { id } = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'moderation.avis.masquer').executeTakeFirstOrThrow();
    const response = await moderator.client.get(`/administration/journal/${id}`);
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.match(html, new RegExp(`<h1>Action n° ${id}</h1>`));
    assert.match(html, /<th scope="row">État<span class="fr-badge fr-badge--sm fr-badge--new fr-ml-1w">Modifié<\/span><\/th><td class="es-mail-text">Publié<\/td><td class="es-mail-text">Masqué<\/td>/);
    assert.match(html, /<th scope="row">Motif<span[^>]*>Modifié<\/span><\/th><td class="es-mail-text">—<\/td><td class="es-mail-text">Spam<\/td>/);
    assert.match(html, /href="\/moderation\/avis\/7">Avis 7<\/a>/);
  });

  test('an actor without a display name is recorded by their e-mail', async () => {
    const nameless = await staffAccount(t, ['moderateur']);
    await recordAudit(t.db, { actor: { accountId: nameless.id, displayName: ' ' }, action: 'theme.update', subjectKind: 'theme', subjectId: 'se-former', summary: 'Sans nom' });
    const entry = await t.db.selectFrom('audit_log').select('actor_name').where('summary', '=', 'Sans nom').executeTakeFirstOrThrow();
    assert.equal(entry.actor_name, nameless.email);
  });
});
