import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { signUp } from '../helpers/client.js';
import { auditPage, collectErrors, desktopUserAgent, logIn, navigation, useE2E } from './helpers.js';

const DEVELOPER = 'lea.developpeuse@example.fr';
const APPLICATION = 'Mon tableau de bord emploi';

describe('developer journey in Chromium: application, subscription, token in the console, API call, dashboard', () => {
  const e2e = useE2E();

  test('a developer registers an application, subscribes, calls the catalogue API from the console and sees the call', async () => {
    const { app, db } = e2e.app;
    await signUp(app, DEVELOPER);
    await sql`UPDATE accounts SET display_name = 'Léa', email_verified_at = now() WHERE email_normalized = ${DEVELOPER}`.execute(db);
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await logIn(page, errors, DEVELOPER, 'developer');

    // ── 1. Become a developer (accept the API terms), then create an application.
    let response = await page.goto('/developpeurs');
    await auditPage(page, errors, { name: 'developer portal', response });
    response = await page.goto('/developpeurs/applications');
    await auditPage(page, errors, { name: 'API terms', response });
    await page.locator('label[for="champ-accepte"]').click(); // the DSFR draws the box on the label
    response = await navigation(page, () => page.getByRole('button', { name: 'Devenir développeur' }).click());
    await auditPage(page, errors, { name: 'my applications (none)', response });
    response = await navigation(page, () => page.getByRole('link', { name: 'Créer une application' }).click());
    await auditPage(page, errors, { name: 'new application form', response });
    await page.fill('#champ-name', APPLICATION);
    await page.fill('#champ-description', 'Un tableau de bord qui rassemble les services utiles à ma recherche d’emploi.');
    response = await navigation(page, () => page.getByRole('button', { name: 'Créer l’application' }).click());
    await auditPage(page, errors, { name: 'secret shown once', response });
    const shown = (await page.locator('main input, main code').evaluateAll((nodes) => nodes.map((node) => (node instanceof HTMLInputElement ? node.value : node.textContent ?? '')))).join(' ');
    assert.match(shown, /\b[0-9a-f]{64}\b/, 'the client secret is shown once');
    const application = await db.selectFrom('developer_applications').select(['id', 'client_id']).where('name', '=', APPLICATION).executeTakeFirstOrThrow();
    assert.ok(shown.includes(application.client_id));

    // ── 2. Subscribe to the catalogue API (open: granted at once).
    response = await page.goto(`/developpeurs/applications/${application.id}`);
    await auditPage(page, errors, { name: 'application page', response });
    const catalogue = page.locator('section[aria-labelledby="abonnements"] li, section[aria-labelledby="abonnements"] tr, section[aria-labelledby="abonnements"] .fr-card').filter({ hasText: 'Catalogue des services Emploi Store' }).first();
    response = await navigation(page, () => catalogue.getByRole('button', { name: 'S’abonner' }).click());
    await auditPage(page, errors, { name: 'application page after subscribing', response });
    const subscription = await db.selectFrom('api_subscriptions').select('status').where('application_id', '=', application.id).where('api', '=', 'catalogue-des-services').executeTakeFirstOrThrow();
    assert.equal(subscription.status, 'validee');

    // ── 3. The API page, then the console: a token for the application and a real call.
    response = await page.goto('/developpeurs/api/catalogue-des-services');
    await auditPage(page, errors, { name: 'catalogue API page', response });
    response = await page.goto('/developpeurs/api/catalogue-des-services/console');
    await auditPage(page, errors, { name: 'console', response });
    await page.selectOption('select[name="operation"]', { label: 'GET /fichesservices — Lister les fiches de services' });
    response = await navigation(page, () => page.getByRole('button', { name: 'Afficher ses paramètres' }).click());
    await auditPage(page, errors, { name: 'console with the operation', response });
    await page.selectOption('select[name="application"]', String(application.id));
    response = await navigation(page, () => page.getByRole('button', { name: 'Envoyer la requête' }).click());
    await auditPage(page, errors, { name: 'console result', response });
    const token = await page.inputValue('#champ-jeton');
    assert.match(token, /^ey[\w-]+\.[\w-]+\.[\w-]+$/, 'a JWT access token');
    const result = await page.locator('#resultat').innerText();
    assert.match(result, /206|200/);
    assert.match(result, /fichesservices \d+-\d+\/\d+/, 'the Content-Range header is shown');
    assert.match(result, /"nom"/, 'the JSON body of the catalogue');

    // ── 4. The dashboard shows the call.
    response = await page.goto(`/developpeurs/applications/${application.id}/statistiques`);
    await auditPage(page, errors, { name: 'application dashboard', response });
    const calls = page.locator('.fr-card').filter({ has: page.getByRole('heading', { name: 'Appels', exact: true }) });
    assert.equal((await calls.locator('.fr-h3').innerText()).trim(), '1', 'one call counted');
    response = await page.goto('/developpeurs/statistiques');
    await auditPage(page, errors, { name: 'public API statistics', response });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
