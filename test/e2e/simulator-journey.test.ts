import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Page, Response } from 'playwright-core';
import { signUp } from '../helpers/client.js';
import { activeElement, auditPage, collectErrors, desktopUserAgent, logIn, navigation, tabUntil, useE2E } from './helpers.js';

const JOB = 'Serveur / Serveuse de restaurant';
const WRITTEN_ANSWER = 'Bonjour. Lorsque je travaillais en brasserie, j’ai mis en place un plan de table pour les groupes : résultat, 20 % de couverts en plus le samedi. Merci.';
const PLAYER = 'camille.joueuse@example.fr';
const STAFF = 'sam.scenarios@example.fr';

type Focused = Awaited<ReturnType<typeof activeElement>>;
const isButton = (text: string) => (focused: Focused) => focused.tag === 'button' && focused.text === text;

/** What the current attempt page asks: the hidden `type` of its answer form, or the debrief. */
async function stepKind(page: Page): Promise<'continue' | 'choice' | 'text' | 'bilan'> {
  if (await page.locator('#bilan').count()) return 'bilan';
  return (await page.locator('main form input[name="type"]').first().getAttribute('value')) as 'continue' | 'choice' | 'text';
}

/** Answers the current step with the keyboard only: Tab to the control, Space / typing, Tab to the button, Enter. */
async function answerByKeyboard(page: Page, kind: 'continue' | 'choice' | 'text'): Promise<void> {
  if (kind === 'continue') {
    await tabUntil(page, isButton('Continuer'), { what: 'the « Continuer » button' });
  } else if (kind === 'choice') {
    const radio = await tabUntil(page, (focused) => focused.name === 'reponse' && focused.type === 'radio', { what: 'the answers (radio buttons)' });
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked(`input[name="reponse"][value="${radio.value}"]`), 'Space ticks the focused answer');
    await tabUntil(page, isButton('Répondre'), { what: 'the « Répondre » button' });
  } else {
    await tabUntil(page, (focused) => focused.name === 'reponse' && focused.tag === 'textarea', { what: 'the written answer' });
    await page.keyboard.type(WRITTEN_ANSWER);
    await tabUntil(page, isButton('Envoyer ma réponse'), { what: 'the « Envoyer ma réponse » button' });
  }
  await navigation(page, () => page.keyboard.press('Enter'));
}

describe('simulator journey in Chromium: an interview played by keyboard only, its report, the editor’s pages; axe on each page', () => {
  const e2e = useE2E();

  test('a visitor chooses a job and a kind of interview, plays to the end by keyboard, reads the debrief and downloads the report', async () => {
    const { page, errors } = await e2e.newPage({ userAgent: desktopUserAgent(e2e.browser) });
    let response = await page.goto('/simulateur');
    await auditPage(page, errors, { name: 'simulator start', response });

    // The form, by keyboard: the job typed in full (the server resolves it), the kind with Space, Enter on the button.
    await page.locator('h1').focus();
    await tabUntil(page, (focused) => focused.id === 'champ-metier', { what: 'the job title field' });
    await page.keyboard.type(JOB);
    await page.keyboard.press('Escape');
    const kind = await tabUntil(page, (focused) => focused.name === 'typeEntretien', { what: 'the kinds of interview' });
    assert.equal(kind.value, 'premier_entretien');
    await page.keyboard.press('Space');
    await tabUntil(page, isButton('Commencer l’entretien'), { what: 'the start button' });
    response = await navigation(page, () => page.keyboard.press('Enter'));
    assert.match(new URL(page.url()).pathname, /^\/simulateur\/parties\/[A-Za-z0-9_-]{43}$/);
    assert.match(await page.locator('h1').innerText(), /serveur \/ serveuse de restaurant/);
    await auditPage(page, errors, { name: 'first step of the interview', response });

    const seen = new Set<string>();
    let questions = 0;
    for (let turn = 0; turn < 40; turn++) {
      const kindNow = await stepKind(page);
      if (kindNow === 'bilan') break;
      await answerByKeyboard(page, kindNow);
      seen.add(kindNow);
      if (kindNow !== 'continue') questions++;
      const now = await stepKind(page);
      if (kindNow === 'continue' && now !== 'bilan') assert.equal((await activeElement(page)).id, 'etape-titre', 'after a scene, the next step has the focus');
      if (kindNow !== 'continue') {
        // After an answer, the coach's feedback (at the end, the debrief) takes the focus: keyboard and screen reader users read it first.
        const focused = await activeElement(page);
        assert.equal(focused.id, now === 'bilan' ? 'bilan' : 'retour', `the feedback (or the debrief) has the focus after answering (${page.url()})`);
        if (now !== 'bilan') assert.match(await page.locator('#retour').innerText(), /Retour sur votre réponse précédente/);
        if (now === 'choice' || now === 'text') assert.match(await page.locator('main').innerText(), new RegExp(`Question ${questions + 1} sur \\d+`));
      }
      await auditPage(page, errors, { name: `interview page after a « ${kindNow} » answer` });
    }
    assert.deepEqual([...seen].sort(), ['choice', 'continue', 'text'], 'scenes, choice questions and written answers were played');
    assert.ok(questions >= 8, `about ten questions were asked (${questions})`);

    // The debrief: scores as a table and a chart, remarks with the words marked, resources, the report.
    const main = await page.locator('main').innerText();
    assert.match(main, /Votre bilan/);
    assert.match(main, /Score par compétence/);
    assert.ok(await page.locator('svg.es-chart[role="img"]').count(), 'the chart is there');
    assert.ok(await page.locator('.es-answer mark').count(), 'the words behind the remarks are highlighted');
    await tabUntil(page, (focused) => focused.tag === 'a' && focused.text === 'Télécharger le rapport (PDF)', { what: 'the report link', maxPresses: 120 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^bilan-restauration-salle-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(errors, [], 'no console error while downloading');
  });

  test('a logged-in player resumes from « Mon espace »; staff open the editor’s pages; axe on each', async () => {
    const { app, db } = e2e.app;
    for (const [email, roles] of [
      [PLAYER, ['candidat']],
      [STAFF, ['moderateur']],
    ] as const) {
      await signUp(app, email);
      await sql`UPDATE accounts SET email_verified_at = now(), roles = ${[...roles]}::text[] WHERE email_normalized = ${email}`.execute(db);
    }
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await logIn(page, errors, PLAYER, 'player');
    await page.goto('/simulateur');
    await page.fill('#champ-metier', 'Secrétaire');
    await page.focus('input[name="typeEntretien"][value="entretien_telephonique"]');
    await page.keyboard.press('Space');
    let response: Response | null = await navigation(page, () => page.getByRole('button', { name: 'Commencer l’entretien' }).click());
    await auditPage(page, errors, { name: 'attempt of a logged-in player', response });
    const first = await stepKind(page);
    assert.notEqual(first, 'bilan');
    if (first !== 'bilan') await answerByKeyboard(page, first);
    response = await page.goto('/mon-espace/simulations');
    await auditPage(page, errors, { name: 'my attempts', response });
    response = await navigation(page, () => page.getByRole('button', { name: 'Reprendre' }).click());
    assert.match(await page.locator('main').innerText(), /Cette partie est enregistrée dans votre espace/);
    await auditPage(page, errors, { name: 'resumed attempt', response });
    await context.close();

    const staff = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const editor = await staff.newPage();
    const editorErrors = collectErrors(editor);
    await logIn(editor, editorErrors, STAFF, 'staff');
    for (const [name, path] of [
      ['scenario list', '/simulateur/edition'],
      ['scenario overview', '/simulateur/edition/vente-conseiller'],
      ['scenario information', '/simulateur/edition/vente-conseiller/informations'],
      ['new choice step', '/simulateur/edition/vente-conseiller/etapes/nouvelle?type=choice'],
      ['new written-answer step', '/simulateur/edition/vente-conseiller/etapes/nouvelle?type=text'],
      ['new scene step', '/simulateur/edition/vente-conseiller/etapes/nouvelle?type=scene'],
      ['new ending', '/simulateur/edition/vente-conseiller/etapes/nouvelle?type=end'],
      ['import', '/simulateur/edition/importer'],
      ['new scenario', '/simulateur/edition/nouveau'],
      ['serious games', '/jeux-serieux'],
    ] as const) {
      response = await editor.goto(path);
      await auditPage(editor, editorErrors, { name, response });
    }
    // An existing question's form, with its choices, effects and conditions.
    await editor.goto('/simulateur/edition/vente-conseiller');
    const edit = await editor.locator('a[href^="/simulateur/edition/vente-conseiller/etapes/"]').nth(2).getAttribute('href');
    response = await editor.goto(edit!);
    await auditPage(editor, editorErrors, { name: 'an existing step', response });
    // Saving the step form unchanged (back to the overview).
    response = await navigation(editor, () => editor.getByRole('button', { name: 'Enregistrer l’étape dans le brouillon' }).click());
    await auditPage(editor, editorErrors, { name: 'step form after saving', response, status: response?.status() ?? 200 });
    // A refused import: the validator's messages, the text kept.
    await editor.goto('/simulateur/edition/importer');
    await editor.fill('#champ-json', JSON.stringify({ schemaVersion: 1, id: 'incomplet', steps: [] }));
    response = await navigation(editor, () => editor.getByRole('button', { name: 'Importer', exact: true }).click());
    assert.match(await editor.locator('main').innerText(), /Le scénario est refusé/);
    await auditPage(editor, editorErrors, { name: 'refused import', response, status: 400 });
  });
});
