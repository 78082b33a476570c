import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createOrganisation, createService } from '../../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, TestClient } from '../../../../test/helpers/client.js';
import { createApplication, decode, developer } from './dashboards.test-support.js';
import { linkPublishedProposals } from './proposals.repository.js';

const DESCRIPTION = 'Trajets Malins calcule le temps de trajet vers chaque service de l’Emploi Store et chaque offre, en transports en commun.';

describe('« Proposer mon application dans l’Emploi Store » and the « Construit avec les API » mention', () => {
  let t: TestApp;
  let dev: Awaited<ReturnType<typeof developer>>;
  let appId: number;
  let org: { id: number; slug: string; name: string };
  let otherOrg: { id: number; slug: string; name: string };
  const revisions = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM service_revisions`.execute(t.db)).rows[0]!.n);

  before(async () => {
    t = await buildTestApp({ seed: false });
    dev = await developer(t.app, t.db, 'createur-appli@exemple.fr');
    appId = await createApplication(t.db, dev.accountId, { name: 'Trajets Malins', description: DESCRIPTION, website: 'https://trajets-malins.example' });
    org = await createOrganisation(t.db, { slug: 'malins-et-associes', name: 'Malins et associés' });
    otherOrg = await createOrganisation(t.db, { slug: 'voisins', name: 'Les Voisins' });
  });
  after(async () => t.close());

  test('without an organisation, the developer is sent to create one first', async () => {
    const html = decode((await dev.client.get(`/developpeurs/applications/${appId}/proposer`)).body);
    assert.match(html, /<h1>Proposer mon application dans l’Emploi Store<\/h1>/);
    assert.match(html, /vous n’êtes membre d’aucune organisation/);
    assert.match(html, /href="\/espace-partenaire">Créer mon organisation/);
    assert.doesNotMatch(html, /name="organisation"/);
    const refused = await dev.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: org.slug });
    assert.equal(refused.statusCode, 400);
    assert.equal(await revisions(), 0);
  });

  test('the draft is created pre-filled in a chosen organisation, audited, and the stepper opens', async () => {
    await t.db.insertInto('organisation_members').values({ organisation_id: org.id, account_id: dev.accountId, role: 'editeur' }).execute();
    const page = decode((await dev.client.get(`/developpeurs/applications/${appId}/proposer`)).body);
    assert.match(page, /<input type="radio" id="champ-organisation" name="organisation" value="malins-et-associes" checked/);
    assert.match(page, /Application construite sur les API/);
    // Not a member of that one; nothing chosen.
    const notMember = await dev.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: otherOrg.slug });
    assert.equal(notMember.statusCode, 400);
    assert.match(decode(notMember.body), /Organisation : Choisissez l’organisation qui publiera l’application\./);
    assert.equal((await dev.client.post(`/developpeurs/applications/${appId}/proposer`, {})).statusCode, 400);
    assert.equal(await revisions(), 0);

    const response = await dev.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: org.slug });
    assert.equal(response.statusCode, 303);
    const revision = await t.db.selectFrom('service_revisions').selectAll().executeTakeFirstOrThrow();
    assert.equal(response.headers.location, `/espace-partenaire/${org.slug}/fiches/${revision.id}/etapes/presentation`);
    assert.equal(revision.organisation_id, org.id);
    assert.equal(revision.status, 'brouillon');
    assert.equal(revision.service_id, null);
    assert.equal(revision.created_by, dev.accountId);
    const content = revision.content as Record<string, unknown>;
    assert.equal(content.name, 'Trajets Malins');
    assert.equal(content.description, DESCRIPTION);
    assert.equal(content.url, 'https://trajets-malins.example');
    assert.equal(content.type, 'application-api');
    assert.equal(content.priceModel, 'gratuit');
    assert.deepEqual(content.platforms, ['web']);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'developer.application.propose').executeTakeFirstOrThrow();
    assert.equal(audit.subject_id, String(appId));
    assert.equal(audit.actor_account_id, dev.accountId);
    assert.deepEqual(audit.after, { revisionId: revision.id, organisationId: org.id });
    const stepper = decode((await dev.client.get(response.headers.location as string)).body);
    assert.match(stepper, /value="Trajets Malins"/);
  });

  test('proposing again points to the existing submission instead of writing another', async () => {
    const before = await revisions();
    const again = await dev.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: org.slug });
    assert.equal(again.statusCode, 303);
    const { id } = await t.db.selectFrom('service_revisions').select('id').executeTakeFirstOrThrow();
    assert.equal(again.headers.location, `/espace-partenaire/${org.slug}/fiches/${id}`);
    assert.equal(await revisions(), before);
    const page = decode((await dev.client.get(`/developpeurs/applications/${appId}/proposer`)).body);
    assert.match(page, /L’application a déjà été proposée : la fiche « Trajets Malins » est à l’état « Brouillon »/);
    assert.doesNotMatch(page, /name="organisation"/);
  });

  test('the owner only: 404 for another developer, log-in for a visitor, 409 for a revoked application', async () => {
    const other = await developer(t.app, t.db, 'curieux-dev@exemple.fr');
    assert.equal((await other.client.get(`/developpeurs/applications/${appId}/proposer`)).statusCode, 404);
    await other.client.get('/developpeurs/statistiques');
    assert.equal((await other.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: org.slug })).statusCode, 404);
    const visitor = await new TestClient(t.app).get(`/developpeurs/applications/${appId}/proposer`);
    assert.equal(visitor.statusCode, 303);
    assert.match(visitor.headers.location as string, /^\/connexion\?retour=/);
    const revoked = await createApplication(t.db, dev.accountId, { name: 'Ancienne appli', status: 'revoquee' });
    assert.match(decode((await dev.client.get(`/developpeurs/applications/${revoked}/proposer`)).body), /Cette application est révoquée/);
    assert.equal((await dev.client.post(`/developpeurs/applications/${revoked}/proposer`, { organisation: org.slug })).statusCode, 409);
  });

  test('once published by a moderator, the service page carries the mention and the application points to the service', async () => {
    const { id } = await t.db.selectFrom('service_revisions').select('id').executeTakeFirstOrThrow();
    const base = `/espace-partenaire/${org.slug}/fiches/${id}/etapes`;
    // The partner (here the developer, a member) completes the draft and sends it.
    await dev.client.get(`${base}/presentation`);
    const first = await dev.client.post(`${base}/presentation`, { name: 'Trajets Malins', pitch: 'Le temps de trajet vers chaque service et chaque offre.', description: DESCRIPTION, type: 'application-api', intent: 'continuer' });
    assert.equal(first.statusCode, 303, first.body.slice(0, 300));
    await dev.client.get(`${base}/public`);
    assert.equal((await dev.client.post(`${base}/public`, { audience: 'candidats', themes: 'trouver-un-emploi', romeCodes: '', intent: 'continuer' })).statusCode, 303);
    await dev.client.get(`${base}/apercu`);
    assert.equal((await dev.client.post(`/espace-partenaire/${org.slug}/fiches/${id}/soumettre`)).statusCode, 303);
    // A moderator publishes it.
    const email = 'moderatrice-dev@exemple.fr';
    const moderator = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now(), roles = ARRAY['moderateur']::text[] WHERE email_normalized = ${email}`.execute(t.db);
    await moderator.get(`/moderation/fiche-service/${id}`);
    assert.equal((await moderator.post(`/moderation/fiche-service/${id}`, { decision: 'publier', reason: 'Fiche complète.' })).statusCode, 303);
    const service = await t.db.selectFrom('services').select(['id', 'slug']).where('name', '=', 'Trajets Malins').executeTakeFirstOrThrow();

    // The mention shows at once, before the link is recorded on the application.
    assert.equal((await t.db.selectFrom('developer_applications').select('service_id').where('id', '=', appId).executeTakeFirstOrThrow()).service_id, null);
    const servicePage = decode((await new TestClient(t.app).get(`/services/${service.slug}`)).body);
    assert.match(servicePage, /<a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="\/developpeurs">Construit avec les API Emploi Store<\/a>/);
    const unrelated = await createService(t.db, { providerId: org.id, name: 'Service sans API' });
    assert.doesNotMatch(decode((await new TestClient(t.app).get(`/services/${unrelated.slug}`)).body), /Construit avec les API Emploi Store/);

    // The developer's page (or the job) records the service on the application.
    const proposePage = decode((await dev.client.get(`/developpeurs/applications/${appId}/proposer`)).body);
    assert.match(proposePage, new RegExp(`L’application est dans l’Emploi Store : <a href="/services/${service.slug}">`));
    assert.equal((await t.db.selectFrom('developer_applications').select('service_id').where('id', '=', appId).executeTakeFirstOrThrow()).service_id, service.id);
    assert.equal(await linkPublishedProposals(t.db), 0);
    const again = await dev.client.post(`/developpeurs/applications/${appId}/proposer`, { organisation: org.slug });
    assert.equal(again.headers.location, `/espace-partenaire/${org.slug}/fiches/${id}`);

    // A revoked application's service loses the mention.
    await t.db.updateTable('developer_applications').set({ status: 'revoquee', revoked_at: new Date() }).where('id', '=', appId).execute();
    assert.doesNotMatch(decode((await new TestClient(t.app).get(`/services/${service.slug}`)).body), /Construit avec les API Emploi Store/);
  });
});
