import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createService } from '../../../../test/factories.js';
import { auditEntries, decode, staffAccount } from '../backoffice.test-support.js';
import { MAX_FEATURED } from './featured.service.js';

describe('services featured on the home page', () => {
  let t: TestApp;
  let moderator: Awaited<ReturnType<typeof staffAccount>>;
  const services: { id: number; slug: string; name: string }[] = [];

  before(async () => {
    t = await buildTestApp({ seed: false });
    moderator = await staffAccount(t, ['moderateur'], 'Modératrice Chloé');
    for (const name of ['Atelier Alpha', 'Boussole Bêta', 'Carnet Gamma', 'Dico Delta', 'Écho Epsilon', 'Forum Zêta', 'Guide Êta']) services.push(await createService(t.db, { name }));
    services.push(await createService(t.db, { name: 'Hors Ligne Thêta', status: 'depublie' }));
  });
  after(async () => t.close());

  const featuredOnHome = async () => {
    const html = (await t.app.inject({ url: '/' })).body;
    const section = /id="titre-a-la-une"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    return services.filter((service) => section.includes(`/services/${service.slug}"`)).map((service) => ({ name: service.name, at: section.indexOf(`/services/${service.slug}"`) })).sort((a, b) => a.at - b.at).map((service) => service.name);
  };
  const featuredNames = async () => {
    const { rows } = await sql<{ name: string }>`SELECT name FROM services WHERE featured AND status = 'publie' ORDER BY featured_position NULLS LAST, id`.execute(t.db);
    return rows.map((row) => row.name);
  };

  test('search the catalogue by name (accents folded) and add a service, which the home page shows at once', async () => {
    assert.deepEqual(await featuredOnHome(), []);
    const search = decode((await moderator.client.get(`/administration/a-la-une?q=${encodeURIComponent('beta')}`)).body);
    assert.match(search, /Boussole Bêta/);
    assert.doesNotMatch(search, /Atelier Alpha/);
    assert.match(decode((await moderator.client.get('/administration/a-la-une?q=theta')).body), /Aucun service publié \(et pas encore à la une\) ne correspond à « theta »/);

    const added = await moderator.client.post('/administration/a-la-une/ajouter', { service: String(services[1]!.id), q: 'beta' });
    assert.equal(added.statusCode, 303);
    assert.equal(added.headers.location, '/administration/a-la-une?q=beta&ajoute=1');
    const page = decode((await moderator.client.get(String(added.headers.location))).body);
    assert.match(page, /Le service est à la une/);
    assert.match(page, /À la une : 1 service sur 6/);
    assert.deepEqual(await featuredOnHome(), ['Boussole Bêta']);

    const [entry] = await auditEntries(t, 'featured.add');
    assert.equal(entry!.actor_account_id, moderator.id);
    assert.equal(entry!.actor_name, 'Modératrice Chloé');
    assert.equal(entry!.subject_kind, 'service');
    assert.equal(entry!.subject_id, String(services[1]!.id));
    assert.equal(entry!.summary, 'Mise à la une du service « Boussole Bêta » (position 1)');
    assert.deepEqual(entry!.after, { featured: true, position: 1 });
  });

  test('refusals: already featured, unpublished or unknown service, missing choice', async () => {
    const again = await moderator.client.post('/administration/a-la-une/ajouter', { service: String(services[1]!.id) });
    assert.equal(again.statusCode, 409);
    assert.match(decode(again.body), /Le service « Boussole Bêta » est déjà à la une\./);
    const unpublished = await moderator.client.post('/administration/a-la-une/ajouter', { service: String(services[7]!.id) });
    assert.equal(unpublished.statusCode, 404);
    assert.match(decode(unpublished.body), /n’existe pas ou n’est plus publié/);
    assert.equal((await moderator.client.post('/administration/a-la-une/ajouter', { service: 'abc' })).statusCode, 400);
    assert.equal((await moderator.client.post('/administration/a-la-une/ajouter', {})).statusCode, 400);
    assert.equal((await moderator.client.post(`/administration/a-la-une/${services[1]!.id}/deplacer`, { sens: 'gauche' })).statusCode, 400);
    assert.equal((await auditEntries(t, 'featured.add')).length, 1);
  });

  test(`no more than ${MAX_FEATURED} featured services`, async () => {
    for (const service of [services[0]!, services[2]!, services[3]!, services[4]!, services[5]!]) {
      assert.equal((await moderator.client.post('/administration/a-la-une/ajouter', { service: String(service.id) })).statusCode, 303);
    }
    assert.equal((await featuredNames()).length, MAX_FEATURED);
    const refused = await moderator.client.post('/administration/a-la-une/ajouter', { service: String(services[6]!.id) });
    assert.equal(refused.statusCode, 409);
    assert.match(decode(refused.body), /La page d’accueil montre 6 services à la une au plus : retirez-en un avant d’ajouter « Guide Êta »/);
    assert.equal((await featuredNames()).length, MAX_FEATURED);
    assert.match(decode((await moderator.client.get('/administration/a-la-une?q=guide')).body), /La limite de 6 services à la une est atteinte/);
    assert.deepEqual(await featuredOnHome(), ['Boussole Bêta', 'Atelier Alpha', 'Carnet Gamma', 'Dico Delta', 'Écho Epsilon', 'Forum Zêta']);
  });

  test('up and down reorder the home page; removing closes the gap; every change is audited', async () => {
    const up = await moderator.client.post(`/administration/a-la-une/${services[0]!.id}/deplacer`, { sens: 'haut' });
    assert.equal(up.statusCode, 303);
    assert.equal(up.headers.location, '/administration/a-la-une?deplace=1');
    assert.deepEqual((await featuredOnHome()).slice(0, 2), ['Atelier Alpha', 'Boussole Bêta']);
    assert.equal((await moderator.client.post(`/administration/a-la-une/${services[0]!.id}/deplacer`, { sens: 'haut' })).statusCode, 409, 'already first');
    assert.equal((await moderator.client.post(`/administration/a-la-une/${services[3]!.id}/deplacer`, { sens: 'bas' })).statusCode, 303);
    assert.deepEqual(await featuredOnHome(), ['Atelier Alpha', 'Boussole Bêta', 'Carnet Gamma', 'Écho Epsilon', 'Dico Delta', 'Forum Zêta']);
    const [move] = await auditEntries(t, 'featured.move');
    assert.equal(move!.summary, 'Service « Atelier Alpha » déplacé à la une de la position 2 à la position 1');
    assert.deepEqual([move!.before, move!.after], [{ position: 2 }, { position: 1 }]);

    const removed = await moderator.client.post(`/administration/a-la-une/${services[1]!.id}/retirer`);
    assert.equal(removed.statusCode, 303);
    assert.deepEqual(await featuredOnHome(), ['Atelier Alpha', 'Carnet Gamma', 'Écho Epsilon', 'Dico Delta', 'Forum Zêta']);
    const { rows } = await sql<{ featured_position: number }>`SELECT featured_position FROM services WHERE featured ORDER BY featured_position`.execute(t.db);
    assert.deepEqual(rows.map((row) => row.featured_position), [1, 2, 3, 4, 5]);
    assert.equal((await moderator.client.post(`/administration/a-la-une/${services[1]!.id}/retirer`)).statusCode, 404, 'no longer featured');
    const [removal] = await auditEntries(t, 'featured.remove');
    assert.equal(removal!.summary, 'Retrait du service « Boussole Bêta » de la une');
    assert.deepEqual([removal!.before, removal!.after], [{ featured: true, position: 2 }, { featured: false, position: null }]);
    // A free place: the seventh service may now be added, at the end.
    assert.equal((await moderator.client.post('/administration/a-la-une/ajouter', { service: String(services[6]!.id) })).statusCode, 303);
    assert.equal((await featuredOnHome()).at(-1), 'Guide Êta');
  });
});
