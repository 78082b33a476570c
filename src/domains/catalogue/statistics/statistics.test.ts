import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createOrganisation, createService } from '../../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { aggregateServiceStatistics } from './aggregate.job.js';
import { parisDay } from './period.js';

const decode = (html: string) =>
  html
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u202f\u00a0]/g, ' ');

describe('partner statistics', () => {
  let t: TestApp;
  let n = 0;
  let orgA: { id: number; slug: string };
  let orgB: { id: number; slug: string };
  let serviceA1: { id: number; slug: string };
  let serviceA2: { id: number; slug: string };
  let serviceB: { id: number; slug: string };
  let memberA: TestClient;
  let memberB: TestClient;

  async function member(organisationId: number | null, options: { verified?: boolean } = {}): Promise<TestClient> {
    const email = `statistiques${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${options.verified === false ? null : sql`now()`}, roles = ARRAY['partenaire']::text[] WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    if (organisationId !== null) await t.db.insertInto('organisation_members').values({ organisation_id: organisationId, account_id: id, role: 'editeur' }).execute();
    return client;
  }

  const stats = (serviceId: number, day: string, values: { views?: number; link_outs?: number; favourites_added?: number; favourites_removed?: number }) =>
    t.db
      .insertInto('service_daily_stats')
      .values({ service_id: serviceId, day, ...values })
      .execute();
  const review = (serviceId: number, rating: number, createdAt: string, status = 'publie') =>
    sql`INSERT INTO service_reviews (service_id, rating, status, created_at) VALUES (${serviceId}, ${rating}, ${status}, ${createdAt}::timestamptz)`.execute(t.db);

  before(async () => {
    t = await buildTestApp({ seed: false });
    orgA = await createOrganisation(t.db, { slug: 'agence-alpha', name: 'Agence Alpha' });
    orgB = await createOrganisation(t.db, { slug: 'bureau-beta', name: 'Bureau Bêta' });
    serviceA1 = await createService(t.db, { providerId: orgA.id, slug: 'alpha-cv', name: 'Alpha CV' });
    serviceA2 = await createService(t.db, { providerId: orgA.id, slug: 'alpha-entretien', name: '=Alpha; "entretien"' });
    serviceB = await createService(t.db, { providerId: orgB.id, slug: 'beta-secret', name: 'Bêta secret' });
    memberA = await member(orgA.id);
    memberB = await member(orgB.id);
    // Period 2025-10-01 → 2025-10-10; the previous one is 2025-09-21 → 2025-09-30.
    await stats(serviceA1.id, '2025-10-01', { views: 10, link_outs: 2, favourites_added: 1 });
    await stats(serviceA1.id, '2025-10-05', { views: 30, link_outs: 4 });
    await stats(serviceA2.id, '2025-10-05', { views: 5, favourites_removed: 1 });
    await stats(serviceA2.id, '2025-10-10', { views: 15, link_outs: 1, favourites_added: 2 });
    await stats(serviceA1.id, '2025-09-25', { views: 40, link_outs: 4, favourites_added: 3 });
    await stats(serviceA1.id, '2025-09-30', { views: 10 });
    await stats(serviceA1.id, '2025-10-11', { views: 1000 }); // after the period
    await stats(serviceB.id, '2025-10-05', { views: 777, link_outs: 777 });
    await review(serviceA1.id, 5, '2025-10-02T12:00:00Z');
    await review(serviceA2.id, 4, '2025-10-03T12:00:00Z');
    await review(serviceA2.id, 1, '2025-10-03T13:00:00Z', 'masque');
    await review(serviceA1.id, 2, '2025-09-28T12:00:00Z');
  });
  after(async () => t.close());

  const PERIOD = 'periode=personnalisee&du=2025-10-01&au=2025-10-10';

  test('totals, comparison with the previous period, charts with summaries and tables, per-service table', async () => {
    const response = await memberA.get(`/espace-partenaire/agence-alpha/statistiques?${PERIOD}`);
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.match(html, /<h1>Statistiques<\/h1>/);
    assert.match(html, /fr-sidemenu__item--active[^>]*><a[^>]*aria-current="page"[^>]*>Statistiques/);
    assert.match(html, /Chiffres clés du 1er au 10 octobre 2025/);
    // Views 60 against 50: +10 (+20 %); link-outs 7 against 4; favourites 3 against 3; ratings 2 (4,5) against 1 (2).
    assert.match(html, /<h3 class="fr-card__title">Vues<\/h3><p class="fr-h3 fr-mb-1w">60<\/p><p class="fr-card__desc">\+10 \(\+20 %\) par rapport aux 10 jours précédents \(50\)<\/p>/);
    assert.match(html, /Accès au service<\/h3><p class="fr-h3 fr-mb-1w">7<\/p><p class="fr-card__desc">\+3 \(\+75 %\) par rapport aux 10 jours précédents \(4\)/);
    assert.match(html, /Favoris ajoutés<\/h3><p class="fr-h3 fr-mb-1w">3<\/p><p class="fr-card__desc">0 \(0 %\) par rapport aux 10 jours précédents \(3\)<\/p><p class="fr-card__desc">Retirés des favoris : 1/);
    assert.match(html, /Notes<\/h3><p class="fr-h3 fr-mb-1w">2<\/p><p class="fr-card__desc">\+1 \(\+100 %\) par rapport aux 10 jours précédents \(1\)<\/p><p class="fr-card__desc">Note moyenne : 4,5 \/ 5 \(\+2,5 par rapport à la période précédente : 2\)/);
    assert.match(html, /60 vues du 1er au 10 octobre 2025, \+20 % par rapport aux 10 jours précédents ; pic le 5 octobre \(35 vues\)\./);
    assert.match(html, /<svg class="es-chart" role="img" aria-labelledby="graphique-views-titre graphique-views-resume"/);
    assert.match(html, /<p id="graphique-views-resume">/);
    assert.doesNotMatch(html, /style=/);
    // The data table of the views chart: 10 days, 35 on the 5th.
    const viewsTable = html.slice(html.indexOf('<caption>Vues par jour</caption>'), html.indexOf('</table>', html.indexOf('<caption>Vues par jour</caption>')));
    assert.equal((viewsTable.match(/<th scope="row">/g) ?? []).length, 10);
    assert.match(viewsTable, /<th scope="row">5 octobre 2025<\/th><td>35<\/td>/);
    // Per service: Alpha CV 40 views, 6 link-outs; the other 20 views, rating 4.
    assert.match(html, /<th scope="row">Alpha CV<\/th><td>40<\/td><td>6<\/td><td>1<\/td><td>0<\/td><td>1<\/td><td>5<\/td>/);
    assert.match(html, /<th scope="row">=Alpha; "entretien"<\/th><td>20<\/td><td>1<\/td><td>2<\/td><td>1<\/td><td>1<\/td><td>4<\/td>/);
    assert.doesNotMatch(html, /Bêta secret|777/);
    assert.match(html, /href="\/espace-partenaire\/agence-alpha\/statistiques\.csv\?du=2025-10-01&au=2025-10-10"/);
  });

  test('the service filter narrows the figures to one of the organisation’s services', async () => {
    const html = decode((await memberA.get(`/espace-partenaire/agence-alpha/statistiques?${PERIOD}&service=alpha-entretien`)).body);
    assert.match(html, /<h3 class="fr-card__title">Vues<\/h3><p class="fr-h3 fr-mb-1w">20<\/p><p class="fr-card__desc">\+20 par rapport aux 10 jours précédents \(0\)/);
    assert.match(html, /20 vues du 1er au 10 octobre 2025, contre 0 les 10 jours précédents ; pic le 10 octobre \(15 vues\)/);
    assert.match(html, /<option value="alpha-entretien" selected>/);
    assert.doesNotMatch(html, /<th scope="row">Alpha CV<\/th>/);
  });

  test('a test visitor’s view and link-out show at once (events not aggregated yet), robots do not count', async () => {
    const service = await createService(t.db, { providerId: orgA.id, slug: 'alpha-direct', name: 'Alpha direct' });
    const visitor = await signUp(t.app, 'visiteur@exemple.fr');
    await visitor.get('/services/alpha-direct');
    assert.equal((await visitor.get('/services/alpha-direct/acceder')).statusCode, 302);
    await t.app.inject({ url: '/services/alpha-direct', headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
    await t.app.inject({ url: '/services/alpha-direct/acceder', headers: { 'user-agent': 'curl/8.5.0' } });
    await t.app.inject({ url: '/services/alpha-direct', headers: { 'user-agent': '' } }); // no User-Agent
    const events = await t.db.selectFrom('service_events').select(['kind']).where('service_id', '=', service.id).orderBy('id').execute();
    assert.deepEqual(events.map((event) => event.kind), [1, 2]);
    const check = async () => {
      const html = decode((await memberA.get('/espace-partenaire/agence-alpha/statistiques?periode=7&service=alpha-direct')).body);
      const today = parisDay(new Date());
      assert.match(html, /<h3 class="fr-card__title">Vues<\/h3><p class="fr-h3 fr-mb-1w">1<\/p>/);
      assert.match(html, /<h3 class="fr-card__title">Accès au service<\/h3><p class="fr-h3 fr-mb-1w">1<\/p>/);
      const csv = (await memberA.get(`/espace-partenaire/agence-alpha/statistiques.csv?du=${today}&au=${today}&service=alpha-direct`)).body;
      assert.match(csv, new RegExp(`^${today};Alpha direct;alpha-direct;1;1;0;0;0;$`, 'm'));
    };
    await check();
    await aggregateServiceStatistics(t.db);
    await check();
  });

  test('favourites count only real changes', async () => {
    const service = await createService(t.db, { providerId: orgA.id, slug: 'alpha-favori', name: 'Alpha favori' });
    const visitor = await signUp(t.app, 'favoris@exemple.fr');
    await visitor.get('/services/alpha-favori');
    for (let i = 0; i < 2; i++) assert.equal((await visitor.post('/services/alpha-favori/favori')).statusCode, 303);
    for (let i = 0; i < 2; i++) assert.equal((await visitor.post('/services/alpha-favori/favori/retirer')).statusCode, 303);
    const kinds = await t.db.selectFrom('service_events').select('kind').where('service_id', '=', service.id).where('kind', '>', 2).orderBy('id').execute();
    assert.deepEqual(kinds.map((event) => event.kind), [3, 4]);
  });

  test('CSV export: BOM, header, one line per service and per day, `;` and escaping', async () => {
    const response = await memberA.get(`/espace-partenaire/agence-alpha/statistiques.csv?du=2025-10-04&au=2025-10-05`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(response.headers['content-disposition'], 'attachment; filename="statistiques-agence-alpha-2025-10-04-2025-10-05.csv"');
    assert.equal(response.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'Date;Service;Adresse du service;Vues;Accès au service;Favoris ajoutés;Favoris retirés;Notes;Note moyenne');
    assert.equal(lines.at(-1), '');
    const data = lines.slice(1, -1);
    // Every service of the organisation (4 by now) × 2 days, in name order.
    assert.equal(data.length, 8);
    assert.ok(data.includes('2025-10-05;Alpha CV;alpha-cv;30;4;0;0;0;'));
    assert.ok(data.includes('2025-10-04;Alpha CV;alpha-cv;0;0;0;0;0;'));
    assert.ok(data.includes(`2025-10-05;"'=Alpha; ""entretien""";alpha-entretien;5;0;0;1;0;`));
    assert.ok(!response.body.includes('beta'));
    const ratings = (await memberA.get('/espace-partenaire/agence-alpha/statistiques.csv?du=2025-10-02&au=2025-10-03&service=alpha-cv')).body;
    assert.match(ratings, /^2025-10-02;Alpha CV;alpha-cv;0;0;0;0;1;5$/m);
  });

  test('a member of one organisation reads nothing of another', async () => {
    for (const url of ['/espace-partenaire/agence-alpha/statistiques', `/espace-partenaire/agence-alpha/statistiques.csv?du=2025-10-01&au=2025-10-10`]) {
      const response = await memberB.get(url);
      assert.equal(response.statusCode, 403, url);
      assert.doesNotMatch(response.body, /Alpha CV|alpha-cv/);
    }
    // Another organisation's service through the filter: refused, and none of its figures.
    const page = await memberA.get(`/espace-partenaire/agence-alpha/statistiques?${PERIOD}&service=beta-secret`);
    assert.equal(page.statusCode, 400);
    assert.match(decode(page.body), /Ce service ne fait pas partie des services de l’organisation\./);
    assert.doesNotMatch(page.body, /777/);
    const csv = await memberA.get(`/espace-partenaire/agence-alpha/statistiques.csv?du=2025-10-01&au=2025-10-10&service=beta-secret`);
    assert.equal(csv.statusCode, 400);
    assert.doesNotMatch(csv.body, /777/);
    // Unknown organisation, no organisation, unverified e-mail, not logged in.
    assert.equal((await memberA.get('/espace-partenaire/inconnu/statistiques')).statusCode, 404);
    assert.equal((await (await member(null)).get('/espace-partenaire/agence-alpha/statistiques')).statusCode, 403);
    assert.equal((await (await member(orgA.id, { verified: false })).get('/espace-partenaire/agence-alpha/statistiques')).statusCode, 403);
    const anonymous = await t.app.inject({ url: '/espace-partenaire/agence-alpha/statistiques.csv' });
    assert.notEqual(anonymous.statusCode, 200);
    assert.doesNotMatch(anonymous.body, /Alpha CV/);
    // Operator administrators may read any organisation's figures.
    const admin = await member(null);
    await sql`UPDATE accounts SET roles = ARRAY['administrateur']::text[] WHERE id = (SELECT max(id) FROM accounts)`.execute(t.db);
    assert.equal((await admin.get('/espace-partenaire/bureau-beta/statistiques')).statusCode, 200);
  });

  test('invalid periods get a 400 page with a French message and the input kept', async () => {
    const cases: [string, RegExp][] = [
      ['periode=personnalisee&du=2025-02-30&au=2025-03-10', /La date de début n’est pas une date valide/],
      ['periode=personnalisee&du=hier&au=2025-03-10', /La date de début n’est pas une date valide/],
      ['periode=personnalisee&au=2025-03-10', /Indiquez la date de début/],
      ['du=2025-03-10&au=2025-03-01', /La date de fin doit être la même que la date de début ou après/],
      ['du=2024-01-01&au=2025-03-01', /La période ne peut pas dépasser 366 jours/],
      ['du=2025-01-01&au=2999-01-01', /La date de fin ne peut pas être dans le futur/],
      ['periode=12', /Choisissez l’une des périodes proposées/],
    ];
    for (const [query, message] of cases) {
      const response = await memberA.get(`/espace-partenaire/agence-alpha/statistiques?${query}`);
      assert.equal(response.statusCode, 400, query);
      const html = decode(response.body);
      assert.match(html, message, query);
      assert.match(html, /id="resume-erreurs"/);
      assert.doesNotMatch(html, /Chiffres clés/);
      const csv = await memberA.get(`/espace-partenaire/agence-alpha/statistiques.csv?${query}`);
      assert.equal(csv.statusCode, 400, query);
      assert.match(decode(csv.body), message);
    }
    assert.match(decode((await memberA.get('/espace-partenaire/agence-alpha/statistiques?du=2025-02-30&au=2025-03-10')).body), /value="2025-02-30"/);
    // A 366-day period is accepted.
    assert.equal((await memberA.get('/espace-partenaire/agence-alpha/statistiques?du=2024-01-01&au=2024-12-31')).statusCode, 200);
  });

  test('the default period is the last 30 days, ending today', async () => {
    const html = decode((await memberA.get('/espace-partenaire/agence-alpha/statistiques')).body);
    const today = parisDay(new Date());
    assert.match(html, new RegExp(`name="au" value="${today}"`));
    assert.match(html, /<option value="30" selected>/);
    assert.match(html, /par rapport aux 30 jours précédents/);
  });
});
