import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, TestClient } from '../../../../test/helpers/client.js';
import { createApplication, signUpDeveloper } from './portal.fixtures.js';

const decode = (html: string) =>
  html
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const CONSOLE = '/developpeurs/api/catalogue-des-services/console';
const SCOPE = 'api_cataloguedesservicesemploistorev1';

describe('developer portal: try-it console', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  /** A developer with one application subscribed (validated) to the catalogue API, console open. */
  const subscribedDeveloper = async (prefix: string) => {
    const developer = await signUpDeveloper(t.app, t.db, prefix);
    const applicationId = await createApplication(t.db, developer.accountId, { 'catalogue-des-services': 'validee' }, `Mon appli ${prefix}`);
    const page = await developer.client.get(CONSOLE);
    assert.equal(page.statusCode, 200);
    return { ...developer, applicationId };
  };

  test('a visitor is sent to log in; an account without the developer role is refused', async () => {
    const response = await new TestClient(t.app).get(CONSOLE);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/connexion?retour=${encodeURIComponent(CONSOLE)}`);
    const candidate = await signUp(t.app, 'candidat-console@exemple.fr');
    assert.equal((await candidate.get(CONSOLE)).statusCode, 403);
  });

  test('a developer without an application is told how to create one', async () => {
    const { client } = await signUpDeveloper(t.app, t.db, 'sans-appli');
    const response = await client.get(CONSOLE);
    assert.equal(response.statusCode, 200);
    const html = decode(response.body);
    assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1);
    assert.match(html, /Vous n’avez pas encore d’application/);
    assert.match(html, /<a href="\/developpeurs\/applications">Créer une application<\/a>/);
    assert.doesNotMatch(html, /method="post" action="\/developpeurs\/api/);
    assert.match(html, /<script type="module" src="\/static\/js\/api-console.js"><\/script>/);
  });

  test('with a subscribed application, the console gets a token and calls the API for real', async () => {
    const { client, applicationId } = await subscribedDeveloper('appel');
    const form = decode((await client.get(`${CONSOLE}?operation=get-fichesservices`)).body);
    assert.match(form, new RegExp(`<option value="${applicationId}"[^>]*>Mon appli appel \\(abonnée\\)</option>`));
    for (const name of ['motsCles', 'thematique', 'typeService', 'public', 'range']) assert.match(form, new RegExp(`name="requete-${name}"`));

    const response = await client.post(CONSOLE, { application: String(applicationId), operation: 'get-fichesservices', 'requete-range': '0-4', 'requete-inconnu': 'x' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const html = decode(response.body);
    // The token response.
    const token = /<input class="fr-input" id="champ-jeton" type="text" readonly value="([^"]+)"/.exec(html)?.[1];
    assert.ok(token && token.split('.').length === 3, 'a JWT in a readonly field');
    assert.match(html, /data-copy-target="champ-jeton"[^>]*hidden/);
    assert.ok(html.includes(`<code>${SCOPE}</code>`));
    // The equivalent curl command: only declared parameters.
    assert.ok(html.includes(`curl -i 'http://localhost:3000/partenaire/cataloguedesservicesemploistore/v1/fichesservices?range=0-4'`));
    assert.ok(html.includes(`Authorization: Bearer ${token}`));
    assert.doesNotMatch(html, /inconnu=x/);
    // The response: 206 (more services than the range), paging and rate-limit headers, the demo catalogue's JSON.
    assert.match(html, /fr-badge--success">206 Partial Content</);
    assert.match(html, /<th scope="row">Content-Range<\/th><td><code>fichesservices 0-4\/\d+<\/code>/);
    assert.match(html, /<th scope="row">RateLimit-Limit<\/th>/);
    const body = /<pre class="es-code" tabindex="0" aria-label="Corps de la réponse"><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
    assert.ok(body, 'the body is shown');
    const json = JSON.parse(body) as { resultats: { nom: string }[] };
    assert.equal(json.resultats.length, 5);
    const { rows } = await sql<{ name: string }>`SELECT name FROM services WHERE status = 'publie' ORDER BY name LIMIT 5`.execute(t.db);
    assert.ok(rows.length > 0);
    assert.ok(json.resultats.some((sheet) => rows.some((row) => row.name === sheet.nom)), 'demo services in the answer');
    assert.ok(body.includes('\n  "resultats": ['), 'pretty-printed');

    // It counted like a real call.
    await t.app.developer.flushUsage();
    const usage = await t.db.selectFrom('api_usage_daily').select(['calls']).where('application_id', '=', applicationId).where('api', '=', 'catalogue-des-services').executeTakeFirst();
    assert.equal(Number(usage?.calls), 1);
  });

  test('path parameters are encoded and the API’s own answer is shown', async () => {
    const { client, applicationId } = await subscribedDeveloper('chemin');
    const { rows } = await sql<{ id: number; name: string }>`SELECT id, name FROM services WHERE status = 'publie' ORDER BY id LIMIT 1`.execute(t.db);
    const service = rows[0]!;
    const found = decode((await client.post(CONSOLE, { application: String(applicationId), operation: 'get-fichesservices-id', 'chemin-id': String(service.id) })).body);
    assert.match(found, /fr-badge--success">200 OK</);
    assert.ok(found.includes(`"nom": ${JSON.stringify(service.name)}`));
    const odd = decode((await client.post(CONSOLE, { application: String(applicationId), operation: 'get-fichesservices-id', 'chemin-id': '1/../../autre?x=1' })).body);
    assert.ok(odd.includes(`/fichesservices/1%2F..%2F..%2Fautre%3Fx%3D1'`), 'the value stays in its path segment');
    assert.match(odd, /fr-badge--warning">(400 Bad Request|404 Not Found)</);
  });

  test('a missing required parameter answers 400 with the error summary and the input kept', async () => {
    const { client, applicationId } = await subscribedDeveloper('manque');
    const response = await client.post(CONSOLE, { application: String(applicationId), operation: 'get-fichesservices-id', 'chemin-id': '  ' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    assert.match(html, /<title>Erreur — Console/);
    assert.match(html, /id="resume-erreurs"/);
    assert.match(html, /<a href="#champ-chemin-id">id : Indiquez une valeur pour id : ce paramètre est obligatoire.<\/a>/);
    assert.match(html, new RegExp(`<option value="${applicationId}" selected`));
    assert.match(html, /<input type="hidden" name="operation" value="get-fichesservices-id"\/>/);
    assert.doesNotMatch(html, /id="champ-jeton"/);
    const noApplication = await client.post(CONSOLE, { application: '', operation: 'get-fichesservices', 'requete-motsCles': 'cv,entretien' });
    assert.equal(noApplication.statusCode, 400);
    assert.match(decode(noApplication.body), /name="requete-motsCles" value="cv,entretien"/);
  });

  test('someone else’s application, or an unknown one, is a 404', async () => {
    const owner = await subscribedDeveloper('proprietaire');
    const { client } = await subscribedDeveloper('autre');
    assert.equal((await client.post(CONSOLE, { application: String(owner.applicationId), operation: 'get-fichesservices' })).statusCode, 404);
    assert.equal((await client.post(CONSOLE, { application: '999999', operation: 'get-fichesservices' })).statusCode, 404);
    assert.equal((await client.post(CONSOLE, { application: 'abc', operation: 'get-fichesservices' })).statusCode, 404);
  });

  test('an application not subscribed to the API gets a clear message with a link to subscribe it', async () => {
    const { client, accountId } = await signUpDeveloper(t.app, t.db, 'non-abonne');
    const rome = await createApplication(t.db, accountId, { rome: 'validee' }, 'Appli ROME');
    const pending = await createApplication(t.db, accountId, { 'catalogue-des-services': 'soumise' }, 'Appli en attente');
    const form = decode((await client.get(CONSOLE)).body);
    assert.match(form, /Aucune de vos applications n’est encore abonnée à cette API/);
    assert.match(form, />Appli ROME \(non abonnée\)</);
    const response = await client.post(CONSOLE, { application: String(rome), operation: 'get-fichesservices' });
    assert.equal(response.statusCode, 403);
    const html = decode(response.body);
    assert.match(html, /L’application « Appli ROME » n’est pas abonnée à cette API/);
    assert.ok(html.includes(`<a href="/developpeurs/applications/${rome}">Abonner « Appli ROME » à cette API</a>`));
    assert.doesNotMatch(html, /id="resultat"/);
    const waiting = decode((await client.post(CONSOLE, { application: String(pending), operation: 'get-fichesservices' })).body);
    assert.match(waiting, /L’abonnement de « Appli en attente » à cette API n’est pas encore validé/);
  });
});
