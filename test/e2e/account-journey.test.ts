import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { signUp, STRONG_PASSWORD } from '../helpers/client.js';
import { auditPage, collectErrors, desktopUserAgent, interceptExternalSites, linkFromMail, navigation, useE2E } from './helpers.js';

const EMAIL = 'dominique.parcours@example.fr';
const DISPLAY_NAME = 'Dominique';
const OTHER_EMAIL = 'camille.avis@example.fr';
const REVIEW_TEXT = 'Des exercices clairs et concrets : j’ai enfin compris comment organiser ma formation.';
/** The suggestion « Boulanger / Boulangère » as a screen reader announces it: the title, then its ROME code. */
const JOB_OPTION = 'Boulanger / Boulangère D1102';
const OTHER_REVIEW_TEXT = 'Trop général pour moi.';

/** The visible text of the page's main content, blanks folded. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** The text of the notices (role status / alert) shown on the page. */
async function notices(page: Page): Promise<string[]> {
  return (await page.locator('main [role="status"], main [role="alert"]').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

async function assertNotice(page: Page, expected: string | RegExp): Promise<void> {
  const shown = await notices(page);
  assert.ok(
    shown.some((text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text))),
    `${new URL(page.url()).pathname} should show the notice ${String(expected)}; notices shown: ${JSON.stringify(shown)}`,
  );
}

/** Ticks a DSFR radio button or checkbox the way a person does: by clicking its label (the input itself is drawn by the label). */
async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  assert.ok(await page.isChecked(`#${id}`), `#${id} should be ticked`);
}

describe('account journey in Chromium: sign-up to log-out, every page accessible', () => {
  const e2e = useE2E();

  test('sign up, verify, log in, profile, guidance, favourite, review, report, moderation, my data, log out', async () => {
    // ── 1. Sign up: a weak password first (the form comes back with an error summary), then a good one.
    const signUpContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    let page = await signUpContext.newPage();
    let errors = collectErrors(page);
    await interceptExternalSites(signUpContext, page, e2e.baseUrl);

    let response = await page.goto('/');
    await auditPage(page, errors, { name: 'home page (visitor)', response });
    response = await navigation(page, () => page.locator('header').getByRole('link', { name: 'Créer un compte' }).click());
    assert.equal(new URL(page.url()).pathname, '/inscription');
    await auditPage(page, errors, { name: 'sign-up form', response });

    await tick(page, 'kind-candidat');
    await page.fill('#champ-displayName', DISPLAY_NAME);
    await page.fill('#champ-email', EMAIL);
    await page.fill('#champ-password', 'motdepasse');
    await page.fill('#champ-passwordConfirmation', 'motdepasse');
    response = await navigation(page, () => page.getByRole('button', { name: 'Créer mon compte' }).click());
    const summary = page.locator('#resume-erreurs');
    assert.ok(await summary.isVisible(), 'a weak password brings the form back with an error summary');
    assert.match(await summary.innerText(), /au moins 12 caractères/);
    assert.equal(await page.inputValue('#champ-email'), EMAIL, 'the e-mail typed is kept');
    assert.equal(await page.inputValue('#champ-displayName'), DISPLAY_NAME, 'the display name typed is kept');
    assert.equal(await page.inputValue('#champ-password'), '', 'a password is never sent back');
    assert.equal(await page.locator('#champ-password').getAttribute('aria-invalid'), 'true');
    assert.ok(await page.isChecked('#kind-candidat'), 'the kind chosen is kept');
    await auditPage(page, errors, { name: 'sign-up form with a weak password', response, status: 400 });

    await page.fill('#champ-password', STRONG_PASSWORD);
    await page.fill('#champ-passwordConfirmation', STRONG_PASSWORD);
    response = await navigation(page, () => page.getByRole('button', { name: 'Créer mon compte' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace');
    await assertNotice(page, 'Votre compte est créé. Un e-mail vous a été envoyé pour confirmer votre adresse.');
    assert.match(await mainText(page), /Confirmez votre adresse e-mail/, 'the account is not verified yet');
    await auditPage(page, errors, { name: 'my space after sign-up', response });

    // ── 2. The verification mail, read from the SMTP server; its link opens a page with one button.
    const link = await linkFromMail(e2e.app, e2e.baseUrl, EMAIL, /Confirmez votre adresse e-mail/, '/verification-email');
    response = await page.goto(link);
    await auditPage(page, errors, { name: 'e-mail verification link page', response });
    response = await navigation(page, () => page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace');
    await assertNotice(page, 'Votre adresse e-mail est confirmée.');
    assert.doesNotMatch(await mainText(page), /Confirmez votre adresse e-mail/, 'the reminder to confirm is gone');
    await auditPage(page, errors, { name: 'my space after verification', response });
    await signUpContext.close();

    // ── 3. Log in, another day, in a new browser: a wrong password first.
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    page = await context.newPage();
    errors = collectErrors(page);
    const external = await interceptExternalSites(context, page, e2e.baseUrl);
    response = await page.goto('/');
    await auditPage(page, errors, { name: 'home page (visitor, new browser)', response });
    response = await navigation(page, () => page.locator('header').getByRole('link', { name: 'Se connecter' }).click());
    assert.equal(new URL(page.url()).pathname, '/connexion');
    await auditPage(page, errors, { name: 'log-in form', response });
    await page.fill('#champ-email', EMAIL);
    await page.fill('#champ-password', 'Pas-le-bon-mot-de-passe-1');
    response = await navigation(page, () => page.locator('main').getByRole('button', { name: 'Se connecter' }).click());
    assert.ok(await page.locator('#resume-erreurs').isVisible(), 'a wrong password brings the form back with an error summary');
    assert.equal(await page.inputValue('#champ-email'), EMAIL, 'the e-mail typed is kept');
    await auditPage(page, errors, { name: 'log-in form with a wrong password', response, status: 400 });
    await page.fill('#champ-password', STRONG_PASSWORD);
    response = await navigation(page, () => page.locator('main').getByRole('button', { name: 'Se connecter' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace');
    assert.match(await mainText(page), new RegExp(`Bonjour ${DISPLAY_NAME} ! Vous êtes connecté avec l’adresse ${EMAIL.replace(/\./g, '\\.')}`));
    assert.ok(await page.locator('header').getByRole('button', { name: 'Se déconnecter' }).isVisible(), 'the header offers to log out');
    await auditPage(page, errors, { name: 'my space', response });

    // ── 4. Profile: situation, job title through the autocomplete, département.
    response = await navigation(page, () => page.getByRole('link', { name: 'Mon profil' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/profil');
    await auditPage(page, errors, { name: 'profile form', response });
    await tick(page, 'champ-situation');
    await page.waitForFunction(() => document.getElementById('champ-metier')?.getAttribute('role') === 'combobox');
    await page.fill('#champ-metier', 'boulang');
    const option = page.getByRole('option', { name: JOB_OPTION, exact: true });
    await option.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.getAttribute('#champ-metier', 'aria-expanded'), 'true');
    await auditPage(page, errors, { name: 'profile form with the job-title suggestions open' });
    await option.click();
    assert.equal(await page.inputValue('#champ-metier'), 'Boulanger / Boulangère');
    assert.equal(await page.inputValue('input[name="metierOgr"]'), '11573', 'choosing a suggestion fills in its OGR code');
    await page.selectOption('#champ-departement', '75');
    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer mon profil' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/profil');
    await assertNotice(page, 'Votre profil est enregistré.');
    assert.ok(await page.isChecked('#champ-situation'));
    assert.equal(await page.inputValue('#champ-metier'), 'Boulanger / Boulangère');
    assert.equal(await page.inputValue('#champ-departement'), '75');
    await auditPage(page, errors, { name: 'profile saved', response });

    // ── 5. Guidance: three questions, the selection, saved to the profile, then on the home page.
    response = await navigation(page, () => page.locator('main').getByRole('link', { name: 'les services faits pour vous' }).click());
    assert.equal(new URL(page.url()).pathname, '/services-pour-moi');
    await auditPage(page, errors, { name: 'guidance questions', response });
    await tick(page, 'champ-situation');
    await tick(page, 'champ-envie-se-former');
    await page.fill('#champ-metier', 'boulang');
    await page.getByRole('option', { name: JOB_OPTION, exact: true }).click();
    response = await navigation(page, () => page.getByRole('button', { name: 'Voir les services faits pour moi' }).click());
    const guidanceUrl = new URL(page.url());
    assert.equal(guidanceUrl.searchParams.get('situation'), 'demandeur-emploi');
    assert.equal(guidanceUrl.searchParams.get('envie'), 'se-former');
    assert.equal(guidanceUrl.searchParams.get('metierOgr'), '11573');
    const selectionTitle = await page.locator('#selection').innerText();
    assert.match(selectionTitle, /^Votre sélection : \d+ services?$/, `the selection is shown: ${selectionTitle}`);
    await auditPage(page, errors, { name: 'guidance results', response });

    response = await navigation(page, () => page.getByRole('button', { name: 'Enregistrer mes réponses dans mon profil' }).click());
    await assertNotice(page, /Vos réponses sont enregistrées dans votre profil/);
    await auditPage(page, errors, { name: 'guidance results saved', response });

    response = await navigation(page, () => page.locator('header').getByRole('link', { name: /^Accueil/ }).click());
    assert.equal(new URL(page.url()).pathname, '/');
    const forYou = page.locator('section[aria-labelledby="titre-pour-vous"]');
    assert.equal(await forYou.locator('h2').innerText(), 'Les services faits pour vous');
    const firstCard = forYou.locator('.fr-card__title a').first();
    const serviceName = (await firstCard.innerText()).trim();
    const serviceHref = (await firstCard.getAttribute('href')) ?? '';
    assert.ok(serviceHref.startsWith('/services/'), `a service is proposed on the home page: ${serviceHref}`);
    const slug = serviceHref.slice('/services/'.length);
    await auditPage(page, errors, { name: 'home page with « Les services faits pour vous »', response });

    // Another member already rated this service 2 out of 5 (through the real forms, outside the browser).
    const other = await signUp(e2e.app.app, OTHER_EMAIL);
    await sql`UPDATE accounts SET email_verified_at = now(), display_name = 'Camille' WHERE email_normalized = ${OTHER_EMAIL}`.execute(e2e.app.db);
    await other.get(`/services/${slug}`);
    const otherReview = await other.post(`/services/${slug}/avis`, { rating: '2', body: OTHER_REVIEW_TEXT });
    assert.equal(otherReview.statusCode, 303, `the other member's review is published: ${otherReview.body.slice(0, 300)}`);

    // ── 6. The service page: add it to the favourites.
    response = await navigation(page, () => firstCard.click());
    assert.equal(new URL(page.url()).pathname, serviceHref);
    assert.equal(await page.locator('h1').innerText(), serviceName);
    assert.match(await page.locator('#avis').innerText(), /2 sur 5/, 'the average before our review');
    await auditPage(page, errors, { name: 'service page', response });
    const favouriteForm = page.locator(`form[action="/services/${slug}/favori"]`).first();
    response = await navigation(page, () => favouriteForm.getByRole('button', { name: /^Ajouter aux favoris/ }).click());
    assert.equal(new URL(page.url()).pathname, serviceHref, 'adding a favourite comes back to the service page');
    assert.ok(await page.locator(`form[action="/services/${slug}/favori/retirer"]`).first().getByRole('button', { name: /^Retirer des favoris/ }).isVisible(), 'the button now removes the favourite');
    await auditPage(page, errors, { name: 'service page, favourite added', response });

    // ── 7. Review it: a rating of 6, then a 20,000-character text, then a good review.
    const reviewForm = page.locator(`#avis form[action="/services/${slug}/avis"]`);
    assert.equal(await reviewForm.count(), 1, 'a verified member sees the review form');
    await page.evaluate(() => {
      const five = document.getElementById('note-5') as HTMLInputElement;
      five.value = '6';
      five.checked = true;
    });
    await page.fill('#champ-body', REVIEW_TEXT);
    response = await navigation(page, () => reviewForm.getByRole('button', { name: 'Publier mon avis' }).click());
    assert.equal(new URL(page.url()).pathname, `/services/${slug}/avis`);
    assert.match(await page.locator('#resume-erreurs').innerText(), /La note doit être un nombre entier de 1 à 5 \(vous avez envoyé « 6 »\)/);
    assert.equal(await page.inputValue('#champ-body'), REVIEW_TEXT, 'the text is kept');
    await auditPage(page, errors, { name: 'review form with a rating of 6', response, status: 400 });

    const tooLong = `${REVIEW_TEXT} `.repeat(300).slice(0, 20_000);
    await tick(page, 'note-5');
    await page.evaluate((text) => {
      const area = document.getElementById('champ-body') as HTMLTextAreaElement;
      area.removeAttribute('maxlength');
      area.value = text;
    }, tooLong);
    response = await navigation(page, () => page.getByRole('button', { name: 'Publier mon avis' }).click());
    assert.match(await page.locator('#resume-erreurs').innerText(), /Votre avis compte 20\s000 caractères : 5\s000 au maximum/);
    assert.equal(await page.inputValue('#champ-body'), tooLong, 'the 20,000 characters are kept');
    assert.ok(await page.isChecked('#note-5'), 'the rating is kept');
    await auditPage(page, errors, { name: 'review form with a 20,000-character text', response, status: 400 });

    await page.fill('#champ-body', REVIEW_TEXT);
    response = await navigation(page, () => page.getByRole('button', { name: 'Publier mon avis' }).click());
    assert.equal(new URL(page.url()).pathname, serviceHref);
    await assertNotice(page, 'Merci : votre avis est publié.');
    const reviews = page.locator('#avis');
    const reviewsText = (await reviews.innerText()).replace(/\s+/g, ' ');
    assert.match(reviewsText, /3,5 sur 5/, 'the average now counts our 5 and the other 2');
    assert.match(reviewsText, /2 avis/);
    assert.ok(reviewsText.includes(REVIEW_TEXT), 'our review is shown');
    assert.ok(await reviews.getByRole('heading', { name: `${DISPLAY_NAME} (vous)` }).isVisible(), 'our review is listed with our name');
    await auditPage(page, errors, { name: 'service page, review published', response });

    // ── 8. Report the other member's review.
    const otherArticle = reviews.locator('article').filter({ hasText: OTHER_REVIEW_TEXT });
    await otherArticle.locator('select[name="reason"]').selectOption('hors-sujet');
    response = await navigation(page, () => otherArticle.getByRole('button', { name: /^Signaler/ }).click());
    await assertNotice(page, 'Merci : votre signalement est transmis à l’équipe de modération.');
    assert.match(await page.locator('#avis').innerText(), /Vous avez signalé cet avis\./);
    await auditPage(page, errors, { name: 'service page, review reported', response });

    // ── 9. The favourite is in « Mes favoris ».
    response = await navigation(page, () => page.locator('header').getByRole('link', { name: 'Mon espace' }).click());
    await auditPage(page, errors, { name: 'my space (verified)', response });
    response = await navigation(page, () => page.getByRole('link', { name: 'Mes favoris' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/favoris');
    assert.deepEqual(await page.locator('main .fr-card__title a').allInnerTexts(), [serviceName], 'the favourite is listed');
    assert.match(await mainText(page), /1 service gardé en favori/);
    await auditPage(page, errors, { name: 'my favourites', response });

    // ── 10. As a moderator, the queue shows the reported review.
    await sql`UPDATE accounts SET roles = array_append(roles, 'moderateur') WHERE email_normalized = ${EMAIL}`.execute(e2e.app.db);
    response = await navigation(page, () => page.getByRole('link', { name: 'Mon espace' }).first().click());
    await auditPage(page, errors, { name: 'my space as a moderator', response });
    response = await navigation(page, () => page.locator('main').getByRole('link', { name: 'Modération' }).click());
    assert.equal(new URL(page.url()).pathname, '/moderation');
    const queue = await mainText(page);
    assert.match(queue, /1 contenu en attente de décision/);
    assert.ok(queue.includes(`sur « ${serviceName} »`), 'the reported review is in the queue');
    assert.ok(queue.includes(OTHER_REVIEW_TEXT));
    await auditPage(page, errors, { name: 'moderation queue', response });

    // ── 11. My data: the JSON download holds the profile, the favourite and the review, no password hash.
    response = await navigation(page, () => page.locator('header').getByRole('link', { name: 'Mon espace' }).click());
    await auditPage(page, errors, { name: 'my space, from the moderation queue', response });
    response = await navigation(page, () => page.getByRole('link', { name: 'Mes données personnelles' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/mes-donnees');
    await auditPage(page, errors, { name: 'my personal data', response });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click()]);
    assert.match(download.suggestedFilename(), /^mes-donnees-emploi-store.*\.json$/);
    const raw = await readFile(await download.path(), 'utf8');
    const data = JSON.parse(raw) as {
      compte: { email: string; nomAffiche: string };
      profil: { situation: string; metierVise: { codeOgr: string; libelle: string } | null; departement: string; servicesPourMoi: { envie: string } | null };
      favoris: { slug?: string; service?: string }[] | unknown;
      avis: { avis: { service: string; note: number; texte: string }[]; signalements: { motif: string }[] };
    };
    assert.equal(data.compte.email, EMAIL);
    assert.equal(data.compte.nomAffiche, DISPLAY_NAME);
    assert.equal(data.profil.situation, 'demandeur-emploi');
    assert.deepEqual({ codeOgr: data.profil.metierVise?.codeOgr, libelle: data.profil.metierVise?.libelle }, { codeOgr: '11573', libelle: 'Boulanger / Boulangère' });
    assert.equal(data.profil.departement, '75');
    assert.equal(data.profil.servicesPourMoi?.envie, 'se-former');
    assert.ok(JSON.stringify(data.favoris).includes(slug), `the favourite is exported: ${JSON.stringify(data.favoris)}`);
    assert.deepEqual(
      data.avis.avis.map((review) => ({ service: review.service, note: review.note, texte: review.texte })),
      [{ service: slug, note: 5, texte: REVIEW_TEXT }],
      'the review is exported',
    );
    assert.deepEqual(data.avis.signalements.map((report) => report.motif), ['hors-sujet'], 'the report is exported');
    const { rows } = await sql<{ password_hash: string }>`SELECT password_hash FROM accounts WHERE email_normalized = ${EMAIL}`.execute(e2e.app.db);
    const storedHash = rows[0]?.password_hash ?? '';
    assert.match(storedHash, /^\$argon2/, 'the account has a password hash in the database');
    assert.ok(!raw.includes(storedHash) && !raw.includes(storedHash.split('$').at(-1) ?? storedHash), 'the password hash is not exported');
    assert.doesNotMatch(raw, /password|mot_?de_?passe|hash|\$argon2/i, 'no password field in the export');
    assert.ok(!raw.includes(STRONG_PASSWORD), 'nor the password itself');

    // ── 12. Security and account deletion pages (GET only).
    response = await navigation(page, () => page.getByRole('link', { name: 'Supprimer mon compte' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/supprimer-mon-compte');
    await auditPage(page, errors, { name: 'account deletion form', response });
    response = await navigation(page, () => page.locator('header').getByRole('link', { name: 'Mon espace' }).click());
    await auditPage(page, errors, { name: 'my space, from the deletion form', response });
    response = await navigation(page, () => page.getByRole('link', { name: 'Sécurité du compte' }).click());
    assert.equal(new URL(page.url()).pathname, '/mon-espace/securite');
    assert.match(await mainText(page), /Votre compte est ouvert sur 2 appareils ou navigateurs/, 'the sign-up browser and this one');
    await auditPage(page, errors, { name: 'account security', response });

    // ── 13. Log out with the header button: my space then asks to log in.
    response = await navigation(page, () => page.locator('header').getByRole('button', { name: 'Se déconnecter' }).click());
    assert.equal(new URL(page.url()).pathname, '/');
    await assertNotice(page, 'Vous êtes déconnecté.');
    assert.ok(await page.locator('header').getByRole('link', { name: 'Se connecter' }).isVisible(), 'the header offers to log in again');
    await auditPage(page, errors, { name: 'home page after log-out', response });
    response = await page.goto('/mon-espace');
    const loginUrl = new URL(page.url());
    assert.equal(loginUrl.pathname, '/connexion', 'my space redirects to the log-in page once logged out');
    assert.equal(loginUrl.searchParams.get('retour'), '/mon-espace');
    await assertNotice(page, 'Connectez-vous pour continuer.');
    await auditPage(page, errors, { name: 'log-in page after log-out', response });

    assert.deepEqual(external.refused, [], 'no request left the portal');
    await context.close();
  });
});
