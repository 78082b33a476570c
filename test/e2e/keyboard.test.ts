import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { aggregateServiceStatistics } from '../../src/domains/catalogue/index.js';
import { activeElement, collectErrors, desktopUserAgent, interceptExternalSites, tabUntil, useE2E } from './helpers.js';

interface ServiceJson {
  slug: string;
  url: string;
  nombreAcces: number;
}

const QUERY = 'emploi';

const PARTNER_PAGE = '<!doctype html><html lang="fr"><head><title>Service partenaire</title><link rel="icon" href="data:,"></head><body><h1>Service partenaire</h1></body></html>';

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#nombre-resultats').innerText()).replace(/[\s\u202f\u00a0]/g, '');
  if (/^Aucun/.test(text)) return 0;
  const match = /^(\d+)service/.exec(text);
  assert.ok(match, `unexpected result count text: ${text}`);
  return Number(match[1]);
}

/** Home → search box (reached with Tab) → query typed → Enter → results page. */
async function searchFromHome(page: Page, query: string): Promise<void> {
  await page.goto('/');
  await tabUntil(page, (focused) => focused.id === 'recherche-accueil-q', { what: 'the home search box' });
  await page.keyboard.type(query);
  await Promise.all([page.waitForURL((url) => url.pathname === '/recherche'), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).searchParams.get('q'), query);
}

async function fetchService(baseUrl: string, slug: string): Promise<ServiceJson> {
  const response = await fetch(`${baseUrl}/api/v1/services/${encodeURIComponent(slug)}`, { headers: { accept: 'application/json' } });
  assert.equal(response.status, 200, `GET /api/v1/services/${slug}`);
  return (await response.json()) as ServiceJson;
}

describe('keyboard-only journeys in Chromium', () => {
  const e2e = useE2E();

  test('with JavaScript: skip link, search, filter, result, service, link-out (counted)', async () => {
    // A person's browser: headless Chromium announces itself as a robot, and robots are not counted.
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Partner sites are answered by a stand-in page (filled in once the service is known); anything else outside the portal is refused.
    const partnerPages: Record<string, string> = {};
    const external = await interceptExternalSites(context, page, e2e.baseUrl, partnerPages);

    // 1. The first Tab reaches the first skip link, which becomes visible.
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-js') === 'true');
    await page.keyboard.press('Tab');
    const skip = await activeElement(page);
    assert.equal(skip.href, '#contenu', `the first Tab should focus the "Contenu" skip link, not ${skip.tag} "${skip.text}"`);
    assert.equal(skip.text, 'Contenu');
    const skipLink = page.locator('.fr-skiplinks a[href="#contenu"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.fr-skiplinks')!).opacity === '1');
    assert.ok(await skipLink.isVisible(), 'the focused skip link should be visible');
    const box = await skipLink.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0 && box.width > 0, `the focused skip link should be on screen, box: ${JSON.stringify(box)}`);

    // 2. Search from the home search box, reached by tabbing.
    await tabUntil(page, (focused) => focused.id === 'recherche-accueil-q', { what: 'the home search box' });
    await page.keyboard.type(QUERY);
    await Promise.all([page.waitForURL((url) => url.pathname === '/recherche'), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), QUERY);
    const before = await resultCount(page);
    assert.ok(before > 1, `"${QUERY}" should find several services, found ${before}`);

    // 3. Tick the "MOOC" type facet with Space: the form submits itself.
    const mooc = page.locator('#facette-type-mooc');
    assert.equal(await mooc.count(), 1, 'the results page should offer the "MOOC" type facet');
    assert.equal(await mooc.isChecked(), false);
    await tabUntil(page, (focused) => focused.id === 'facette-type-mooc', { what: 'the "MOOC" facet checkbox' });
    await Promise.all([page.waitForURL((url) => url.searchParams.getAll('type').includes('mooc')), page.keyboard.press('Space')]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), QUERY, 'the query is kept when a filter is applied');
    assert.ok(await page.locator('#facette-type-mooc').isChecked(), 'the ticked facet stays ticked on the new page');
    const after = await resultCount(page);
    assert.ok(after > 0 && after < before, `the filter should narrow the results: ${before} before, ${after} after`);
    const types = await page.locator('#recherche-services .fr-card__start li:nth-child(1) .fr-tag').allInnerTexts();
    assert.ok(types.length > 0 && types.every((type) => type === 'MOOC'), `every result is a MOOC: ${types.join(', ')}`);

    // 4. Tab to the first result and open it with Enter.
    const firstLink = page.locator('#recherche-services .fr-card__title a').first();
    const firstHref = await firstLink.getAttribute('href');
    const firstName = (await firstLink.innerText()).trim();
    assert.ok(firstHref && firstHref.startsWith('/services/'), `first result link: ${firstHref}`);
    const slug = firstHref.slice('/services/'.length);
    await tabUntil(page, (focused) => focused.href === firstHref, { what: `the first result link (${firstHref})` });
    await Promise.all([page.waitForURL((next) => next.pathname === firstHref), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').innerText(), firstName, 'the service page of the first result opens');

    // 5. "Accéder au service": counted, then sent to the service's own stored URL.
    const stored = await fetchService(e2e.baseUrl, slug);
    assert.match(stored.url, /^https?:\/\/[^/]+\.example(\/|$)/, 'demo services point to .example sites');
    partnerPages[stored.url] = PARTNER_PAGE;
    const access = await tabUntil(page, (focused) => focused.href === `/services/${slug}/acceder`, { what: 'the "Accéder au service" button' });
    assert.equal(access.text, 'Accéder au service');
    await Promise.all([page.waitForURL(stored.url), page.keyboard.press('Enter')]);
    assert.equal(page.url(), stored.url, 'the browser lands on the stored URL of the service');
    assert.equal(await page.locator('h1').innerText(), 'Service partenaire');

    // The link-out is one event; the statistics job (run here at once) adds it to the totals.
    await aggregateServiceStatistics(e2e.app.db);
    const counted = await fetchService(e2e.baseUrl, slug);
    assert.equal(counted.nombreAcces, stored.nombreAcces + 1, 'the link-out is counted once');
    assert.deepEqual(external.served, [stored.url], 'the partner site was reached once, through the redirect');
    assert.deepEqual(external.refused, [], 'no other request left the portal');
    assert.deepEqual(errors, [], 'no console error nor script error');
    await context.close();
  });

  test('without JavaScript: search, tick a facet, "Appliquer les filtres" with the keyboard', async () => {
    const context = await e2e.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const external = await interceptExternalSites(context, page, e2e.baseUrl);

    await searchFromHome(page, QUERY);
    const before = await resultCount(page);
    assert.ok(before > 1, `"${QUERY}" should find several services, found ${before}`);
    const searchUrl = page.url();

    // Space ticks the box; without JS nothing is submitted yet.
    await tabUntil(page, (focused) => focused.id === 'facette-prix-gratuit', { what: 'the "Gratuit" price facet checkbox' });
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#facette-prix-gratuit').isChecked(), 'Space ticks the checkbox');
    assert.equal(page.url(), searchUrl, 'without JavaScript the form waits for the button');

    // The "Appliquer les filtres" button follows the facets in the tab order.
    const button = await tabUntil(page, (focused) => focused.tag === 'button' && focused.text === 'Appliquer les filtres', { what: 'the "Appliquer les filtres" button', maxPresses: 40 });
    assert.equal(button.type, 'submit');
    await Promise.all([page.waitForURL((url) => url.searchParams.getAll('prix').includes('gratuit')), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/recherche');
    assert.equal(url.searchParams.get('q'), QUERY);
    assert.deepEqual(url.searchParams.getAll('prix'), ['gratuit']);
    assert.ok(await page.locator('#facette-prix-gratuit').isChecked(), 'the ticked facet stays ticked on the new page');
    const after = await resultCount(page);
    assert.ok(after > 0 && after < before, `the filter should narrow the results: ${before} before, ${after} after`);
    const prices = await page.locator('#recherche-services .fr-card__start li:nth-child(2) .fr-tag').allInnerTexts();
    assert.ok(prices.length > 0 && prices.every((price) => price === 'Gratuit'), `every result is free: ${prices.join(', ')}`);
    assert.ok((await page.locator('.fr-tags-group a.fr-tag').allInnerTexts()).some((tag) => tag.includes('Gratuit')), 'the active filter is listed');
    assert.deepEqual(external.refused, [], 'no request left the portal');
    await context.close();
  });
});
