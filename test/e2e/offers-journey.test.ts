import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { insertOffers, PLACES } from '../../src/domains/offers/search/offers.test-support.js';
import { signUp } from '../helpers/client.js';
import { activeElement, auditPage, collectErrors, desktopUserAgent, logIn, navigation, tabUntil, useE2E } from './helpers.js';

const SEEKER = 'odile.offres@example.fr';

describe('job offers journey in Chromium: search by keyword and commune with distance, filter, open, save', () => {
  const e2e = useE2E();

  test('by keyboard only: search « tourier » around Lyon within 20 km, filter CDD, open the offer, log in and save it', async () => {
    const { app, db } = e2e.app;
    const hour = 3600_000;
    await insertOffers(db, [
      { id: 'E2E0001', intitule: 'Tourier en boulangerie', description: 'Préparation des pâtes feuilletées.', company_name: 'Maison Perrin', contract_type: 'CDI', created_at: new Date(Date.now() - hour), rome_code: 'D1102' },
      { id: 'E2E0002', intitule: 'Tourier pâtissier', description: 'Pâtes et croissants, équipe du matin.', company_name: 'Fournil de la Soie', ...PLACES.villeurbanne, contract_type: 'CDD', created_at: new Date(Date.now() - 2 * hour), rome_code: 'D1102', details: { contact: { urlPostulation: 'https://fournil-soie.example/postuler' } } },
      { id: 'E2E0003', intitule: 'Tourier de nuit', description: 'Production de nuit.', ...PLACES.paris, contract_type: 'CDD', created_at: new Date(Date.now() - 3 * hour), rome_code: 'D1102' },
    ]);
    await signUp(app, SEEKER);
    await sql`UPDATE accounts SET display_name = 'Odile', email_verified_at = now() WHERE email_normalized = ${SEEKER}`.execute(db);

    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);

    // ── 1. The search form, by keyboard.
    let response = await page.goto('/offres');
    await auditPage(page, errors, { name: 'offers search', response });
    await page.locator('h1').focus();
    await tabUntil(page, (focused) => focused.name === 'motsCles', { what: 'the keywords field' });
    await page.keyboard.type('tourier');
    await tabUntil(page, (focused) => focused.name === 'lieu', { what: 'the commune field' });
    await page.keyboard.type('Lyon');
    // The autocomplete offers « Lyon (…) »: choose it with the arrow keys and Enter.
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 5000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.match(await page.inputValue('#champ-lieu'), /^Lyon( \(\d{5}\))?$/);
    await tabUntil(page, (focused) => focused.name === 'distance', { what: 'the distance select' });
    await page.keyboard.press('ArrowDown'); // 10 km → 20 km
    assert.equal(await page.inputValue('#champ-distance'), '20');
    await tabUntil(page, (focused) => focused.text === 'Rechercher', { what: 'the search button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    let main = await page.locator('main').innerText();
    assert.match(main, /2 offres trouvées autour de Lyon/);
    assert.match(main, /Tourier en boulangerie/);
    assert.match(main, /Tourier pâtissier/);
    assert.doesNotMatch(main, /Tourier de nuit/);
    await auditPage(page, errors, { name: 'offers search results', response });

    // ── 2. Filter by contract type.
    await page.locator('h1').focus();
    await tabUntil(page, (focused) => focused.name === 'typeContrat' && focused.value === 'CDD', { what: 'the CDD checkbox' });
    await page.keyboard.press('Space');
    await tabUntil(page, (focused) => focused.text === 'Appliquer les filtres', { what: 'the apply button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    main = await page.locator('main').innerText();
    assert.match(main, /1 offre trouvée autour de Lyon/);
    assert.match(main, /CDI \(1\)/, 'the other contract types keep their counts');
    await auditPage(page, errors, { name: 'offers filtered by contract', response });

    // ── 3. Open the offer.
    await tabUntil(page, (focused) => focused.text === 'Tourier pâtissier', { what: 'the offer link' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/offres/E2E0002');
    main = await page.locator('main').innerText();
    assert.match(main, /Fournil de la Soie/);
    assert.match(main, /Postuler en ligne/);
    await auditPage(page, errors, { name: 'offer page', response });
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    assert.equal(jsonLd['@type'], 'JobPosting');

    // ── 4. Log in, come back to the offer, save it.
    await logIn(page, errors, SEEKER, 'job seeker');
    response = await page.goto('/offres/E2E0002');
    await auditPage(page, errors, { name: 'offer page (logged in)', response });
    await page.locator('h1').focus();
    await tabUntil(page, (focused) => focused.text === 'Sauvegarder cette offre', { what: 'the save button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('main').innerText(), /L’offre est sauvegardée/);
    assert.ok((await activeElement(page)).tag);
    await auditPage(page, errors, { name: 'offer saved', response });
    response = await page.goto('/mon-espace/offres');
    assert.match(await page.locator('main').innerText(), /Tourier pâtissier/);
    await auditPage(page, errors, { name: 'my saved offers', response });
    await context.close();
  });
});
