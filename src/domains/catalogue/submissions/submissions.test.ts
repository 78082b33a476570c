import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { testImage } from '../../../../test/helpers/images.js';
import { createOrganisation, createService } from '../../../../test/factories.js';
import { deleteOrphanImages } from './media-cleanup.job.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const STEP1 = {
  name: 'Mon Bilan Express',
  pitch: 'Faites le point sur vos compétences en vingt minutes.',
  description: 'Un questionnaire en ligne qui révèle vos compétences transférables et propose des métiers proches, avec une synthèse à imprimer.',
  type: 'site-web',
  intent: 'continuer',
};

describe('service submissions: partners write, moderators publish', () => {
  let t: TestApp;
  let n = 0;
  let orgA: { id: number; slug: string };
  let orgB: { id: number; slug: string };
  let owner: { client: TestClient; id: number; email: string };
  let editor: { client: TestClient; id: number; email: string };
  let outsider: { client: TestClient; id: number; email: string };
  let moderator: { client: TestClient; id: number; email: string };

  async function account(roles = ['partenaire'], displayName = ''): Promise<{ client: TestClient; id: number; email: string }> {
    const email = `partenaire${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[], display_name = ${displayName} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }
  const join = (orgId: number, accountId: number, role: 'proprietaire' | 'editeur') =>
    t.db.insertInto('organisation_members').values({ organisation_id: orgId, account_id: accountId, role }).execute();
  const revision = (id: number) => t.db.selectFrom('service_revisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const revisionIdFrom = (location: string | undefined) => Number(/\/fiches\/(\d+)/.exec(location ?? '')?.[1]);

  before(async () => {
    t = await buildTestApp({ seed: false });
    orgA = await createOrganisation(t.db, { name: 'Atelier Carrières' });
    orgB = await createOrganisation(t.db, { name: 'Bureau Voisin' });
    owner = await account(['partenaire'], 'Olivia Propriétaire');
    editor = await account(['partenaire'], 'Éric Éditeur');
    outsider = await account(['partenaire'], 'Bruno Voisin');
    moderator = await account(['moderateur'], 'Modératrice Alice');
    await join(orgA.id, owner.id, 'proprietaire');
    await join(orgA.id, editor.id, 'editeur');
    await join(orgB.id, outsider.id, 'proprietaire');
  });
  after(async () => t.close());

  /** Writes a complete new service through the steps and returns its revision id. */
  async function writeService(client: TestClient, name = `Service ${++n}`): Promise<number> {
    await client.get(`/espace-partenaire/${orgA.slug}/services/nouveau`);
    const created = await client.post(`/espace-partenaire/${orgA.slug}/services/nouveau`, { ...STEP1, name });
    assert.equal(created.statusCode, 303, created.body.slice(0, 300));
    const id = revisionIdFrom(created.headers.location as string);
    await client.get(created.headers.location as string);
    const base = `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes`;
    const publicStep = new URLSearchParams([['audience', 'candidats'], ['themes', 'choisir-un-metier'], ['themes', 'se-former'], ['romeCodes', ''], ['intent', 'continuer'], ['_csrf', client.csrfToken]]);
    const response = await t.app.inject({
      method: 'POST',
      url: `${base}/public`,
      headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Mozilla/5.0 Chrome' },
      payload: publicStep.toString(),
    });
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    await client.get(`${base}/acces`);
    const access = await client.post(`${base}/acces`, { url: 'https://bilan-express.example/', platforms: 'web', languages: 'fr', priceModel: 'gratuit', priceText: '', accessibility: '', intent: 'continuer' });
    assert.equal(access.statusCode, 303, access.body.slice(0, 300));
    return id;
  }

  async function submit(client: TestClient, id: number) {
    await client.get(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/apercu`);
    return client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/soumettre`);
  }

  async function decide(id: number, decision: string, reason: string) {
    await moderator.client.get(`/moderation/fiche-service/${id}`);
    return moderator.client.post(`/moderation/fiche-service/${id}`, { decision, reason });
  }

  test('an invalid first step re-renders with the errors and keeps the input', async () => {
    await editor.client.get(`/espace-partenaire/${orgA.slug}/services/nouveau`);
    const response = await editor.client.post(`/espace-partenaire/${orgA.slug}/services/nouveau`, { ...STEP1, description: 'Trop court.', type: 'fusee' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    assert.match(html, /Le formulaire contient 2 erreurs/);
    assert.match(html, /Décrivez le service en 50 caractères au moins/);
    assert.match(html, /Choisissez le type de service/);
    assert.match(html, /value="Mon Bilan Express"/);
    assert.equal(Number((await t.db.selectFrom('service_revisions').select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow()).c), 0);
  });

  test('a draft saves what is typed, refuses what is wrong, and cannot be sent incomplete', async () => {
    await editor.client.get(`/espace-partenaire/${orgA.slug}/services/nouveau`);
    const created = await editor.client.post(`/espace-partenaire/${orgA.slug}/services/nouveau`, { name: 'Brouillon incomplet', pitch: '', description: '', type: '', intent: 'brouillon' });
    assert.equal(created.statusCode, 303);
    const id = revisionIdFrom(created.headers.location as string);
    assert.equal((await revision(id)).status, 'brouillon');
    const base = `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes`;
    await editor.client.get(`${base}/acces`);
    const wrong = await editor.client.post(`${base}/acces`, { url: 'javascript:alert(1)', intent: 'brouillon' });
    assert.equal(wrong.statusCode, 400);
    assert.match(decode(wrong.body), /adresse web complète/);
    const sent = await submit(editor.client, id);
    assert.equal(sent.statusCode, 400);
    assert.match(decode(sent.body), /Avant l’envoi, complétez la fiche/);
    assert.equal((await revision(id)).status, 'brouillon');
  });

  test('unknown ROME codes are refused with the code named', async () => {
    const id = await writeService(editor.client);
    const base = `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes`;
    await editor.client.get(`${base}/public`);
    const response = await editor.client.post(`${base}/public`, { audience: 'candidats', themes: 'se-former', romeCodes: 'M1607, Z99', intent: 'continuer' });
    assert.equal(response.statusCode, 400);
    assert.match(decode(response.body), /« Z99 » n’est pas un code ROME/);
    const unknown = await editor.client.post(`${base}/public`, { audience: 'candidats', themes: 'se-former', romeCodes: 'M1607', intent: 'continuer' });
    assert.match(decode(unknown.body), /Le code ROME M1607 n’existe pas/);
  });

  test('the whole workflow: submit, changes requested with a comment, fix, publish, e-mails at each decision', async () => {
    const id = await writeService(editor.client, 'Mon Bilan Express');
    assert.equal((await submit(editor.client, id)).statusCode, 303);
    assert.equal((await revision(id)).status, 'soumis');

    // Under moderation the fiche is locked.
    await editor.client.get(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/apercu`);
    const locked = await editor.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`, { ...STEP1, name: 'Changé en douce' });
    assert.equal(locked.statusCode, 409);
    assert.equal((await revision(id)).status, 'soumis');

    const queue = decode((await moderator.client.get('/moderation?type=fiche-service')).body);
    assert.match(queue, /Nouveau service « Mon Bilan Express » \(Atelier Carrières\)/);
    const asked = await decide(id, 'demander-modifications', 'Précisez la durée du questionnaire dans l’accroche.');
    assert.equal(asked.statusCode, 303, asked.body.slice(0, 400));
    const row = await revision(id);
    assert.equal(row.status, 'modifications-demandees');
    assert.equal(row.moderator_comment, 'Précisez la durée du questionnaire dans l’accroche.');
    for (const member of [owner, editor]) {
      const mail = await t.smtp.waitFor(member.email, /Modifications demandées : Mon Bilan Express/);
      assert.match(mail.text, /Précisez la durée du questionnaire/);
      assert.match(mail.text, new RegExp(`/espace-partenaire/${orgA.slug}/fiches/${id}`));
    }
    assert.equal(await t.db.selectFrom('services').select('id').where('name', '=', 'Mon Bilan Express').executeTakeFirst(), undefined);

    // The partner sees the comment, fixes and sends again.
    const page = decode((await editor.client.get(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`)).body);
    assert.match(page, /Précisez la durée du questionnaire/);
    const fixed = await editor.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`, { ...STEP1, pitch: 'Vingt minutes pour faire le point sur vos compétences.' });
    assert.equal(fixed.statusCode, 303);
    assert.equal((await submit(editor.client, id)).statusCode, 303);

    const published = await decide(id, 'publier', 'Fiche claire et complète.');
    assert.equal(published.statusCode, 303);
    const done = await revision(id);
    assert.equal(done.status, 'publie');
    assert.ok(done.service_id);
    const service = await t.db.selectFrom('services').selectAll().where('id', '=', done.service_id).executeTakeFirstOrThrow();
    assert.equal(service.status, 'publie');
    assert.equal(service.provider_id, orgA.id);
    assert.equal(service.pitch, 'Vingt minutes pour faire le point sur vos compétences.');
    assert.deepEqual(service.themes, ['choisir-un-metier', 'se-former']);
    assert.equal((await t.app.inject({ url: `/services/${service.slug}` })).statusCode, 200);
    assert.match(decode((await t.app.inject({ url: '/recherche?q=bilan+express' })).body), /Mon Bilan Express/);
    const mail = await t.smtp.waitFor(editor.email, /Service publié : Mon Bilan Express/);
    assert.match(mail.text, new RegExp(`/services/${service.slug}`));

    // The decisions are in the fiche's history, with who took them.
    const history = decode((await owner.client.get(`/espace-partenaire/${orgA.slug}/services/${service.id}/historique`)).body);
    assert.match(history, /Modifications demandées<\/strong> — Modératrice Alice/);
    assert.match(history, /Publication<\/strong> — Modératrice Alice/);
    assert.match(history, /Envoi à la modération<\/strong> — Éric Éditeur/);
  });

  test('editing a published service goes through a revision while the published version stays online', async () => {
    const service = await createService(t.db, { name: 'Simulateur de salaire', providerId: orgA.id, description: 'Calculez votre salaire net à partir du brut, selon votre statut et votre temps de travail.' });
    const start = await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/modifier`);
    assert.equal(start.statusCode, 303);
    const id = revisionIdFrom(start.headers.location as string);
    // Asking again opens the same revision.
    const again = await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/modifier`);
    assert.equal(revisionIdFrom(again.headers.location as string), id);

    // Sending an unchanged fiche is refused.
    assert.equal((await submit(owner.client, id)).statusCode, 400);

    await owner.client.get(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`);
    const saved = await owner.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`, {
      name: 'Simulateur de salaire net',
      pitch: 'Un outil en ligne.',
      description: 'Calculez votre salaire net à partir du brut, selon votre statut, votre temps de travail et votre région.',
      type: 'site-web',
      intent: 'continuer',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await submit(owner.client, id)).statusCode, 303);
    // Still the old version online.
    const online = await t.app.inject({ url: `/services/${service.slug}` });
    assert.match(decode(online.body), /Simulateur de salaire</);
    const preview = decode((await moderator.client.get(`/administration/fiches/${id}`)).body);
    assert.match(preview, /<del>[^<]*<\/del>|<ins>/);
    assert.match(preview, /et votre région/);

    assert.equal((await decide(id, 'publier', 'Modification acceptée.')).statusCode, 303);
    const updated = await t.db.selectFrom('services').selectAll().where('id', '=', service.id).executeTakeFirstOrThrow();
    assert.equal(updated.name, 'Simulateur de salaire net');
    assert.equal(updated.slug, service.slug, 'the address stays the same');
    await t.smtp.waitFor(owner.email, /Modification publiée : Simulateur de salaire net/);

    const history = decode((await owner.client.get(`/espace-partenaire/${orgA.slug}/services/${service.id}/historique`)).body);
    assert.match(history, /Enregistrement<\/strong> — Olivia Propriétaire/);
    assert.match(history, /Nom du service, Description/);
    assert.match(history, /<ins>/);
  });

  test('unpublish and archive: owners yes, editors no; archived services take no more changes', async () => {
    const service = await createService(t.db, { name: 'Annuaire des formations', providerId: orgA.id });
    await editor.client.get(`/espace-partenaire/${orgA.slug}/services`);
    assert.equal((await editor.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/depublier`)).statusCode, 403);
    await owner.client.get(`/espace-partenaire/${orgA.slug}/services`);
    assert.equal((await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/depublier`)).statusCode, 303);
    assert.equal((await t.app.inject({ url: `/services/${service.slug}` })).statusCode, 404);
    // Republishing is for staff only.
    assert.equal((await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/republier`)).statusCode, 403);
    assert.equal((await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/depublier`)).statusCode, 409);
    assert.equal((await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/archiver`)).statusCode, 303);
    assert.equal((await owner.client.post(`/espace-partenaire/${orgA.slug}/services/${service.id}/modifier`)).statusCode, 409);
    const row = await t.db.selectFrom('services').select('status').where('id', '=', service.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'archive');
    await t.smtp.waitFor(editor.email, /Archivé : Annuaire des formations/);
  });

  test('a member of another organisation can read or change nothing', async () => {
    const id = await writeService(editor.client, 'Secret de fabrication');
    const service = await createService(t.db, { name: 'Service de A', providerId: orgA.id });
    await outsider.client.get('/mon-espace');
    const urls = [
      `/espace-partenaire/${orgA.slug}/services`,
      `/espace-partenaire/${orgA.slug}/services/nouveau`,
      `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`,
      `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/apercu`,
      `/espace-partenaire/${orgA.slug}/fiches/${id}/historique`,
      `/espace-partenaire/${orgA.slug}/services/${service.id}/historique`,
    ];
    for (const url of urls) {
      const response = await outsider.client.get(url);
      assert.equal(response.statusCode, 403, url);
      assert.doesNotMatch(response.body, /Secret de fabrication/);
    }
    for (const [url, form] of [
      [`/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/presentation`, { ...STEP1, name: 'Piraté' }],
      [`/espace-partenaire/${orgA.slug}/fiches/${id}/soumettre`, {}],
      [`/espace-partenaire/${orgA.slug}/services/${service.id}/archiver`, {}],
      [`/espace-partenaire/${orgA.slug}/services/nouveau`, STEP1],
    ] as const) {
      assert.equal((await outsider.client.post(url, form)).statusCode, 403, url);
    }
    // Through its own organisation's address, another organisation's fiche does not exist.
    assert.equal((await outsider.client.get(`/espace-partenaire/${orgB.slug}/fiches/${id}/etapes/presentation`)).statusCode, 404);
    assert.equal((await outsider.client.post(`/espace-partenaire/${orgB.slug}/fiches/${id}/etapes/presentation`, { ...STEP1, name: 'Piraté' })).statusCode, 404);
    assert.equal((await outsider.client.post(`/espace-partenaire/${orgB.slug}/services/${service.id}/archiver`)).statusCode, 404);
    assert.equal((await revision(id)).content && ((await revision(id)).content as { name: string }).name, 'Secret de fabrication');
    // Candidates and visitors neither.
    assert.equal((await t.app.inject({ url: `/espace-partenaire/${orgA.slug}/services` })).statusCode, 303);
    assert.equal((await t.app.inject({ url: `/administration/fiches/${id}` })).statusCode, 303);
    assert.equal((await editor.client.get(`/administration/fiches/${id}`)).statusCode, 403);
  });

  test('logo and screenshots are uploaded, re-encoded, and a wrong file is refused in French', async () => {
    const id = await writeService(editor.client, 'Service illustré');
    const url = `/espace-partenaire/${orgA.slug}/fiches/${id}/etapes/visuels`;
    await editor.client.get(url);
    const logo = await testImage('png', 800, 600);
    const shot = await testImage('jpeg', 1200, 800);
    const ok = await editor.client.postMultipart(url, { intent: 'continuer' }, [
      { field: 'logoPath', filename: 'logo.png', contentType: 'image/png', data: logo },
      { field: 'screenshots', filename: 'ecran.jpg', contentType: 'image/jpeg', data: shot },
    ]);
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 500));
    const content = (await revision(id)).content as { logoPath: string; screenshots: string[] };
    assert.match(content.logoPath, /^\/media\/[a-f0-9]{32}\.webp$/);
    assert.equal(content.screenshots.length, 1);
    const image = await t.app.inject({ url: content.logoPath });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/webp');

    await editor.client.get(url);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await editor.client.postMultipart(url, { intent: 'continuer' }, [{ field: 'logoPath', filename: 'logo.png', contentType: 'image/png', data: svg }]);
    assert.equal(refused.statusCode, 400);
    assert.match(decode(refused.body), /Les images SVG sont refusées/);
    assert.equal(((await revision(id)).content as { logoPath: string }).logoPath, content.logoPath, 'the previous logo is kept');

    // Six screenshots are one too many: refused, and none of them is stored.
    const stored = async () => Number((await t.db.selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow()).c);
    const before = await stored();
    await editor.client.get(url);
    const small = await testImage('png', 40, 30);
    const tooMany = await editor.client.postMultipart(
      url,
      { intent: 'continuer' },
      Array.from({ length: 5 }, (_, i) => ({ field: 'screenshots', filename: `ecran-${i}.png`, contentType: 'image/png', data: small })),
    );
    assert.equal(tooMany.statusCode, 400);
    assert.match(decode(tooMany.body), /5 captures d’écran au plus/);
    assert.equal(await stored(), before, 'nothing is stored when the form is refused');

    // Removing a screenshot.
    await editor.client.get(url);
    const removed = await editor.client.postMultipart(url, { intent: 'brouillon', removeScreenshots: content.screenshots[0]! });
    assert.equal(removed.statusCode, 303);
    assert.deepEqual(((await revision(id)).content as { screenshots: string[] }).screenshots, []);

    // A day later, the clean-up job deletes the images nothing points to, and only those.
    await sql`UPDATE media_files SET created_at = now() - interval '2 days'`.execute(t.db);
    const removedId = content.screenshots[0]!.replace(/^\/media\/|\.webp$/g, '');
    const logoId = content.logoPath.replace(/^\/media\/|\.webp$/g, '');
    const deleted = await deleteOrphanImages(t.db);
    assert.ok(deleted >= 1);
    const left = new Set((await t.db.selectFrom('media_files').select('id').execute()).map((row) => row.id));
    assert.ok(!left.has(removedId), 'the removed screenshot is deleted');
    assert.ok(left.has(logoId), 'the logo still in use is kept');
  });

  test('a withdrawn fiche can be edited again; an abandoned one is gone from the list', async () => {
    const id = await writeService(editor.client, 'Fiche retirée');
    assert.equal((await submit(editor.client, id)).statusCode, 303);
    assert.equal((await editor.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/soumettre`)).statusCode, 409, 'sent twice');
    assert.equal((await editor.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/retirer`)).statusCode, 303);
    assert.equal((await revision(id)).status, 'brouillon');
    await editor.client.get(`/espace-partenaire/${orgA.slug}/services`);
    assert.equal((await editor.client.post(`/espace-partenaire/${orgA.slug}/fiches/${id}/abandonner`)).statusCode, 303);
    assert.equal((await revision(id)).status, 'abandonne');
    assert.doesNotMatch(decode((await editor.client.get(`/espace-partenaire/${orgA.slug}/services`)).body), /Fiche retirée/);
    // A moderator cannot publish what is not submitted.
    await moderator.client.get(`/moderation/fiche-service/${id}`);
    const refused = await moderator.client.post(`/moderation/fiche-service/${id}`, { decision: 'publier', reason: 'Essai.' });
    assert.equal(refused.statusCode, 409);
  });
});
