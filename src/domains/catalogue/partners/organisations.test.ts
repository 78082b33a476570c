import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient, TestClient as Client } from '../../../../test/helpers/client.js';
import { createOrganisation, createService } from '../../../../test/factories.js';
import { testImage } from '../../../../test/helpers/images.js';
import { isValidSiret, slugify } from './organisation-profile.service.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('SIRET and slugs', () => {
  test('the Luhn key of a SIRET is checked', () => {
    assert.equal(isValidSiret('73282932000074'), true);
    assert.equal(isValidSiret('73282932000075'), false);
    assert.equal(isValidSiret('7328293200007'), false);
    assert.equal(isValidSiret('35600000012346'), true); // La Poste: sum of digits multiple of 5
    assert.equal(isValidSiret('35600000012345'), false);
  });
  test('slugs are made from names', () => {
    assert.equal(slugify('  Cité des Métiers — Œuvre & Co ! '), 'cite-des-metiers-oeuvre-co');
    assert.equal(slugify('!!!'), 'organisation');
  });
});

describe('organisations: public pages, creation, profile', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  async function account(roles = ['candidat']): Promise<{ client: TestClient; id: number; email: string }> {
    const email = `orga${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[], display_name = ${`Personne ${n}`} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }
  const member = (organisationId: number, accountId: number, role: 'proprietaire' | 'editeur') =>
    t.db.insertInto('organisation_members').values({ organisation_id: organisationId, account_id: accountId, role }).execute();
  const form = (overrides: Record<string, string> = {}) => ({ name: 'Cité des métiers', kind: 'partenaire-public', siret: '', website: '', description: '', ...overrides });

  test('the list shows organisations with published services only, with their counts, by name', async () => {
    const zeta = await createOrganisation(t.db, { name: 'Zêta Conseil' });
    const alpha = await createOrganisation(t.db, { name: 'Alpha Emploi', kind: 'partenaire-public' });
    const hidden = await createOrganisation(t.db, { name: 'Brouillon SA' });
    await createService(t.db, { providerId: zeta.id });
    await createService(t.db, { providerId: alpha.id });
    await createService(t.db, { providerId: alpha.id });
    await createService(t.db, { providerId: hidden.id, status: 'depublie' });
    const page = await t.app.inject({ url: '/organisations' });
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.ok(html.indexOf('Alpha Emploi') < html.indexOf('Zêta Conseil'));
    assert.match(html, /Alpha Emploi[\s\S]*?2 services publiés/);
    assert.match(html, /Partenaire public/);
    assert.doesNotMatch(html, /Brouillon SA/);
    assert.equal((await t.app.inject({ url: `/organisations/${hidden.slug}` })).statusCode, 404);
  });

  test('an organisation page shows its profile and its published services only; unknown slugs are 404', async () => {
    const organisation = await createOrganisation(t.db, { name: 'Emplois du Sud' });
    await t.db
      .updateTable('organisations')
      .set({ description: '## Qui sommes-nous\n\nUne **association**. <script>alert(1)</script>[piège](javascript:alert(1))', website: 'https://emplois-du-sud.example', siret: '73282932000074' })
      .where('id', '=', organisation.id)
      .execute();
    await createService(t.db, { providerId: organisation.id, name: 'Atelier CV publié' });
    await createService(t.db, { providerId: organisation.id, name: 'Vieux service dépublié', status: 'depublie' });
    await createService(t.db, { providerId: organisation.id, name: 'Service archivé', status: 'archive' });
    const page = await t.app.inject({ url: `/organisations/${organisation.slug}` });
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.match(html, /<h1[^>]*>Emplois du Sud<\/h1>/);
    assert.match(html, /Partenaire privé/);
    assert.match(html, /<strong>association<\/strong>/);
    assert.doesNotMatch(html, /<script>alert|javascript:alert/);
    assert.match(html, /href="https:\/\/emplois-du-sud.example"/);
    assert.match(html, /732 829 320 00074/);
    assert.match(html, /Atelier CV publié/);
    assert.doesNotMatch(html, /Vieux service dépublié|Service archivé/);
    const unknown = await t.app.inject({ url: '/organisations/inconnue-au-bataillon' });
    assert.equal(unknown.statusCode, 404);
    assert.match(decode(unknown.body), /Cette organisation n'existe pas/);
    // The service page names its provider with a link to this page.
    const service = await t.db.selectFrom('services').select('slug').where('name', '=', 'Atelier CV publié').executeTakeFirstOrThrow();
    assert.match((await t.app.inject({ url: `/services/${service.slug}` })).body, new RegExp(`href="/organisations/${organisation.slug}"`));
  });

  test('an organisation page is paginated past 24 services', async () => {
    const organisation = await createOrganisation(t.db, { name: 'Grand Réseau' });
    for (let i = 1; i <= 25; i++) await createService(t.db, { providerId: organisation.id, name: `Service ${String(i).padStart(2, '0')}` });
    const first = await t.app.inject({ url: `/organisations/${organisation.slug}` });
    assert.equal((first.body.match(/class="fr-card fr-enlarge-link es-service-card"/g) ?? []).length, 24);
    assert.match(first.body, new RegExp(`href="/organisations/${organisation.slug}\\?page=2"`));
    const second = await t.app.inject({ url: `/organisations/${organisation.slug}?page=2` });
    assert.equal((second.body.match(/class="fr-card fr-enlarge-link es-service-card"/g) ?? []).length, 1);
    assert.match(second.body, /Service 25/);
    assert.equal((await t.app.inject({ url: `/organisations/${organisation.slug}?page=3` })).statusCode, 400);
    assert.equal((await t.app.inject({ url: `/organisations/${organisation.slug}?page=abc` })).statusCode, 400);
  });

  test('the partner space is for verified accounts', async () => {
    const anonymous = await t.app.inject({ url: '/espace-partenaire' });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/connexion\?retour=/);
    const unverified = await signUp(t.app, 'pas-verifie@exemple.fr');
    assert.equal((await unverified.get('/espace-partenaire')).statusCode, 403);
    const { client } = await account();
    const page = await client.get('/espace-partenaire');
    assert.equal(page.statusCode, 200);
    assert.match(decode(page.body), /Vous n’êtes membre d’aucune organisation/);
    assert.match((await client.get('/mon-espace')).body, /href="\/espace-partenaire"/);
  });

  test('creating an organisation makes its creator the owner, with a unique slug', async () => {
    const { client, id } = await account();
    await client.get('/espace-partenaire');
    const created = await client.post('/espace-partenaire', form({ name: 'Cité des Métiers', siret: '732 829 320 00074', website: 'https://cite.example', description: 'Un lieu **ouvert**.' }));
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/espace-partenaire/cite-des-metiers?info=cree');
    const organisation = await t.db.selectFrom('organisations').selectAll().where('slug', '=', 'cite-des-metiers').executeTakeFirstOrThrow();
    assert.equal(organisation.siret, '73282932000074');
    assert.equal(organisation.kind, 'partenaire-public');
    const membership = await t.db.selectFrom('organisation_members').selectAll().where('organisation_id', '=', organisation.id).execute();
    assert.deepEqual(membership.map((m) => [m.account_id, m.role]), [[id, 'proprietaire']]);
    const dashboard = await client.get(created.headers.location!);
    assert.equal(dashboard.statusCode, 200);
    assert.match(decode(dashboard.body), /Votre organisation est créée/);
    const other = await account();
    await other.client.get('/espace-partenaire');
    assert.equal((await other.client.post('/espace-partenaire', form({ name: 'Cité des métiers' }))).headers.location, '/espace-partenaire/cite-des-metiers-2?info=cree');
    assert.equal((await other.client.post('/espace-partenaire', form({ name: 'CITÉ DES MÉTIERS' }))).headers.location, '/espace-partenaire/cite-des-metiers-3?info=cree');
    const list = decode((await other.client.get('/espace-partenaire')).body);
    assert.match(list, /Cité des métiers[\s\S]*votre rôle : Propriétaire/);
  });

  test('a wrong SIRET, website or kind is refused with French messages, the input kept', async () => {
    const { client } = await account();
    await client.get('/espace-partenaire');
    const wrongKey = await client.post('/espace-partenaire', form({ name: 'Ma Structure', siret: '73282932000075', description: 'Texte gardé' }));
    assert.equal(wrongKey.statusCode, 400);
    const html = decode(wrongKey.body);
    assert.match(html, /Ce numéro SIRET n’est pas valide \(sa clé de contrôle est fausse\)/);
    assert.match(html, /value="Ma Structure"/);
    assert.match(html, /value="73282932000075"/);
    assert.match(html, /Texte gardé<\/textarea>/);
    assert.match(decode((await client.post('/espace-partenaire', form({ siret: '1234' }))).body), /Le numéro SIRET compte 14 chiffres/);
    assert.match(decode((await client.post('/espace-partenaire', form({ website: 'http://exemple.fr' }))).body), /commençant par https:\/\//);
    assert.match(decode((await client.post('/espace-partenaire', form({ kind: 'operateur' }))).body), /Seule l’équipe de l’Emploi Store/);
    const empty = await client.post('/espace-partenaire', form({ name: '  ', kind: '' }));
    assert.equal(empty.statusCode, 400);
    assert.match(decode(empty.body), /Saisissez le nom de l’organisation[\s\S]*Choisissez le type d’organisation/);
    assert.match(decode((await client.post('/espace-partenaire', form({ description: 'x'.repeat(5001) }))).body), /5\s001 caractères : 5\s000 au maximum/);
    assert.equal(await t.db.selectFrom('organisations').select('id').where('name', '=', 'Ma Structure').executeTakeFirst(), undefined);
  });

  test('creations are limited to 5 a day per account', async () => {
    const { client } = await account();
    await client.get('/espace-partenaire');
    for (let i = 1; i <= 5; i++) assert.equal((await client.post('/espace-partenaire', form({ name: `Limite ${i}` }))).statusCode, 303);
    const refused = await client.post('/espace-partenaire', form({ name: 'Limite 6' }));
    assert.equal(refused.statusCode, 429);
    assert.match(decode(refused.body), /Vous avez créé 5 organisations en moins de 24 heures/);
    assert.match(refused.body, /value="Limite 6"/);
  });

  test('the profile is for owners only; editors, other organisations and visitors are refused', async () => {
    const owner = await account();
    await owner.client.get('/espace-partenaire');
    await owner.client.post('/espace-partenaire', form({ name: 'Profil Test' }));
    const organisation = await t.db.selectFrom('organisations').selectAll().where('name', '=', 'Profil Test').executeTakeFirstOrThrow();
    const editor = await account();
    await member(organisation.id, editor.id, 'editeur');
    const outsider = await account();
    const otherOrg = await createOrganisation(t.db);
    await member(otherOrg.id, outsider.id, 'proprietaire');
    const url = `/espace-partenaire/${organisation.slug}/profil`;

    const page = await owner.client.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Profil Test"/);
    const saved = await owner.client.post(url, form({ name: 'Profil Test modifié', kind: 'partenaire-prive', website: 'https://profil.example', description: 'Nouvelle *présentation*' }));
    assert.equal(saved.statusCode, 303);
    const after = await t.db.selectFrom('organisations').selectAll().where('id', '=', organisation.id).executeTakeFirstOrThrow();
    assert.deepEqual([after.name, after.kind, after.website, after.description, after.slug], ['Profil Test modifié', 'partenaire-prive', 'https://profil.example', 'Nouvelle *présentation*', organisation.slug]);
    const invalid = await owner.client.post(url, form({ name: 'Gardé', siret: '12345678901234' }));
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /value="Gardé"/);
    assert.match(decode((await owner.client.post(url, form({ kind: 'operateur' }))).body), /Seule l’équipe/);

    await editor.client.get(`/espace-partenaire/${organisation.slug}`);
    assert.equal((await editor.client.get(url)).statusCode, 403);
    assert.equal((await editor.client.post(url, form({ name: 'Piraté' }))).statusCode, 403);
    assert.equal((await outsider.client.get(url)).statusCode, 403);
    assert.equal((await outsider.client.post(url, form({ name: 'Piraté' }))).statusCode, 403);
    const anonymous = await t.app.inject({ url });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/connexion\?retour=/);
    assert.equal((await t.db.selectFrom('organisations').select('name').where('id', '=', organisation.id).executeTakeFirstOrThrow()).name, 'Profil Test modifié');
    assert.equal((await owner.client.get('/espace-partenaire/inconnue/profil')).statusCode, 404);
  });

  test('administrators may make an organisation the operator; their edits are audited', async () => {
    const admin = await account(['administrateur']);
    const organisation = await createOrganisation(t.db, { name: 'Opérateur régional' });
    const url = `/espace-partenaire/${organisation.slug}/profil`;
    await admin.client.get(url);
    assert.equal((await admin.client.post(url, form({ name: 'Opérateur régional', kind: 'operateur' }))).statusCode, 303);
    assert.equal((await t.db.selectFrom('organisations').select('kind').where('id', '=', organisation.id).executeTakeFirstOrThrow()).kind, 'operateur');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('subject_kind', '=', 'organisation').where('subject_id', '=', String(organisation.id)).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'organisation.update');
    // An owner who is not staff keeps the operator kind and cannot change it.
    const owner = await account();
    await member(organisation.id, owner.id, 'proprietaire');
    await owner.client.get(url);
    assert.equal((await owner.client.post(url, form({ name: 'Opérateur régional', kind: 'partenaire-prive' }))).statusCode, 303);
    assert.equal((await t.db.selectFrom('organisations').select('kind').where('id', '=', organisation.id).executeTakeFirstOrThrow()).kind, 'operateur');
  });

  test('the dashboard counts services by status, submissions, members and invitations', async () => {
    const owner = await account();
    const organisation = await createOrganisation(t.db, { name: 'Tableau de bord SA' });
    await member(organisation.id, owner.id, 'proprietaire');
    await createService(t.db, { providerId: organisation.id });
    await createService(t.db, { providerId: organisation.id });
    await createService(t.db, { providerId: organisation.id, status: 'depublie' });
    for (const status of ['brouillon', 'soumis', 'soumis', 'publie'] as const) {
      await t.db.insertInto('service_revisions').values({ organisation_id: organisation.id, content: '{}', status }).execute();
    }
    const page = decode((await owner.client.get(`/espace-partenaire/${organisation.slug}`)).body);
    const figure = (label: string) => new RegExp(`>(\\d+)</p>\\s*<p class="fr-mb-0"><a href="[^"]+">${label}</a>`).exec(page)?.[1];
    assert.equal(figure('publiés'), '2');
    assert.equal(figure('dépubliés'), '1');
    assert.equal(figure('archivés'), '0');
    assert.equal(figure('brouillons'), '1');
    assert.equal(figure('en attente de modération'), '2');
    assert.equal(figure('membre'), '1');
    assert.match(page, /href="\/espace-partenaire\/[^"]+\/statistiques"/);
    assert.match(page, /href="\/organisations\/[^"]+"/);
    const stranger = new Client(t.app);
    assert.equal((await stranger.get(`/espace-partenaire/${organisation.slug}`)).statusCode, 303);
  });

  test('owners change the logo (checked, re-encoded); the old image goes; editors cannot', async () => {
    const owner = await account();
    const editor = await account();
    const organisation = await createOrganisation(t.db, { name: 'Logo et Cie' });
    await member(organisation.id, owner.id, 'proprietaire');
    await member(organisation.id, editor.id, 'editeur');
    await createService(t.db, { providerId: organisation.id });
    const url = `/espace-partenaire/${organisation.slug}/profil/logo`;
    const logoOf = async () => (await t.db.selectFrom('organisations').select('logo_path').where('id', '=', organisation.id).executeTakeFirstOrThrow()).logo_path;
    const profile = await owner.client.get(`/espace-partenaire/${organisation.slug}/profil`);
    assert.match(profile.body, /enctype="multipart\/form-data"/);

    const png = { field: 'logo', filename: 'logo.png', contentType: 'image/png', data: await testImage('png', 800, 600) };
    const sent = await owner.client.postMultipart(url, {}, [png]);
    assert.equal(sent.statusCode, 303);
    const first = await logoOf();
    assert.match(first ?? '', /^\/media\/[a-f0-9]{32}\.webp$/);
    const served = await t.app.inject({ url: first! });
    assert.equal(served.headers['content-type'], 'image/webp');
    assert.match((await t.app.inject({ url: `/organisations/${organisation.slug}` })).body, new RegExp(`src="${first}"`));

    const svg = await owner.client.postMultipart(url, {}, [{ field: 'logo', filename: 'logo.svg', contentType: 'image/svg+xml', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }]);
    assert.equal(svg.statusCode, 415);
    assert.match(decode(svg.body), /Les images SVG sont refusées/);
    const none = await owner.client.postMultipart(url, {}, [{ field: 'logo', filename: '', data: Buffer.alloc(0) }]);
    assert.equal(none.statusCode, 400);
    assert.match(decode(none.body), /Choisissez une image PNG, JPEG ou WebP/);
    assert.equal(await logoOf(), first);

    await editor.client.get(`/espace-partenaire/${organisation.slug}`);
    assert.equal((await editor.client.postMultipart(url, {}, [png])).statusCode, 403);
    assert.equal(await logoOf(), first);

    await owner.client.get(`/espace-partenaire/${organisation.slug}/profil`);
    assert.equal((await owner.client.postMultipart(url, {}, [{ ...png, data: await testImage('jpeg', 100, 100), contentType: 'image/jpeg', filename: 'b.jpg' }])).statusCode, 303);
    const second = await logoOf();
    assert.notEqual(second, first);
    assert.equal((await t.app.inject({ url: first! })).statusCode, 404);
    assert.equal((await owner.client.post(`${url}/retirer`)).statusCode, 303);
    assert.equal(await logoOf(), null);
    assert.equal((await t.app.inject({ url: second! })).statusCode, 404);
  });
});
