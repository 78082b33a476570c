import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { signUp, STRONG_PASSWORD } from '../helpers/client.js';
import { activeElement, collectErrors, desktopUserAgent, interceptExternalSites, linkFromMail, navigation, tabUntil, useE2E } from './helpers.js';

const EMAIL = 'claude.clavier@example.fr';
const DISPLAY_NAME = 'Claude';
const OTHER_EMAIL = 'alex.avis@example.fr';
const REVIEW_TEXT = 'Pratique, tout se fait au clavier.';
/** The suggestion « Boulanger / Boulangère » as a screen reader announces it: the title, then its ROME code. */
const JOB_OPTION = 'Boulanger / Boulangère D1102';

type Focused = Awaited<ReturnType<typeof activeElement>>;

/** The focused element is drawn and scrolled into the viewport: a keyboard user can see where they are. */
async function assertFocusOnScreen(page: Page, what: string): Promise<void> {
  const box = await page.evaluate(() => {
    const rect = (document.activeElement as HTMLElement).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height, viewport: window.innerHeight };
  });
  assert.ok(box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < box.viewport, `${what} should be visible on screen when focused: ${JSON.stringify(box)}`);
}

/** Tabs to the element, then presses `key` on it and waits for the page it leads to. */
async function activate(page: Page, matches: (focused: Focused) => boolean, what: string, { key = 'Enter', maxPresses = 80 }: { key?: string; maxPresses?: number } = {}): Promise<void> {
  await tabUntil(page, matches, { what, maxPresses });
  await assertFocusOnScreen(page, what);
  await navigation(page, () => page.keyboard.press(key));
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, id: string, text: string, maxPresses = 10): Promise<void> {
  await tabUntil(page, (focused) => focused.id === id, { what: `#${id}`, maxPresses });
  await page.keyboard.type(text);
  assert.equal(await page.inputValue(`#${id}`), text, `#${id} holds what was typed`);
}

/** The text of the notices (role status / alert) shown on the page. */
async function notices(page: Page): Promise<string> {
  return (await page.locator('main [role="status"], main [role="alert"]').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
}

/** Moves through a radio group with an arrow key until `value` is chosen (arrows move and tick in one go). */
async function arrowToRadio(page: Page, name: string, value: string, key: 'ArrowDown' | 'ArrowRight' = 'ArrowDown', maxPresses = 10): Promise<void> {
  for (let press = 0; press <= maxPresses; press++) {
    const focused = await activeElement(page);
    assert.equal(focused.name, name, `the focus should stay in the "${name}" radio group, it is on ${focused.tag}#${focused.id}`);
    if (focused.value === value) {
      assert.ok(await page.isChecked(`input[name="${name}"][value="${value}"]`), `the "${value}" radio button is ticked`);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`"${value}" was not reached in the "${name}" radio group after ${maxPresses} presses of ${key}`);
}

/** Types in the job-title combobox, then picks `option` with the arrow keys and Enter. */
async function chooseJobTitle(page: Page, typed: string, option: string): Promise<void> {
  await page.keyboard.type(typed, { delay: 20 });
  const list = page.locator('#champ-metier ~ [role="listbox"]');
  await list.waitFor({ state: 'visible', timeout: 5000 });
  const names = await list.locator('[role="option"]').count();
  for (let press = 0; press < names; press++) {
    await page.keyboard.press('ArrowDown');
    const activeId = await page.getAttribute('#champ-metier', 'aria-activedescendant');
    assert.ok(activeId, 'ArrowDown makes an option the active descendant');
    if (await page.getByRole('option', { name: option, exact: true }).evaluate((element, id) => element.id === id, activeId)) break;
  }
  assert.equal((await activeElement(page)).id, 'champ-metier', 'the focus stays in the field while the options are browsed');
  await page.keyboard.press('Enter');
  await list.waitFor({ state: 'hidden', timeout: 2000 });
  assert.equal(await page.inputValue('#champ-metier'), option.replace(/ D\d{4}$/, ''), 'Enter puts the chosen title in the field');
  assert.equal(await page.getAttribute('#champ-metier', 'aria-expanded'), 'false');
  assert.notEqual(await page.inputValue('input[name="metierOgr"]'), '', 'the OGR code of the title is filled in');
}

const isLink = (href: string) => (focused: Focused) => focused.tag === 'a' && focused.href === href;
const isButton = (text: string | RegExp) => (focused: Focused) => focused.tag === 'button' && (typeof text === 'string' ? focused.text === text : text.test(focused.text));

describe('account journey by keyboard only in Chromium', () => {
  const e2e = useE2E();

  test('sign up, verify, log in, profile, guidance, favourite, review, my data, log out: Tab, arrows, Space, Enter and typing only', async () => {
    // ── 1. Sign up, from the header link.
    const signUpContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    let page = await signUpContext.newPage();
    let errors = collectErrors(page);
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-js') === 'true');
    await activate(page, isLink('/inscription'), 'the "Créer un compte" header link', { maxPresses: 20 });
    assert.equal(new URL(page.url()).pathname, '/inscription');

    const kind = await tabUntil(page, (focused) => focused.name === 'kind', { what: 'the "Vous êtes" radio buttons', maxPresses: 30 });
    assert.equal(kind.value, 'candidat', 'Tab lands on the ticked kind, « Candidat »');
    await typeInto(page, 'champ-displayName', DISPLAY_NAME, 2);
    await typeInto(page, 'champ-email', EMAIL, 2);
    await typeInto(page, 'champ-password', STRONG_PASSWORD, 2);
    await typeInto(page, 'champ-passwordConfirmation', STRONG_PASSWORD, 2);
    await navigation(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/mon-espace', 'Enter in the last field creates the account');
    assert.match(await notices(page), /Votre compte est créé/);

    // ── 2. The link of the verification mail (opened by the mail client), then its button.
    const link = await linkFromMail(e2e.app, e2e.baseUrl, EMAIL, /Confirmez votre adresse e-mail/, '/verification-email');
    await page.goto(link);
    await activate(page, isButton('Confirmer mon adresse e-mail'), 'the "Confirmer mon adresse e-mail" button', { maxPresses: 30 });
    assert.equal(new URL(page.url()).pathname, '/mon-espace');
    assert.match(await notices(page), /Votre adresse e-mail est confirmée/);
    assert.deepEqual(errors, [], 'no console error while signing up');
    await signUpContext.close();

    // ── 3. Log in, in a new browser, from the header link.
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    page = await context.newPage();
    errors = collectErrors(page);
    const external = await interceptExternalSites(context, page, e2e.baseUrl);
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-js') === 'true');
    await activate(page, isLink('/connexion'), 'the "Se connecter" header link', { maxPresses: 20 });
    await typeInto(page, 'champ-email', EMAIL, 30);
    await typeInto(page, 'champ-password', STRONG_PASSWORD, 2);
    await navigation(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/mon-espace', 'Enter in the password field logs in');
    assert.match(await page.locator('main').innerText(), new RegExp(`Bonjour ${DISPLAY_NAME} !`));

    // ── 4. Profile: a situation with the arrows, the job title with the autocomplete, a département by typing.
    await activate(page, isLink('/mon-espace/profil'), 'the "Mon profil" tile', { maxPresses: 30 });
    assert.equal(new URL(page.url()).pathname, '/mon-espace/profil');
    await page.waitForFunction(() => document.getElementById('champ-metier')?.getAttribute('role') === 'combobox');
    const firstSituation = await tabUntil(page, (focused) => focused.name === 'situation', { what: 'the situation radio buttons', maxPresses: 30 });
    assert.equal(firstSituation.id, 'champ-situation', 'Tab enters the group on its first button');
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked('#champ-situation'), 'Space ticks the focused radio button');
    await arrowToRadio(page, 'situation', 'reconversion');
    await tabUntil(page, (focused) => focused.id === 'champ-metier', { what: 'the job title field', maxPresses: 2 });
    await chooseJobTitle(page, 'boulang', JOB_OPTION);
    await tabUntil(page, (focused) => focused.id === 'champ-departement', { what: 'the département list', maxPresses: 2 });
    await page.keyboard.type('75');
    assert.equal(await page.inputValue('#champ-departement'), '75', 'typing "75" on the list chooses Paris');
    await activate(page, isButton('Enregistrer mon profil'), 'the "Enregistrer mon profil" button', { maxPresses: 2 });
    assert.match(await notices(page), /Votre profil est enregistré/);
    assert.ok(await page.isChecked('#champ-situation-reconversion'));
    assert.equal(await page.inputValue('#champ-metier'), 'Boulanger / Boulangère');
    assert.equal(await page.inputValue('#champ-departement'), '75');

    // ── 5. Guidance: three answers, the selection (reached by its skip link), saved to the profile.
    await activate(page, isLink('/services-pour-moi'), 'the "les services faits pour vous" link', { maxPresses: 30 });
    await page.waitForFunction(() => document.getElementById('champ-metier')?.getAttribute('role') === 'combobox');
    await tabUntil(page, (focused) => focused.name === 'situation', { what: 'question 1', maxPresses: 30 });
    await arrowToRadio(page, 'situation', 'reconversion');
    const firstWish = await tabUntil(page, (focused) => focused.name === 'envie', { what: 'question 2', maxPresses: 2 });
    assert.equal(firstWish.id, 'champ-envie');
    await arrowToRadio(page, 'envie', 'se-former');
    await tabUntil(page, (focused) => focused.id === 'champ-metier', { what: 'question 3', maxPresses: 2 });
    await chooseJobTitle(page, 'boulang', JOB_OPTION);
    await activate(page, isButton('Voir les services faits pour moi'), 'the "Voir les services faits pour moi" button', { maxPresses: 2 });
    const answers = new URL(page.url()).searchParams;
    assert.deepEqual([answers.get('situation'), answers.get('envie'), answers.get('metierOgr')], ['reconversion', 'se-former', '11573']);
    assert.match(await page.locator('#selection').innerText(), /^Votre sélection : \d+ services?$/);

    await tabUntil(page, isLink('#selection'), { what: 'the "Aller directement à votre sélection" link', maxPresses: 30 });
    await page.keyboard.press('Enter');
    assert.equal((await activeElement(page)).id, 'selection', 'the link moves the focus to the selection heading');
    await activate(page, isButton('Enregistrer mes réponses dans mon profil'), 'the "Enregistrer mes réponses" button', { maxPresses: 60 });
    assert.match(await notices(page), /Vos réponses sont enregistrées dans votre profil/);

    // ── 6. Home page: the first service « faits pour vous » opens; add it to the favourites.
    await activate(page, isLink('/'), 'the "Accueil" header link', { maxPresses: 20 });
    assert.equal(new URL(page.url()).pathname, '/');
    const firstCard = page.locator('section[aria-labelledby="titre-pour-vous"] .fr-card__title a').first();
    const serviceName = (await firstCard.innerText()).trim();
    const serviceHref = (await firstCard.getAttribute('href')) ?? '';
    assert.ok(serviceHref.startsWith('/services/'), `the home page proposes a service: ${serviceHref}`);
    const slug = serviceHref.slice('/services/'.length);

    // Another member already rated it 2 out of 5 (through the real forms, outside the browser).
    const other = await signUp(e2e.app.app, OTHER_EMAIL);
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = ${OTHER_EMAIL}`.execute(e2e.app.db);
    await other.get(`/services/${slug}`);
    assert.equal((await other.post(`/services/${slug}/avis`, { rating: '2', body: 'Pas pour moi.' })).statusCode, 303);

    await activate(page, isLink(serviceHref), `the "${serviceName}" card`, { maxPresses: 60 });
    assert.equal(await page.locator('h1').innerText(), serviceName);
    await activate(page, isButton(`Ajouter aux favoris : ${serviceName}`), 'the "Ajouter aux favoris" button', { maxPresses: 40 });
    assert.equal(new URL(page.url()).pathname, serviceHref, 'adding a favourite comes back to the service page');
    await tabUntil(page, isButton(`Retirer des favoris : ${serviceName}`), { what: 'the "Retirer des favoris" button', maxPresses: 40 });

    // ── 7. Review it: 4 stars with the arrow keys, a text, then "Publier mon avis".
    const firstStar = await tabUntil(page, (focused) => focused.name === 'rating', { what: 'the rating radio buttons', maxPresses: 60 });
    assert.equal(firstStar.id, 'note-1', 'Tab enters the rating on « 1 étoile »');
    await arrowToRadio(page, 'rating', '4', 'ArrowRight');
    await typeInto(page, 'champ-body', REVIEW_TEXT, 2);
    await activate(page, isButton('Publier mon avis'), 'the "Publier mon avis" button', { maxPresses: 2 });
    assert.equal(new URL(page.url()).pathname, serviceHref);
    assert.match(await notices(page), /Merci : votre avis est publié/);
    const reviews = (await page.locator('#avis').innerText()).replace(/\s+/g, ' ');
    assert.match(reviews, /3 sur 5/, 'the average counts our 4 and the other 2');
    assert.match(reviews, /2 avis/);
    assert.ok(reviews.includes(REVIEW_TEXT) && reviews.includes(`${DISPLAY_NAME} (vous)`), 'our review is listed');

    // ── 8. « Mes favoris » lists the service. The focus starts from #avis: Tab goes on to the footer, then round to the header.
    await activate(page, isLink('/mon-espace'), 'the "Mon espace" header link', { maxPresses: 50 });
    await activate(page, isLink('/mon-espace/favoris'), 'the "Mes favoris" tile', { maxPresses: 30 });
    assert.deepEqual(await page.locator('main .fr-card__title a').allInnerTexts(), [serviceName]);

    // ── 9. My data: the download link, with Enter.
    await activate(page, isLink('/mon-espace'), 'the "Mon espace" header link', { maxPresses: 20 });
    await activate(page, isLink('/mon-espace/mes-donnees'), 'the "Mes données personnelles" tile', { maxPresses: 30 });
    await tabUntil(page, isLink('/mon-espace/mes-donnees.json'), { what: 'the "Télécharger mes données (JSON)" link', maxPresses: 30 });
    await assertFocusOnScreen(page, 'the download link');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const raw = await readFile(await download.path(), 'utf8');
    const data = JSON.parse(raw) as { profil: { situation: string; metierVise: { codeOgr: string } | null; departement: string }; favoris: unknown; avis: { avis: { service: string; note: number; texte: string }[] } };
    assert.deepEqual([data.profil.situation, data.profil.metierVise?.codeOgr, data.profil.departement], ['reconversion', '11573', '75']);
    assert.ok(JSON.stringify(data.favoris).includes(slug), 'the favourite is exported');
    assert.deepEqual(data.avis.avis.map((review) => [review.service, review.note, review.texte]), [[slug, 4, REVIEW_TEXT]]);
    assert.doesNotMatch(raw, /password|hash|\$argon2/i, 'no password nor hash in the export');

    // ── 10. Log out with the header button.
    await activate(page, isButton('Se déconnecter'), 'the "Se déconnecter" header button', { maxPresses: 20 });
    assert.equal(new URL(page.url()).pathname, '/');
    assert.match(await notices(page), /Vous êtes déconnecté/);
    await page.goto('/mon-espace');
    assert.equal(new URL(page.url()).pathname, '/connexion', 'my space asks to log in again');

    assert.deepEqual(errors, [], 'no console error nor script error');
    assert.deepEqual(external.refused, [], 'no request left the portal');
    await context.close();
  });
});
