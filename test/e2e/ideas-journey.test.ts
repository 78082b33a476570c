import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { signUp } from '../helpers/client.js';
import { activeElement, auditPage, collectErrors, desktopUserAgent, logIn, navigation, tabUntil, useE2E } from './helpers.js';

const AUTHOR = 'amina.idee@example.fr';
const SUPPORTER = 'bruno.soutien@example.fr';
const MODERATOR = 'mael.moderation@example.fr';
const EXISTING = 'Simulateur de salaire net pour chaque métier';
const TITLE = 'Simulateur du salaire net par métier et par région';


describe('ideas journey in Chromium: propose (similar ideas shown), support, comment, official answer, follower e-mail', () => {
  const e2e = useE2E();

  test('an idea is proposed by keyboard, supported, commented, answered by a moderator; its follower is e-mailed', async () => {
    const { app, db } = e2e.app;
    for (const [email, name, roles] of [
      [AUTHOR, 'Amina', ['candidat']],
      [SUPPORTER, 'Bruno', ['candidat']],
      [MODERATOR, 'Maël', ['moderateur']],
    ] as const) {
      await signUp(app, email);
      await sql`UPDATE accounts SET display_name = ${name}, email_verified_at = now(), roles = ${[...roles]}::text[] WHERE email_normalized = ${email}`.execute(db);
    }
    await db.insertInto('ideas').values({ account_id: null, title: EXISTING, description: 'Savoir ce que l’on gagnera vraiment, en net, dans un métier avant de s’y former.', theme: 'choisir-un-metier', audience: 'candidats' }).execute();

    // ── 1. The author proposes an idea, by keyboard only; similar ideas show while typing.
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await logIn(page, errors, AUTHOR, 'author');
    let response = await page.goto('/idees/proposer');
    await auditPage(page, errors, { name: 'propose form', response });
    await page.locator('h1').focus();
    await tabUntil(page, (focused) => focused.name === 'title', { what: 'the title field' });
    await page.keyboard.type(TITLE);
    const similar = page.locator('#idees-similaires');
    await similar.getByRole('link', { name: EXISTING }).waitFor({ timeout: 5000 });
    await tabUntil(page, (focused) => focused.name === 'description', { what: 'the description field' });
    await page.keyboard.type('Un outil qui donne le salaire net habituel d’un métier, selon la région et l’expérience, pour choisir une formation en connaissance de cause.');
    await tabUntil(page, (focused) => focused.name === 'theme', { what: 'the theme select' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabUntil(page, (focused) => focused.name === 'audience', { what: 'the audience radios' });
    await page.keyboard.press('Space');
    await tabUntil(page, (focused) => focused.text === 'Publier mon idée', { what: 'the publish button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    // Without relying on the script, the server lists the close ideas and asks to confirm.
    assert.match(await page.locator('main').innerText(), /Des idées proches existent déjà/);
    assert.equal(await page.inputValue('#champ-title'), TITLE, 'the input is kept');
    await auditPage(page, errors, { name: 'propose form with similar ideas', response });
    await tabUntil(page, (focused) => focused.text === 'Publier quand même', { what: 'the confirm button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    assert.match(new URL(page.url()).pathname, /^\/idees\/\d+$/);
    const ideaPath = new URL(page.url()).pathname;
    assert.equal((await page.locator('h1').innerText()).trim(), TITLE);
    await auditPage(page, errors, { name: 'idea page (author)', response });
    assert.equal((await activeElement(page)).tag !== undefined, true);

    // ── 2. Another person supports it from the list, follows it and comments.
    const supporterContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const supporter = await supporterContext.newPage();
    const supporterErrors = collectErrors(supporter);
    await logIn(supporter, supporterErrors, SUPPORTER, 'supporter');
    response = await supporter.goto('/idees?tri=recentes');
    await auditPage(supporter, supporterErrors, { name: 'ideas list', response });
    response = await navigation(supporter, () => supporter.getByRole('button', { name: /^Soutenir/ }).and(supporter.locator(`[title="Soutenir : « ${TITLE} »"]`)).click());
    assert.ok(await supporter.locator(`[title="Retirer mon soutien : « ${TITLE} »"]`).isVisible(), 'the button now withdraws the support');
    await auditPage(supporter, supporterErrors, { name: 'ideas list after supporting', response });
    const idea = await db.selectFrom('ideas').select(['id', 'supports_count']).where('title', '=', TITLE).executeTakeFirstOrThrow();
    assert.equal(idea.supports_count, 1);
    await supporter.goto(ideaPath);
    await navigation(supporter, () => supporter.getByRole('button', { name: 'Suivre cette idée' }).click());
    await supporter.fill('#champ-commentaire', 'Très utile : j’hésite entre deux formations et le salaire compte.');
    response = await navigation(supporter, () => supporter.getByRole('button', { name: 'Publier le commentaire' }).click());
    assert.match(await supporter.locator('#commentaires').innerText(), /j’hésite entre deux formations/);
    await auditPage(supporter, supporterErrors, { name: 'idea page with a comment (supporter)', response });

    // After a support and a comment, the author can no longer edit the idea.
    response = await page.goto(`${ideaPath}/modifier`);
    assert.equal(response?.status(), 409);

    // ── 3. A moderator answers officially and changes the status; the follower is e-mailed.
    const moderatorContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const moderator = await moderatorContext.newPage();
    const moderatorErrors = collectErrors(moderator);
    await logIn(moderator, moderatorErrors, MODERATOR, 'moderator');
    response = await moderator.goto(ideaPath);
    await auditPage(moderator, moderatorErrors, { name: 'idea page (moderator, staff panel)', response });
    await moderator.locator('label[for="champ-statut-a-l-etude"]').click();
    await moderator.fill('#champ-reponse', 'Merci : nous étudions cette idée avec l’équipe des simulateurs.');
    response = await navigation(moderator, () => moderator.getByRole('button', { name: 'Enregistrer le statut et la réponse' }).click());
    assert.match(await moderator.locator('main').innerText(), /nous étudions cette idée/);
    await auditPage(moderator, moderatorErrors, { name: 'idea page after the official answer', response });
    const mail = await e2e.app.smtp.waitFor(SUPPORTER, /À l’étude|idée/);
    assert.match(mail.text, /nous étudions cette idée/);
    assert.match(mail.text, new RegExp(ideaPath));

    response = await supporter.goto('/mon-espace/idees');
    assert.match(await supporter.locator('main').innerText(), new RegExp(TITLE));
    await auditPage(supporter, supporterErrors, { name: 'my ideas', response });
  });
});
