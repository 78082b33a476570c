import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { signUp, STRONG_PASSWORD } from '../helpers/client.js';
import { testImage } from '../helpers/images.js';
import { auditPage, collectErrors, desktopUserAgent, interceptExternalSites, linkFromMail, logIn, navigation, useE2E } from './helpers.js';

const OWNER = 'olivia.atelier@example.fr';
const PARTNER = 'paul.partenaire@example.fr';
const MODERATOR = 'mona.moderation@example.fr';
const SERVICE = 'Carnet de compétences Atelier';
const SERVICE_URL = 'https://carnet.atelier-carrieres.example/';

/** Ticks a DSFR radio button or checkbox by clicking its label, as a person does. */
async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  assert.ok(await page.isChecked(`#${id}`), `#${id} should be ticked`);
}


describe('partner journey in Chromium: invitation, submission with a logo, moderation, publication, statistics', () => {
  const e2e = useE2E();

  test('a partner invited by e-mail publishes a service and sees its visit and link-out', async () => {
    const { app, db } = e2e.app;
    // The organisation exists with its owner; a moderator exists.
    await signUp(app, OWNER);
    await signUp(app, MODERATOR);
    await sql`UPDATE accounts SET display_name = 'Olivia', email_verified_at = now(), roles = ARRAY['partenaire']::text[] WHERE email_normalized = ${OWNER}`.execute(db);
    await sql`UPDATE accounts SET display_name = 'Mona', email_verified_at = now(), roles = ARRAY['moderateur']::text[] WHERE email_normalized = ${MODERATOR}`.execute(db);
    const org = await db
      .insertInto('organisations')
      .values({ slug: 'atelier-carrieres', name: 'Atelier Carrières', kind: 'partenaire-prive', website: 'https://atelier-carrieres.example', siret: null, logo_path: null })
      .returning(['id', 'slug'])
      .executeTakeFirstOrThrow();
    const owner = await db.selectFrom('accounts').select('id').where('email_normalized', '=', OWNER).executeTakeFirstOrThrow();
    await db.insertInto('organisation_members').values({ organisation_id: org.id, account_id: owner.id, role: 'proprietaire' }).execute();
    const space = `/espace-partenaire/${org.slug}`;

    // ── 1. The owner invites the partner.
    const ownerContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const ownerPage = await ownerContext.newPage();
    const ownerErrors = collectErrors(ownerPage);
    await logIn(ownerPage, ownerErrors, OWNER, 'owner');
    let response = await ownerPage.goto(`${space}/membres`);
    await auditPage(ownerPage, ownerErrors, { name: 'members page', response });
    await ownerPage.fill('#champ-email', PARTNER);
    await ownerPage.selectOption('#champ-role', 'editeur');
    response = await navigation(ownerPage, () => ownerPage.getByRole('button', { name: 'Envoyer l’invitation' }).click());
    assert.match(await ownerPage.locator('main').innerText(), new RegExp(PARTNER.replace(/\./g, '\\.')));
    await auditPage(ownerPage, ownerErrors, { name: 'members page after the invitation', response });

    // ── 2. The partner signs up, confirms the address, and accepts the invitation.
    const partnerContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await partnerContext.newPage();
    const errors = collectErrors(page);
    const invitation = await e2e.app.smtp.waitFor(PARTNER, /Invitation à rejoindre « Atelier Carrières »/);
    const invitationPath = /https?:\/\/[^\s/]+(\/invitations\/[A-Za-z0-9_-]+)/.exec(invitation.text)?.[1];
    assert.ok(invitationPath, `the invitation mail holds a link:\n${invitation.text}`);
    response = await page.goto(invitationPath);
    await auditPage(page, errors, { name: 'invitation page (visitor)', response });
    await page.goto('/inscription');
    await tick(page, 'kind-candidat');
    await page.fill('#champ-displayName', 'Paul');
    await page.fill('#champ-email', PARTNER);
    await page.fill('#champ-password', STRONG_PASSWORD);
    await page.fill('#champ-passwordConfirmation', STRONG_PASSWORD);
    await navigation(page, () => page.getByRole('button', { name: 'Créer mon compte' }).click());
    await page.goto(await linkFromMail(e2e.app, e2e.baseUrl, PARTNER, /Confirmez votre adresse e-mail/, '/verification-email'));
    await navigation(page, () => page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click());
    response = await page.goto(invitationPath);
    await auditPage(page, errors, { name: 'invitation page (invited account)', response });
    response = await navigation(page, () => page.getByRole('button', { name: 'Rejoindre l’organisation' }).click());
    assert.equal(new URL(page.url()).pathname, space);
    await auditPage(page, errors, { name: 'partner dashboard', response });

    // ── 3. The partner writes the service, step by step, with a logo.
    response = await navigation(page, () => page.locator('.fr-sidemenu').getByRole('link', { name: 'Services' }).click());
    await auditPage(page, errors, { name: 'services of the organisation (empty)', response });
    response = await navigation(page, () => page.getByRole('link', { name: 'Proposer un nouveau service' }).click());
    await auditPage(page, errors, { name: 'new service, step 1', response });
    await page.fill('#champ-name', SERVICE);
    await page.fill('#champ-pitch', 'Recensez vos compétences.');
    await page.fill('#champ-description', 'Trop court.');
    await tick(page, 'champ-type-site-web');
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    assert.match(await page.locator('#resume-erreurs').innerText(), /50 caractères au moins/);
    assert.equal(await page.inputValue('#champ-name'), SERVICE, 'the input is kept');
    await auditPage(page, errors, { name: 'new service, step 1 with an error', response, status: 400 });
    await page.fill(
      '#champ-description',
      'Un carnet en ligne pour **recenser vos compétences** à partir de vos expériences, même hors emploi, et les traduire dans les mots des recruteurs.',
    );
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    assert.match(page.url(), /\/etapes\/public$/);
    await auditPage(page, errors, { name: 'step 2: audience and themes', response });
    await tick(page, 'champ-audience');
    await tick(page, 'champ-themes');
    await tick(page, 'champ-themes-preparer-sa-candidature');
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    await auditPage(page, errors, { name: 'step 3: access and price', response });
    await page.fill('#champ-url', SERVICE_URL);
    await tick(page, 'champ-platforms');
    await tick(page, 'champ-priceModel');
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    assert.match(page.url(), /\/etapes\/visuels$/);
    await auditPage(page, errors, { name: 'step 4: logo and screenshots', response });
    await page.setInputFiles('#champ-logoPath', { name: 'logo-atelier.png', mimeType: 'image/png', buffer: await testImage('png', 640, 640) });
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    assert.match(page.url(), /\/etapes\/apercu$/);
    await auditPage(page, errors, { name: 'step 5: preview', response });
    const logo = page.locator('.es-preview img.es-service-logo');
    assert.match((await logo.getAttribute('src')) ?? '', /^\/media\/[a-f0-9]{32}\.webp$/, 'the logo shows in the preview');
    assert.ok(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), 'the logo loads');
    response = await navigation(page, () => page.getByRole('button', { name: 'Envoyer à la modération' }).click());
    assert.match(await page.locator('main').innerText(), /envoyée à la modération/);
    await auditPage(page, errors, { name: 'services after submission', response });

    // ── 4. The moderator asks for changes.
    const moderatorContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const moderatorPage = await moderatorContext.newPage();
    const moderatorErrors = collectErrors(moderatorPage);
    await logIn(moderatorPage, moderatorErrors, MODERATOR, 'moderator');
    response = await moderatorPage.goto('/moderation?type=fiche-service');
    await auditPage(moderatorPage, moderatorErrors, { name: 'moderation queue (service submissions)', response });
    response = await navigation(moderatorPage, () => moderatorPage.getByRole('link', { name: new RegExp(`Nouveau service « ${SERVICE} »`) }).click());
    await auditPage(moderatorPage, moderatorErrors, { name: 'moderation of the submission', response });
    const previewHref = await moderatorPage.getByRole('link', { name: 'Voir l’aperçu complet de la fiche' }).getAttribute('href');
    response = await moderatorPage.goto(previewHref!);
    await auditPage(moderatorPage, moderatorErrors, { name: 'staff preview of the submission', response });
    await moderatorPage.goBack();
    await tick(moderatorPage, 'decision-demander-modifications');
    await moderatorPage.fill('#champ-reason', 'Précisez dans l’accroche que le carnet est gratuit et sans inscription.');
    await navigation(moderatorPage, () => moderatorPage.getByRole('button', { name: 'Enregistrer la décision' }).click());

    // ── 5. The partner reads the mail, fixes the fiche, sends it again.
    const changesMail = await e2e.app.smtp.waitFor(PARTNER, /Modifications demandées/);
    assert.match(changesMail.text, /gratuit et sans inscription/);
    const fixPath = /https?:\/\/[^\s/]+(\/espace-partenaire\/[^\s]+)/.exec(changesMail.text)?.[1];
    response = await page.goto(fixPath!);
    assert.match(page.url(), /\/etapes\/presentation$/);
    assert.match(await page.locator('.fr-callout').innerText(), /gratuit et sans inscription/);
    await auditPage(page, errors, { name: 'step 1 with the moderator’s comment', response });
    await page.fill('#champ-pitch', 'Recensez vos compétences : gratuit et sans inscription.');
    await navigation(page, () => page.getByRole('button', { name: 'Enregistrer et continuer' }).click());
    await page.goto(`${new URL(page.url()).pathname.replace(/\/etapes\/[^/]+$/, '/etapes/apercu')}`);
    await navigation(page, () => page.getByRole('button', { name: 'Envoyer à la modération' }).click());

    // ── 6. The moderator publishes.
    await moderatorPage.goto('/moderation?type=fiche-service');
    await navigation(moderatorPage, () => moderatorPage.getByRole('link', { name: new RegExp(`Nouveau service « ${SERVICE} »`) }).click());
    await tick(moderatorPage, 'decision-publier');
    await moderatorPage.fill('#champ-reason', 'Fiche claire, merci.');
    await navigation(moderatorPage, () => moderatorPage.getByRole('button', { name: 'Enregistrer la décision' }).click());
    await e2e.app.smtp.waitFor(PARTNER, /Service publié/);

    // ── 7. A visitor finds it in search, opens it, and goes to the service.
    const visitorContext: BrowserContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const visitor = await visitorContext.newPage();
    const visitorErrors = collectErrors(visitor);
    const external = await interceptExternalSites(visitorContext, visitor, e2e.baseUrl, { [SERVICE_URL]: '<!doctype html><title>Carnet</title><h1>Carnet</h1>' });
    response = await visitor.goto(`/recherche?q=${encodeURIComponent('carnet compétences')}`);
    await auditPage(visitor, visitorErrors, { name: 'search results with the new service', response });
    response = await navigation(visitor, () => visitor.locator('main').getByRole('link', { name: SERVICE }).first().click());
    assert.match(await visitor.locator('main').innerText(), /gratuit et sans inscription/);
    await auditPage(visitor, visitorErrors, { name: 'the new service’s page', response });
    await navigation(visitor, () => visitor.getByRole('link', { name: /Accéder au service/ }).first().click());
    assert.equal(visitor.url(), SERVICE_URL);
    assert.deepEqual(external.served, [SERVICE_URL]);
    // The stand-in partner site's own favicon request is refused: not an error of the portal.
    await visitor.waitForLoadState('networkidle');
    visitorErrors.length = 0;

    // ── 8. The partner's statistics show that visit and that link-out.
    response = await page.goto(`${space}/statistiques`);
    await auditPage(page, errors, { name: 'statistics dashboard', response });
    const row = page.locator('table').filter({ hasText: 'Chiffres par service' }).locator('tr', { hasText: SERVICE });
    const cells = (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(cells.slice(0, 3), [SERVICE, '1', '1'], `views and link-outs of the service: ${JSON.stringify(cells)}`);

    // The public page of the organisation lists it too.
    response = await visitor.goto(`/organisations/${org.slug}`);
    assert.match(await visitor.locator('main').innerText(), new RegExp(SERVICE));
    await auditPage(visitor, visitorErrors, { name: 'public page of the organisation', response });

    // ── 9. The other pages of the partner space and of the back-office pass the same checks.
    await page.goto(`${space}/services`);
    response = await navigation(page, () => page.getByRole('link', { name: `Historique : ${SERVICE}` }).click());
    assert.match(await page.locator('main').innerText(), /Publication — Mona/);
    await auditPage(page, errors, { name: 'history of the service', response });
    for (const [path, name] of [
      ['/espace-partenaire', 'my organisations'],
      [`${space}/statistiques?periode=90`, 'statistics over 90 days'],
    ] as const) {
      response = await page.goto(path);
      await auditPage(page, errors, { name, response });
    }
    for (const [path, name] of [
      [`${space}/profil`, 'organisation profile'],
      [`${space}/membres`, 'members (owner)'],
    ] as const) {
      response = await ownerPage.goto(path);
      await auditPage(ownerPage, ownerErrors, { name, response });
    }
    for (const [path, name] of [
      ['/administration', 'back-office hub'],
      ['/administration/journal', 'audit log'],
      ['/administration/journal?q=carnet', 'audit log search'],
      ['/administration/thematiques', 'themes'],
      ['/administration/thematiques/se-former', 'theme edit form'],
      ['/administration/a-la-une?q=emploi', 'featured services with a search'],
      ['/moderation/decisions', 'moderation decisions'],
    ] as const) {
      response = await moderatorPage.goto(path);
      await auditPage(moderatorPage, moderatorErrors, { name, response });
    }
  });
});
