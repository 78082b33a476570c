import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createService } from '../../../../test/factories.js';
import { loadReviewsSection, RatingSummary, ReviewsSection } from './index.js';

const SLUG = 'reussir-l-entretien-d-embauche';
const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('reviews: posting, editing, deleting', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const account = async (email: string, verified = true): Promise<{ client: TestClient; id: number }> => {
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${verified ? new Date() : null} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    return { client, id };
  };
  const reviewsOf = (accountId: number) => t.db.selectFrom('service_reviews').selectAll().where('account_id', '=', accountId).execute();
  const serviceId = async (slug: string) => (await t.db.selectFrom('services').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  test('an unverified account may not review (403), a visitor is asked to log in', async () => {
    const { client, id } = await account('non-verifie@exemple.fr', false);
    await client.get(`/services/${SLUG}`);
    const refused = await client.post(`/services/${SLUG}/avis`, { rating: '4', body: 'Bien.' });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /Confirmez d’abord votre adresse e-mail/);
    assert.equal((await client.get(`/services/${SLUG}/avis/modifier`)).statusCode, 403);
    assert.deepEqual(await reviewsOf(id), []);
    const visitor = await t.app.inject({ url: `/services/${SLUG}/avis/modifier` });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/connexion\?retour=/);
    const data = await loadReviewsSection(t.db, await serviceId(SLUG), null);
    assert.match(decode(renderToString(h(ReviewsSection, { data }))), /Connectez-vous<\/a> ou <a href="\/inscription">créez un compte<\/a> pour donner votre avis/);
  });

  test('one review per account and service: a second post edits it', async () => {
    const { client, id } = await account('claire@exemple.fr');
    await client.get(`/services/${SLUG}/avis/modifier`);
    const first = await client.post(`/services/${SLUG}/avis`, { rating: '4', body: 'Très utile pour préparer mon entretien.' });
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, `/services/${SLUG}?avis=publie#avis`);
    const second = await client.post(`/services/${SLUG}/avis`, { rating: '5', body: 'Encore mieux à la deuxième lecture.' });
    assert.equal(second.statusCode, 303);
    assert.equal(second.headers.location, `/services/${SLUG}?avis=modifie#avis`);
    const rows = await reviewsOf(id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.rating, 5);
    assert.equal(rows[0]!.body, 'Encore mieux à la deuxième lecture.');
    const edit = await client.get(`/services/${SLUG}/avis/modifier`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /<h1>Modifier mon avis<\/h1>/);
    assert.match(edit.body, /id="note-5"[^>]*checked/);
    assert.match(edit.body, /Encore mieux à la deuxième lecture\.<\/textarea>/);
  });

  for (const [rating, message] of [
    ['0', /La note doit être un nombre entier de 1 à 5/],
    ['6', /La note doit être un nombre entier de 1 à 5/],
    ['abc', /La note doit être un nombre entier de 1 à 5 \(vous avez envoyé « abc »\)/],
    ['4.5', /La note doit être un nombre entier de 1 à 5/],
    ['', /Choisissez une note de 1 à 5 étoiles/],
  ] as const) {
    test(`rating « ${rating} » is refused (400) with a French message, the text is kept`, async () => {
      const { client, id } = await account(`note-${Buffer.from(rating).toString('hex') || 'vide'}@exemple.fr`);
      await client.get(`/services/${SLUG}/avis/modifier`);
      const response = await client.post(`/services/${SLUG}/avis`, { rating, body: 'Mon texte <b>gardé</b>' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /<title>Erreur — Donner mon avis/);
      assert.match(response.body, /Le formulaire contient une erreur/);
      assert.match(decode(response.body), message);
      assert.match(response.body, /Mon texte &lt;b>gardé&lt;\/b><\/textarea>/);
      assert.deepEqual(await reviewsOf(id), []);
    });
  }

  test('a text of 20,000 characters is refused with its count; nothing is saved', async () => {
    const { client, id } = await account('bavard@exemple.fr');
    await client.get(`/services/${SLUG}/avis/modifier`);
    const body = 'é'.repeat(20_000);
    const response = await client.post(`/services/${SLUG}/avis`, { rating: '3', body });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Votre avis compte 20\u202f000 caractères : 5\u202f000 au maximum/);
    assert.ok(response.body.includes(`${body}</textarea>`), 'the text is kept');
    assert.match(response.body, /id="note-3"[^>]*checked/);
    assert.deepEqual(await reviewsOf(id), []);
    const exact = await client.post(`/services/${SLUG}/avis`, { rating: '3', body: `${'a'.repeat(4999)}\r\n` + ' ' });
    assert.equal(exact.statusCode, 303, 'CRLF and surrounding spaces do not count');
  });

  test('a post without its CSRF token is refused (403) and the form comes back with the input', async () => {
    const { client, id } = await account('sans-jeton@exemple.fr');
    await client.get(`/services/${SLUG}/avis/modifier`);
    const response = await client.post(`/services/${SLUG}/avis`, { _csrf: '', rating: '2', body: 'Texte à garder' });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /Le formulaire a expiré ou ne provient pas de ce site : vos saisies sont conservées/);
    assert.match(response.body, /Texte à garder<\/textarea>/);
    assert.match(response.body, /id="note-2"[^>]*checked/);
    assert.deepEqual(await reviewsOf(id), []);
    const retry = await client.post(`/services/${SLUG}/avis`, { rating: '2', body: 'Texte à garder' });
    assert.equal(retry.statusCode, 303, 'the re-rendered form carries a fresh token');
  });

  test('posting is limited to 5 reviews an hour per account (429, input kept)', async () => {
    const { client, id } = await account('presse@exemple.fr');
    const services = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createService(t.db)));
    await client.get(`/services/${SLUG}/avis/modifier`);
    for (const service of services.slice(0, 5)) assert.equal((await client.post(`/services/${service.slug}/avis`, { rating: '4', body: '' })).statusCode, 303);
    const limited = await client.post(`/services/${services[5]!.slug}/avis`, { rating: '1', body: 'Sixième avis' });
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(decode(limited.body), /Vous avez publié ou modifié 5 avis en moins d’une heure : réessayez dans \d+ minutes/);
    assert.match(limited.body, /Sixième avis<\/textarea>/);
    assert.equal((await reviewsOf(id)).length, 5);
  });

  test('delete: only one’s own review; someone else’s stays', async () => {
    const owner = await account('auteur@exemple.fr');
    const other = await account('autre@exemple.fr');
    await owner.client.get(`/services/${SLUG}/avis/modifier`);
    await owner.client.post(`/services/${SLUG}/avis`, { rating: '3', body: 'Correct.' });
    await other.client.get(`/services/${SLUG}/avis/modifier`);
    const refused = await other.client.post(`/services/${SLUG}/avis/supprimer`);
    assert.equal(refused.statusCode, 404);
    assert.match(decode(refused.body), /Vous n'avez pas d'avis sur ce service/);
    assert.equal((await reviewsOf(owner.id)).length, 1);
    const deleted = await owner.client.post(`/services/${SLUG}/avis/supprimer`);
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, `/services/${SLUG}?avis=supprime#avis`);
    assert.deepEqual(await reviewsOf(owner.id), []);
    assert.equal((await owner.client.post('/services/n-existe-pas/avis', { rating: '3' })).statusCode, 404);
  });

  test('average, count and distribution match SQL; hidden reviews are not counted', async () => {
    const service = await createService(t.db);
    const ratings = [5, 5, 4, 4, 4, 3, 1, 5, 2, 4];
    for (const rating of ratings) await sql`INSERT INTO service_reviews (service_id, account_id, rating, body) VALUES (${service.id}, NULL, ${rating}, '')`.execute(t.db);
    await sql`INSERT INTO service_reviews (service_id, account_id, rating, body, status) VALUES (${service.id}, NULL, 1, 'masqué', 'masque')`.execute(t.db);
    const { rows } = await sql<{ average: number; count: number; dist: number[] }>`
      SELECT avg(rating)::float8 AS average, count(*)::int AS count,
        array(SELECT (SELECT count(*)::int FROM service_reviews r WHERE r.service_id = ${service.id} AND r.status = 'publie' AND r.rating = g) FROM generate_series(5, 1, -1) g) AS dist
      FROM service_reviews WHERE service_id = ${service.id} AND status = 'publie'`.execute(t.db);
    const expected = rows[0]!;
    const data = await loadReviewsSection(t.db, service.id, null);
    assert.equal(data.stats.count, expected.count);
    assert.equal(data.stats.count, 10);
    assert.ok(Math.abs(data.stats.average! - expected.average) < 0.005, `${data.stats.average} ≈ ${expected.average}`);
    assert.deepEqual(data.stats.distribution.map((item) => item.count), expected.dist);
    assert.deepEqual(data.stats.distribution.map((item) => item.stars), [5, 4, 3, 2, 1]);
    assert.equal(data.reviews.length, 10);
    assert.ok(data.reviews.every((review) => review.body !== 'masqué'));
    const html = decode(renderToString(h(ReviewsSection, { data })));
    assert.match(html, /Note moyenne : <\/span>3,7 sur 5/);
    assert.match(html, /4 étoiles : 4 avis \(40[\u00a0\u202f]%\)/);
    assert.match(html, /Anonyme/);
    assert.match(decode(renderToString(h(RatingSummary, { average: 3.7, count: 10 }))), /Note moyenne : <\/span>3,7 sur 5 \(10 avis\)/);
    assert.match(decode(renderToString(h(RatingSummary, { average: null, count: 0 }))), /Pas encore d’avis/);
  });

  test('the list of all reviews pages through them, newest first', async () => {
    const service = await createService(t.db);
    for (let i = 0; i < 25; i++) {
      await sql`INSERT INTO service_reviews (service_id, account_id, rating, body, created_at) VALUES (${service.id}, NULL, 3, ${`avis ${i}`}, now() - make_interval(mins => ${i}))`.execute(t.db);
    }
    const first = await t.app.inject({ url: `/services/${service.slug}/avis` });
    assert.equal(first.statusCode, 200);
    assert.ok(first.body.indexOf('avis 0<') < first.body.indexOf('avis 1<'));
    assert.doesNotMatch(first.body, /avis 20</);
    const second = await t.app.inject({ url: `/services/${service.slug}/avis?page=2` });
    assert.match(second.body, /avis 24</);
    assert.equal((await t.app.inject({ url: `/services/${service.slug}/avis?page=3` })).statusCode, 400);
    assert.equal((await t.app.inject({ url: '/services/inconnu/avis' })).statusCode, 404);
  });
});
