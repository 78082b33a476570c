import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { DEVELOPER_APIS } from '../apis.registry.js';
import { apiDocument } from '../partner-apis/openapi.documents.js';
import { parisDay } from './health.service.js';
import { createApplication, signUpDeveloper } from './portal.fixtures.js';

const decode = (html: string) =>
  html
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;
const PUBLIC_URL = 'http://localhost:3000';
const TOKEN_URL = `${PUBLIC_URL}/connexion/oauth2/access_token?realm=/partenaire`;

describe('developer portal: landing, API list and API pages', () => {
  let t: TestApp;
  let visitor: TestClient;
  before(async () => {
    t = await buildTestApp({ seed: false });
    visitor = new TestClient(t.app);
  });
  after(async () => t.close());

  test('the landing page presents the APIs, the three steps and the links', async () => {
    const response = await visitor.get('/developpeurs');
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.equal(h1Count(html), 1);
    assert.match(html, /class="fr-breadcrumb"/);
    for (const api of DEVELOPER_APIS) {
      assert.ok(html.includes(`href="/developpeurs/api/${api.slug}"`), `card of ${api.slug}`);
      assert.ok(html.includes(api.summary), `summary of ${api.slug}`);
    }
    assert.match(html, /fr-badge--success fr-badge--no-icon">Ouverte</);
    assert.match(html, />Sur validation</);
    assert.match(html, /Commencer en 3 étapes/);
    for (const href of ['/developpeurs/applications', '/developpeurs/statistiques', '/api/docs', '/inscription']) assert.ok(html.includes(`href="${href}"`), href);
    assert.ok(html.includes(TOKEN_URL));
    // The main navigation leads developers here.
    assert.match(html, /<a class="fr-nav__link" href="\/developpeurs" aria-current="page">Développeurs<\/a>/);
  });

  test('the API list shows every API with its access, limits and health', async () => {
    const response = await visitor.get('/developpeurs/api');
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.equal(h1Count(html), 1);
    for (const api of DEVELOPER_APIS) assert.ok(html.includes(`href="/developpeurs/api/${api.slug}"`));
    assert.match(html, /<caption>Accès, limites et état des API aujourd’hui<\/caption>/);
    assert.match(html, /10 appels par seconde \(pointes jusqu’à 20\)/);
  });

  for (const api of DEVELOPER_APIS) {
    test(`the page of ${api.slug} lists every operation of its document, with samples`, async () => {
      const response = await visitor.get(`/developpeurs/api/${api.slug}`);
      assert.equal(response.statusCode, 200);
      const html = decode(response.body);
      assert.equal(h1Count(html), 1);
      assert.match(html, /class="fr-breadcrumb"/);
      const document = apiDocument(t.app, api);
      const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ path: path.slice(api.basePath.length), method: method.toUpperCase() })));
      assert.ok(operations.length > 0, `${api.slug} has operations`);
      for (const { path, method } of operations) {
        assert.ok(html.includes(`${method}</span> <code>${path}</code>`), `${method} ${path} listed`);
      }
      // Scopes, limits, base URL, the token request and the changelog.
      for (const scope of api.scopes) assert.ok(html.includes(`<code>${scope}</code>`), scope);
      assert.ok(html.includes(`<code>${PUBLIC_URL}${api.basePath}</code>`), 'base URL');
      assert.ok(html.includes(`${api.dailyQuota.toLocaleString('fr-FR')} appels par jour`), 'daily quota');
      assert.ok(html.includes(api.changelog[0]!.text), 'changelog');
      assert.ok(html.includes(`href="/developpeurs/api/${api.slug}/openapi.json"`), 'raw document');
      assert.ok(html.includes(`href="/developpeurs/api/${api.slug}/console`), 'console');
      // Samples in three languages, with the real token URL, scope and base URL.
      const samples = [...html.matchAll(/<pre class="es-code" tabindex="0" aria-label="Exemple (curl|JavaScript|Python)"><code>([\s\S]*?)<\/code><\/pre>/g)];
      assert.deepEqual(
        samples.map((match) => match[1]),
        ['curl', 'JavaScript', 'Python'],
      );
      for (const [, language, code] of samples) {
        assert.ok(code!.includes(TOKEN_URL), `${language}: token URL`);
        assert.ok(code!.includes(api.scopes.join(' ')), `${language}: scope`);
        assert.ok(code!.includes(`${PUBLIC_URL}${api.basePath}/`), `${language}: base URL`);
        assert.ok(code!.includes('client_credentials'), `${language}: grant`);
      }
    });
  }

  test('the description is rendered from Markdown', async () => {
    const html = decode((await visitor.get('/developpeurs/api/moocs')).body);
    assert.match(html, /<div class="es-markdown"><p>Les MOOC publiés/);
  });

  test('an unknown API answers a 404 page, for the page and its console', async () => {
    const response = await visitor.get('/developpeurs/api/inconnue');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /Cette API n(&#39;|')existe pas/);
    const { client } = await signUpDeveloper(t.app, t.db, 'slug');
    assert.equal((await client.get('/developpeurs/api/inconnue/console')).statusCode, 404);
  });

  test('health comes from today’s usage: calls, server errors and latency', async () => {
    const { accountId } = await signUpDeveloper(t.app, t.db, 'sante');
    const applicationId = await createApplication(t.db, accountId);
    const today = parisDay(new Date());
    await t.db
      .insertInto('api_usage_daily')
      .values([
        { application_id: applicationId, api: 'catalogue-des-services', day: today, calls: 1000, server_errors: 3, latency_total_ms: 42_000 },
        { application_id: applicationId, api: 'rome', day: today, calls: 100, server_errors: 2, latency_total_ms: 1000 },
        { application_id: applicationId, api: 'moocs', day: today, calls: 10, server_errors: 1, latency_total_ms: 100 },
        // Yesterday does not count.
        { application_id: applicationId, api: 'catalogue-des-services', day: parisDay(new Date(Date.now() - 36 * 3600_000)), calls: 10, server_errors: 10, latency_total_ms: 10 },
      ])
      .execute();
    const catalogue = decode((await visitor.get('/developpeurs/api/catalogue-des-services')).body);
    assert.match(catalogue, /fr-badge--success">Opérationnelle</);
    assert.match(catalogue, /1\s000 appels aujourd’hui, 0,3\s% d’erreurs serveur, temps de réponse moyen 42 ms/);
    assert.match(decode((await visitor.get('/developpeurs/api/rome')).body), /fr-badge--warning">Dégradée</);
    assert.match(decode((await visitor.get('/developpeurs/api/moocs')).body), /fr-badge--error">Perturbée</);
    await t.db.deleteFrom('api_usage_daily').where('api', '=', 'moocs').execute();
    assert.match(decode((await visitor.get('/developpeurs/api/moocs')).body), /Pas encore d’appels/);
  });
});
