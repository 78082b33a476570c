import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { addDays, parisDay, parsePeriod } from '../../catalogue/index.js';
import { clientSecretKey, hashClientSecret, newClientSecret, secretHint } from '../oauth/credentials.js';
import { buildDashboard } from './dashboard.service.js';
import { createApplication, decode, developer, insertUsage } from './dashboards.test-support.js';
import { emptyFigures, errorRate, meanLatency, percentileUpperBound, sumFigures } from './usage.repository.js';

describe('p95 latency from the histogram', () => {
  test('no call: no percentile', () => {
    assert.equal(percentileUpperBound([0, 0, 0, 0, 0, 0, 0, 0]), null);
    assert.equal(percentileUpperBound([]), null);
  });

  test('the upper bound of the bucket holding the call of rank ⌈0.95 n⌉', () => {
    assert.equal(percentileUpperBound([100, 0, 0, 0, 0, 0, 0, 0]), 10);
    assert.equal(percentileUpperBound([0, 0, 0, 1, 0, 0, 0, 0]), 100);
    // 100 calls: rank 95 is the last of the < 250 ms bucket…
    assert.equal(percentileUpperBound([0, 0, 0, 0, 95, 5, 0, 0]), 250);
    // …or the first of the < 500 ms one.
    assert.equal(percentileUpperBound([0, 0, 0, 0, 94, 6, 0, 0]), 500);
    // 20 calls: rank 19 (0.95 × 20 is not rounded up to 20).
    assert.equal(percentileUpperBound([19, 1, 0, 0, 0, 0, 0, 0]), 10);
    assert.equal(percentileUpperBound([18, 2, 0, 0, 0, 0, 0, 0]), 25);
    // 7 calls: rank ⌈6.65⌉ = 7, the slowest.
    assert.equal(percentileUpperBound([6, 0, 1, 0, 0, 0, 0, 0]), 50);
    assert.equal(percentileUpperBound([50, 10, 0, 0, 0, 0, 0, 0], 0.5), 10);
  });

  test('in the open bucket (1 000 ms and more) the bound is infinite', () => {
    assert.equal(percentileUpperBound([0, 0, 0, 0, 0, 0, 0, 3]), Infinity);
    assert.equal(percentileUpperBound([90, 0, 0, 0, 0, 0, 4, 6]), Infinity);
    assert.equal(percentileUpperBound([90, 0, 0, 0, 0, 0, 5, 5]), 1000);
  });

  test('sums, error rate and mean latency', () => {
    const a = { ...emptyFigures(), calls: 10, clientErrors: 1, serverErrors: 1, throttled: 2, latencyTotalMs: 300, histogram: [2, 8, 0, 0, 0, 0, 0, 0] };
    const b = { ...emptyFigures(), calls: 30, clientErrors: 2, latencyTotalMs: 900, histogram: [0, 0, 30, 0, 0, 0, 0, 0] };
    const total = sumFigures([a, b]);
    assert.deepEqual(total, { calls: 40, clientErrors: 3, serverErrors: 1, throttled: 2, latencyTotalMs: 1200, histogram: [2, 8, 30, 0, 0, 0, 0, 0] });
    assert.equal(errorRate(total), 0.1);
    assert.equal(meanLatency(total), 30);
    assert.equal(errorRate(emptyFigures()), null);
    assert.equal(meanLatency(emptyFigures()), null);
  });

  test('the dashboard has every day of the period and the APIs in the registry’s order', () => {
    const period = parsePeriod({ periode: '7' }, '2026-11-10');
    assert.ok(period.ok);
    const figures = (calls: number) => ({ ...emptyFigures(), calls, histogram: [calls, 0, 0, 0, 0, 0, 0, 0] });
    const dashboard = buildDashboard(period.period, null, [
      { api: 'rome', day: '2026-11-05', figures: figures(4) },
      { api: 'catalogue-des-services', day: '2026-11-05', figures: figures(6) },
    ], new Map([['2026-11-04', 3], ['2026-10-01', 50]]));
    assert.deepEqual(dashboard.daily.map((day) => day.day), ['2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-10']);
    assert.equal(dashboard.daily[1]!.figures.calls, 10);
    assert.deepEqual(dashboard.perApi.map((api) => api.slug), ['catalogue-des-services', 'rome']);
    assert.equal(dashboard.tokensGranted, 3);
  });
});

describe('application dashboard', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof developer>>;
  let other: Awaited<ReturnType<typeof developer>>;
  let appId: number;
  const today = parisDay(new Date());

  before(async () => {
    t = await buildTestApp({ seed: false });
    owner = await developer(t.app, t.db, 'proprietaire-appli@exemple.fr');
    other = await developer(t.app, t.db, 'autre-developpeur@exemple.fr');
    appId = await createApplication(t.db, owner.accountId, { name: 'Agrégateur emploi' });
    const otherApp = await createApplication(t.db, other.accountId, { name: 'Autre appli' });
    await insertUsage(t.db, appId, 'catalogue-des-services', addDays(today, -1), {
      calls: 100,
      client_errors: 3,
      server_errors: 1,
      throttled: 7,
      latency_total_ms: 4200,
      latency_histogram: [10, 30, 40, 14, 5, 1, 0, 0],
    });
    await insertUsage(t.db, appId, 'rome', addDays(today, -3), { calls: 20, client_errors: 1, latency_total_ms: 1800, latency_histogram: [0, 0, 0, 10, 10, 0, 0, 0] });
    await insertUsage(t.db, appId, 'rome', addDays(today, -20), { calls: 1000, latency_total_ms: 5000 }); // outside 7 days
    await insertUsage(t.db, otherApp, 'catalogue-des-services', addDays(today, -1), { calls: 777, latency_total_ms: 777 });
    await t.db.insertInto('token_grants_daily').values([
      { application_id: appId, day: addDays(today, -1), granted: 12, refused: 2 },
      { application_id: appId, day: addDays(today, -2), granted: 5, refused: 0 },
      { application_id: otherApp, day: addDays(today, -1), granted: 300, refused: 0 },
    ]).execute();
  });
  after(async () => t.close());

  test('figures equal to the rows of the period: totals, error rate, latency, p95, tokens, per API', async () => {
    const response = await owner.client.get(`/developpeurs/applications/${appId}/statistiques?periode=7`);
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.match(html, /<h1>Statistiques — Agrégateur emploi<\/h1>/);
    const card = (label: string, value: string) => new RegExp(`<h3 class="fr-card__title">${label}</h3><p class="fr-h3 fr-mb-1w">${value}</p>`);
    assert.match(html, card('Appels', '120'));
    assert.match(html, card('Erreurs client \\(4xx\\)', '4'));
    assert.match(html, card('Erreurs serveur \\(5xx\\)', '1'));
    assert.match(html, card('Taux d’erreur', '4,2 %')); // 5 / 120
    assert.match(html, card('Refus pour dépassement \\(429\\)', '7'));
    assert.match(html, card('Temps de réponse moyen', '50 ms')); // 6000 ms / 120
    // 120 calls, rank 114: 10 + 30 + 40 + 24 = 104 under 100 ms, 119 under 250 ms.
    assert.match(html, card('Temps de réponse du 95e centile', 'moins de 250 ms'));
    assert.match(html, card('Jetons d’accès délivrés', '17'));
    assert.doesNotMatch(html, /777|1 000 appels|Autre appli/);
    // Charts with their summaries and tables.
    assert.match(html, /<svg class="es-chart" role="img" aria-labelledby="graphique-appels-titre graphique-appels-resume"/);
    assert.match(html, /<p id="graphique-appels-resume">120 appels du .* sur 2 jours ; pic le .* \(100 appels\)\.<\/p>/);
    assert.match(html, /<p id="graphique-erreurs-resume">5 erreurs .* \(4 côté client, 1 côté serveur\), soit 4,2 % des appels/);
    assert.match(html, /<caption>Temps de réponse moyen par jour<\/caption>/);
    // Per API: the catalogue (100 calls, 4 % errors, 42 ms, p95 < 250 ms) then ROME (20 calls, 90 ms, p95 < 250 ms).
    assert.match(html, /<th scope="row">Catalogue des services Emploi Store<\/th><td>100<\/td><td>3<\/td><td>1<\/td><td>4 %<\/td><td>7<\/td><td>42 ms<\/td><td>moins de 250 ms<\/td>/);
    assert.match(html, /<th scope="row">ROME — Répertoire opérationnel des métiers et des emplois<\/th><td>20<\/td><td>1<\/td><td>0<\/td><td>5 %<\/td><td>0<\/td><td>90 ms<\/td><td>moins de 250 ms<\/td>/);
    assert.doesNotMatch(html, /style=/);
  });

  test('the API filter and a longer period', async () => {
    const rome = decode((await owner.client.get(`/developpeurs/applications/${appId}/statistiques?periode=30&api=rome`)).body);
    assert.match(rome, /<h3 class="fr-card__title">Appels<\/h3><p class="fr-h3 fr-mb-1w">1 020<\/p>/);
    assert.match(rome, /Seuls les appels à l’API « ROME/);
    assert.doesNotMatch(rome, /<th scope="row">Catalogue des services Emploi Store<\/th>/);
    const empty = decode((await owner.client.get(`/developpeurs/applications/${appId}/statistiques?periode=7&api=moocs`)).body);
    assert.match(empty, /Aucun appel sur cette période/);
    assert.equal((await owner.client.get(`/developpeurs/applications/${appId}/statistiques?periode=12`)).statusCode, 400);
    assert.equal((await owner.client.get(`/developpeurs/applications/${appId}/statistiques?api=inconnue`)).statusCode, 400);
  });

  test('calls made through the real API and token endpoint show at once', async () => {
    const realId = await createApplication(t.db, owner.accountId, { name: 'Appli appelante' });
    const secret = newClientSecret();
    await t.db.insertInto('application_secrets').values({ application_id: realId, secret_hash: hashClientSecret(await clientSecretKey(t.db), secret), hint: secretHint(secret), expires_at: null }).execute();
    await t.db.insertInto('api_subscriptions').values({ application_id: realId, api: 'catalogue-des-services', status: 'validee', decided_at: new Date(), submitted_at: null }).execute();
    const { client_id: clientId } = await t.db.selectFrom('developer_applications').select('client_id').where('id', '=', realId).executeTakeFirstOrThrow();
    const token = await t.app.inject({
      method: 'POST',
      url: '/connexion/oauth2/access_token?realm=/partenaire',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: 'api_cataloguedesservicesemploistorev1' }).toString(),
    });
    assert.equal(token.statusCode, 200, token.body);
    const authorization = `Bearer ${token.json<{ access_token: string }>().access_token}`;
    const base = '/partenaire/cataloguedesservicesemploistore/v1/fichesservices';
    assert.ok([200, 204, 206].includes((await t.app.inject({ url: base, headers: { authorization } })).statusCode));
    assert.equal((await t.app.inject({ url: `${base}/999999`, headers: { authorization } })).statusCode, 404);
    const html = decode((await owner.client.get(`/developpeurs/applications/${realId}/statistiques?periode=7`)).body);
    assert.match(html, /<h3 class="fr-card__title">Appels<\/h3><p class="fr-h3 fr-mb-1w">2<\/p>/);
    assert.match(html, /<h3 class="fr-card__title">Erreurs client \(4xx\)<\/h3><p class="fr-h3 fr-mb-1w">1<\/p>/);
    assert.match(html, /<h3 class="fr-card__title">Jetons d’accès délivrés<\/h3><p class="fr-h3 fr-mb-1w">1<\/p>/);
    assert.match(html, /<th scope="row">Catalogue des services Emploi Store<\/th><td>2<\/td><td>1<\/td><td>0<\/td><td>50 %<\/td>/);
  });

  test('the owner only: 404 for another developer or an unknown id, log-in for a visitor, 403 for a non-developer', async () => {
    assert.equal((await other.client.get(`/developpeurs/applications/${appId}/statistiques`)).statusCode, 404);
    assert.equal((await owner.client.get('/developpeurs/applications/999999/statistiques')).statusCode, 404);
    assert.equal((await owner.client.get('/developpeurs/applications/abc/statistiques')).statusCode, 404);
    const visitor = await new TestClient(t.app).get(`/developpeurs/applications/${appId}/statistiques`);
    assert.equal(visitor.statusCode, 303);
    assert.equal(visitor.headers.location, `/connexion?retour=${encodeURIComponent(`/developpeurs/applications/${appId}/statistiques`)}`);
    const candidate = await developer(t.app, t.db, 'simple-candidat@exemple.fr');
    await t.db.updateTable('accounts').set({ roles: ['candidat'] }).where('id', '=', candidate.accountId).execute();
    assert.equal((await candidate.client.get(`/developpeurs/applications/${appId}/statistiques`)).statusCode, 403);
  });
});
