import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createOrganisation, createService } from '../../../../test/factories.js';
import { loadReviewsSection, ReviewsSection } from './index.js';
import { addReport } from './reports.repository.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('reviews: reports and provider replies', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const account = async (options: { verified?: boolean; roles?: string[] } = {}): Promise<{ client: TestClient; id: number }> => {
    const email = `compte${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${options.verified === false ? null : new Date()}, roles = ${options.roles ?? ['candidat']}::text[]
      WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id };
  };
  /** A service with one published review by a fresh account. */
  const reviewed = async (providerId?: number) => {
    const service = await createService(t.db, providerId ? { providerId } : {});
    const author = await account();
    const { id } = await t.db.insertInto('service_reviews').values({ service_id: service.id, account_id: author.id, rating: 2, body: 'Pas terrible.' }).returning('id').executeTakeFirstOrThrow();
    return { service, author, reviewId: id };
  };
  const statusOf = async (reviewId: number) => (await t.db.selectFrom('service_reviews').select('status').where('id', '=', reviewId).executeTakeFirstOrThrow()).status;
  const reportCount = async (reviewId: number) => (await t.db.selectFrom('review_reports').select((eb) => eb.fn.countAll<number>().as('n')).where('review_id', '=', reviewId).executeTakeFirstOrThrow()).n;

  test('a review is hidden after exactly three distinct reports; hidden, it is neither shown nor counted, but its author sees it', async () => {
    const { service, author, reviewId } = await reviewed();
    const reporters = [await account(), await account(), await account()];
    for (const [index, reporter] of reporters.entries()) {
      const response = await reporter.client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/services/${service.slug}?avis=signale#avis`);
      assert.equal(await statusOf(reviewId), index < 2 ? 'publie' : 'masque', `after report ${index + 1}`);
    }
    const again = await reporters[0]!.client.post(`/avis/${reviewId}/signaler`, { reason: 'hors-sujet' });
    assert.equal(again.headers.location, `/services/${service.slug}?avis=deja-masque#avis`);
    assert.equal(await reportCount(reviewId), 3);

    const visitor = await loadReviewsSection(t.db, service.id, null);
    assert.equal(visitor.stats.count, 0);
    assert.deepEqual(visitor.reviews, []);
    const viewer = { accountId: author.id, email: '', displayName: '', roles: ['candidat' as const], emailVerified: true, sessionIdHash: '' };
    const own = await loadReviewsSection(t.db, service.id, viewer);
    assert.equal(own.own?.status, 'masque');
    assert.match(decode(renderToString(h(ReviewsSection, { data: own, csrfToken: 'x' }))), /Votre avis est masqué en attente de modération/);
    const edit = await author.client.get(`/services/${service.slug}/avis/modifier`);
    assert.match(decode(edit.body), /Votre avis est masqué en attente de modération/);
    assert.equal((await reporters[0]!.client.get(`/avis/${reviewId}/signaler`)).statusCode, 404, 'a hidden review has no public report page');
  });

  test('one report per account; never one’s own; the reason is required; unknown ids are 404', async () => {
    const { service, author, reviewId } = await reviewed();
    const reporter = await account();
    const page = await reporter.client.get(`/avis/${reviewId}/signaler`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Signaler un avis<\/h1>/);
    const missing = await reporter.client.post(`/avis/${reviewId}/signaler`, { reason: '' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Choisissez le motif du signalement/);
    const invalid = await reporter.client.post(`/avis/${reviewId}/signaler`, { reason: 'pas-content' });
    assert.equal(invalid.statusCode, 400);
    assert.equal((await reporter.client.post(`/avis/${reviewId}/signaler`, { reason: 'hors-sujet' })).statusCode, 303);
    const twice = await reporter.client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' });
    assert.equal(twice.headers.location, `/services/${service.slug}?avis=deja-signale#avis`);
    const own = await author.client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' });
    assert.equal(own.statusCode, 403);
    assert.match(own.body, /Vous ne pouvez pas signaler votre propre avis/);
    assert.equal(await reportCount(reviewId), 1);
    for (const id of ['inconnu', '0', '99999999', '1e3', '-1']) assert.equal((await reporter.client.post(`/avis/${id}/signaler`, { reason: 'spam' })).statusCode, 404, id);
    const unverified = await account({ verified: false });
    assert.equal((await unverified.client.post(`/avis/${reviewId}/signaler`, { reason: 'spam' })).statusCode, 403);
  });

  test('five concurrent reports from five accounts: one hide, three reports counted', async () => {
    const { service, reviewId } = await reviewed();
    const reporters = await Promise.all([1, 2, 3, 4, 5].map(() => account()));
    const responses = await Promise.all(reporters.map((reporter) => reporter.client.post(`/avis/${reviewId}/signaler`, { reason: 'propos-offensants' })));
    assert.deepEqual(responses.map((response) => response.statusCode), [303, 303, 303, 303, 303]);
    const locations = responses.map((response) => String(response.headers.location));
    assert.equal(locations.filter((location) => location.endsWith('?avis=signale#avis')).length, 3);
    assert.equal(locations.filter((location) => location.endsWith('?avis=deja-masque#avis')).length, 2);
    assert.equal(await statusOf(reviewId), 'masque');
    assert.equal(await reportCount(reviewId), 3);
    assert.equal((await loadReviewsSection(t.db, service.id, null)).stats.count, 0);

    // The same race one level down: exactly one of the concurrent reports hides the review.
    const other = await reviewed();
    const outcomes = await Promise.all(reporters.map((reporter) => addReport(t.db, other.reviewId, reporter.id, 'spam')));
    assert.equal(outcomes.filter((outcome) => outcome === 'hidden').length, 1);
    assert.equal(outcomes.filter((outcome) => outcome === 'reported').length, 2);
    assert.equal(outcomes.filter((outcome) => outcome === 'already-hidden').length, 2);
  });

  test('a member of the provider organisation replies (shown under the review); others get 403', async () => {
    const provider = await createOrganisation(t.db, { name: 'Compétences Demain' });
    const { service, author, reviewId } = await reviewed(provider.id);
    const member = await account({ roles: ['partenaire'] });
    await t.db.insertInto('organisation_members').values({ organisation_id: provider.id, account_id: member.id, role: 'editeur' }).execute();
    const outsider = await account({ roles: ['partenaire'] });
    const otherMember = await account({ roles: ['partenaire'] });
    await t.db.insertInto('organisation_members').values({ organisation_id: (await createOrganisation(t.db)).id, account_id: otherMember.id, role: 'proprietaire' }).execute();

    for (const refused of [outsider, otherMember, author]) {
      assert.equal((await refused.client.get(`/avis/${reviewId}/reponse`)).statusCode, 403);
      const response = await refused.client.post(`/avis/${reviewId}/reponse`, { body: 'Je réponds quand même.' });
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /Seuls les membres de l&#39;organisation Compétences Demain|Seuls les membres de l'organisation Compétences Demain/);
    }
    const form = await member.client.get(`/avis/${reviewId}/reponse`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Réponse de Compétences Demain/);
    const empty = await member.client.post(`/avis/${reviewId}/reponse`, { body: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Écrivez votre réponse/);
    const long = await member.client.post(`/avis/${reviewId}/reponse`, { body: 'x'.repeat(6000) });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /Votre réponse compte 6[\u00a0\u202f]000 caractères/);
    const ok = await member.client.post(`/avis/${reviewId}/reponse`, { body: 'Merci, nous améliorons la page.' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `/services/${service.slug}?avis=reponse#avis`);
    const data = await loadReviewsSection(t.db, service.id, null);
    assert.equal(data.reviews[0]!.reply?.body, 'Merci, nous améliorons la page.');
    assert.match(renderToString(h(ReviewsSection, { data })), /Réponse de Compétences Demain, le/);
    const admin = await account({ roles: ['administrateur'] });
    assert.equal((await admin.client.post(`/avis/${reviewId}/reponse`, { body: 'Réponse modifiée par l’administration.' })).statusCode, 303);
    const replies = await t.db.selectFrom('review_replies').selectAll().where('review_id', '=', reviewId).execute();
    assert.equal(replies.length, 1, 'one reply per review');
    assert.equal(replies[0]!.organisation_id, provider.id);
    assert.equal((await member.client.post('/avis/inconnu/reponse', { body: 'x' })).statusCode, 404);
  });
});
