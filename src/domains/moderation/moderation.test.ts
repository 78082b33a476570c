import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../test/helpers/client.js';
import { createService } from '../../../test/factories.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('moderation back-office', () => {
  let t: TestApp;
  let n = 0;
  let moderator: { client: TestClient; id: number };
  before(async () => {
    t = await buildTestApp({ seed: false });
    moderator = await account(['moderateur'], 'Modératrice Alice');
  });
  after(async () => t.close());

  async function account(roles = ['candidat'], displayName = ''): Promise<{ client: TestClient; id: number }> {
    const email = `personne${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[], display_name = ${displayName} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id };
  }
  async function reportedReview(reports: number, name = `Service ${n}`) {
    const service = await createService(t.db, { name });
    const author = await account();
    const review = await t.db.insertInto('service_reviews').values({ service_id: service.id, account_id: author.id, rating: 1, body: 'Arnaque totale !!!' }).returning('id').executeTakeFirstOrThrow();
    for (let i = 0; i < reports; i++) {
      const reporter = await account();
      assert.equal((await reporter.client.post(`/avis/${review.id}/signaler`, { reason: i % 2 ? 'hors-sujet' : 'spam' })).statusCode, 303);
    }
    return { service, reviewId: review.id };
  }
  const review = (id: number) => t.db.selectFrom('service_reviews').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  test('only moderators and administrators reach the back-office', async () => {
    const candidate = await account();
    for (const url of ['/moderation', '/moderation/decisions', '/moderation/avis/1']) assert.equal((await candidate.client.get(url)).statusCode, 403, url);
    assert.equal((await candidate.client.post('/moderation/avis/1', { decision: 'masquer', reason: 'x' })).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/moderation' })).statusCode, 303);
    const admin = await account(['administrateur']);
    assert.equal((await admin.client.get('/moderation')).statusCode, 200);
  });

  test('the queue lists reported and hidden reviews with their reasons, filtered by kind and age', async () => {
    const { reviewId } = await reportedReview(3, 'Simulateur de salaire');
    const page = await moderator.client.get('/moderation?type=avis');
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.match(html, new RegExp(`Avis n° ${reviewId} sur « Simulateur de salaire »`));
    assert.match(html, /Masqué automatiquement \(signalements\)/);
    assert.match(html, /Spam : 2/);
    assert.match(html, /Hors sujet : 1/);
    assert.match(html, /Arnaque totale !!!/);
    assert.doesNotMatch((await moderator.client.get('/moderation?age=24h')).body, new RegExp(`/moderation/avis/${reviewId}"`));
    await sql`UPDATE review_reports SET created_at = created_at - interval '2 days' WHERE review_id = ${reviewId}`.execute(t.db);
    assert.match((await moderator.client.get('/moderation?age=24h')).body, new RegExp(`/moderation/avis/${reviewId}"`));
    assert.doesNotMatch((await moderator.client.get('/moderation?age=7j')).body, new RegExp(`/moderation/avis/${reviewId}"`));
    const unknown = await moderator.client.get('/moderation?type=idees');
    assert.equal(unknown.statusCode, 400);
    assert.match(decode(unknown.body), /Le type de contenu « idees » n'existe pas/);
    assert.equal((await moderator.client.get('/moderation?age=3ans')).statusCode, 400);
    for (const url of ['/moderation/avis/inconnu', '/moderation/avis/999999', '/moderation/idees/1']) assert.equal((await moderator.client.get(url)).statusCode, 404, url);
  });

  test('a decision needs a reason; the input is kept when refused', async () => {
    const { reviewId } = await reportedReview(1);
    await moderator.client.get(`/moderation/avis/${reviewId}`);
    const missing = await moderator.client.post(`/moderation/avis/${reviewId}`, { decision: 'masquer', reason: '  ' });
    assert.equal(missing.statusCode, 400);
    assert.match(decode(missing.body), /Indiquez le motif de la décision/);
    assert.match(missing.body, /id="decision-masquer"[^>]*checked/);
    const noDecision = await moderator.client.post(`/moderation/avis/${reviewId}`, { decision: 'supprimer', reason: 'Motif gardé' });
    assert.equal(noDecision.statusCode, 400);
    assert.match(noDecision.body, /Choisissez une décision/);
    assert.match(noDecision.body, /Motif gardé<\/textarea>/);
    const expired = await moderator.client.post(`/moderation/avis/${reviewId}`, { _csrf: '', decision: 'retablir', reason: 'Motif à garder' });
    assert.equal(expired.statusCode, 403);
    assert.match(expired.body, /Motif à garder<\/textarea>/);
    assert.equal((await moderator.client.post(`/moderation/avis/${reviewId}`, {})).statusCode, 400);
    assert.equal((await t.db.selectFrom('moderation_decisions').selectAll().where('subject_id', '=', reviewId).execute()).length, 0);
  });

  test('restoring records who, when and why, settles the reports; later reports count afresh', async () => {
    const { service, reviewId } = await reportedReview(3);
    assert.equal((await review(reviewId)).status, 'masque');
    await moderator.client.get(`/moderation/avis/${reviewId}`);
    const before = new Date(Date.now() - 1000);
    const decided = await moderator.client.post(`/moderation/avis/${reviewId}`, { decision: 'retablir', reason: 'Avis sévère mais légitime.' });
    assert.equal(decided.statusCode, 303);
    assert.equal(decided.headers.location, '/moderation?enregistree=1');
    assert.equal((await review(reviewId)).status, 'publie');
    const decisions = await t.db.selectFrom('moderation_decisions').selectAll().where('subject_kind', '=', 'avis').where('subject_id', '=', reviewId).execute();
    assert.equal(decisions.length, 1);
    assert.equal(decisions[0]!.decision, 'retablir');
    assert.equal(decisions[0]!.reason, 'Avis sévère mais légitime.');
    assert.equal(decisions[0]!.moderator_account_id, moderator.id);
    assert.ok(decisions[0]!.created_at >= before);
    const reports = await t.db.selectFrom('review_reports').select('settled_at').where('review_id', '=', reviewId).execute();
    assert.ok(reports.length === 3 && reports.every((report) => report.settled_at !== null), 'reports before the decision are settled');
    assert.doesNotMatch((await moderator.client.get('/moderation')).body, new RegExp(`/moderation/avis/${reviewId}"`));

    for (let i = 0; i < 2; i++) await (await account()).client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' });
    assert.equal((await review(reviewId)).status, 'publie', 'two new reports do not hide it: the settled ones no longer count');
    assert.match((await moderator.client.get('/moderation')).body, new RegExp(`/moderation/avis/${reviewId}"`));
    await (await account()).client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' });
    assert.equal((await review(reviewId)).status, 'masque', 'the third new report hides it again');

    const item = decode((await moderator.client.get(`/moderation/avis/${reviewId}`)).body);
    assert.match(item, /Rétablir l’avis \(le publier à nouveau\) par Modératrice Alice : « Avis sévère mais légitime. »/);
    assert.match(item, new RegExp(`href="/services/${service.slug}"`));
  });

  test('hiding by a moderator takes the review out of the queue; the history is searchable by subject', async () => {
    const { reviewId } = await reportedReview(1, 'Atelier CV express');
    await moderator.client.get(`/moderation/avis/${reviewId}`);
    assert.equal((await moderator.client.post(`/moderation/avis/${reviewId}`, { decision: 'masquer', reason: 'Publicité déguisée.' })).statusCode, 303);
    assert.equal((await review(reviewId)).status, 'masque');
    assert.doesNotMatch((await moderator.client.get('/moderation')).body, new RegExp(`/moderation/avis/${reviewId}"`));
    const all = decode((await moderator.client.get('/moderation/decisions')).body);
    assert.match(all, /Publicité déguisée\./);
    assert.match(all, /Avis sévère mais légitime\./);
    const byName = decode((await moderator.client.get(`/moderation/decisions?q=${encodeURIComponent('cv express')}`)).body);
    assert.match(byName, /Publicité déguisée\./);
    assert.match(byName, /Modératrice Alice/);
    assert.doesNotMatch(byName, /Avis sévère mais légitime\./);
    const byId = decode((await moderator.client.get(`/moderation/decisions?type=avis&q=${reviewId}`)).body);
    assert.match(byId, new RegExp(`Avis n° ${reviewId} sur « Atelier CV express »`));
    assert.match(decode((await moderator.client.get('/moderation/decisions?q=zzzz')).body), /Aucune décision ne correspond à cette recherche/);
  });
});
