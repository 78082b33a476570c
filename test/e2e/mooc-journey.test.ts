import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { signUp } from '../helpers/client.js';
import { activeElement, auditPage, collectErrors, desktopUserAgent, logIn, navigation, tabUntil, useE2E } from './helpers.js';

const INSTRUCTOR = 'ines.formatrice@example.fr';
const LEARNER = 'lea.apprenante@example.fr';
const DAY = 24 * 3600 * 1000;


describe('MOOC journey in Chromium: an instructor writes a lesson and a quiz, a learner completes the course and gets a certificate', () => {
  const e2e = useE2E();

  test('author, enrol, read, fail then pass the quiz by keyboard, complete, certificate, public verification', async () => {
    const { app, db } = e2e.app;
    await signUp(app, INSTRUCTOR);
    await signUp(app, LEARNER);
    await sql`UPDATE accounts SET display_name = 'Inès', email_verified_at = now(), roles = ARRAY['candidat']::text[] WHERE email_normalized = ${INSTRUCTOR}`.execute(db);
    await sql`UPDATE accounts SET display_name = 'Léa Martin', email_verified_at = now() WHERE email_normalized = ${LEARNER}`.execute(db);
    // A course of the catalogue, with a running session; its instructor writes the content below.
    const operator = await db.selectFrom('organisations').select('id').where('kind', '=', 'operateur').executeTakeFirstOrThrow();
    const service = await db
      .insertInto('services')
      .values({
        slug: 'atelier-candidature-express',
        name: 'Atelier candidature express',
        pitch: 'Une semaine pour préparer une candidature solide.',
        description: 'Un atelier court : une leçon pour préparer sa candidature, un quiz pour vérifier ce que vous avez retenu.',
        provider_id: operator.id,
        type: 'mooc',
        themes: ['preparer-sa-candidature'],
        audience: 'candidats',
        price_model: 'gratuit',
        price_text: null,
        platforms: ['web'],
        url: 'https://www.pole-emploi.fr.example/mooc/atelier-candidature-express',
        logo_path: null,
        published_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = await db.insertInto('courses').values({ service_id: service.id, objectives: ['Préparer une candidature'], audience_text: 'Toute personne qui cherche un emploi.', effort_text: '1 heure', weeks_count: 1 }).returning('id').executeTakeFirstOrThrow();
    const instructor = await db.selectFrom('accounts').select('id').where('email_normalized', '=', INSTRUCTOR).executeTakeFirstOrThrow();
    await db.insertInto('course_instructors').values({ course_id: course.id, account_id: instructor.id, name: 'Inès', title: 'Conseillère à l’emploi', kind: 'interne' }).execute();
    const now = Date.now();
    await db
      .insertInto('course_sessions')
      .values({ course_id: course.id, name: 'Session de test', enrolment_opens_at: new Date(now - 10 * DAY), enrolment_closes_at: new Date(now + 10 * DAY), starts_at: new Date(now - 2 * DAY), ends_at: new Date(now + 26 * DAY) })
      .execute();

    // ── 1. The instructor writes a week, a text lesson and a quiz of two questions.
    const authorContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const author = await authorContext.newPage();
    const authorErrors = collectErrors(author);
    await logIn(author, authorErrors, INSTRUCTOR, 'instructor');
    let response = await author.goto('/formateur');
    await auditPage(author, authorErrors, { name: 'instructor space', response });
    response = await author.goto(`/formateur/cours/${course.id}/contenu`);
    await auditPage(author, authorErrors, { name: 'course outline (empty)', response });
    await author.fill('#champ-title', 'Préparer sa candidature');
    await navigation(author, () => author.getByRole('button', { name: 'Ajouter la semaine' }).click());
    const week = await db.selectFrom('course_weeks').select('id').where('course_id', '=', course.id).executeTakeFirstOrThrow();
    const addLesson = async (kind: string, title: string) => {
      await author.goto(`/formateur/cours/${course.id}/contenu`);
      await author.locator('summary', { hasText: 'Ajouter une leçon à la semaine 1' }).click();
      await author.selectOption(`#champ-kind-${week.id}`, kind);
      await author.fill(`#champ-title-${week.id}`, title);
      return navigation(author, () => author.getByRole('button', { name: 'Ajouter la leçon' }).click());
    };
    response = await addLesson('texte', 'Les trois questions avant d’écrire');
    await auditPage(author, authorErrors, { name: 'new text lesson', response });
    await author.fill(
      '#champ-body',
      '## Avant d’écrire\n\nPosez-vous trois questions : **quel poste**, **quelle entreprise**, **quelles preuves** de vos compétences ?\n\n- Relisez l’offre.\n- Notez trois réussites.',
    );
    await navigation(author, () => author.getByRole('button', { name: 'Enregistrer la leçon' }).click());
    response = await addLesson('quiz', 'Quiz de l’atelier');
    await author.fill('#champ-body', 'Deux questions pour vérifier l’essentiel.');
    await author.fill('#champ-passMark', '100');
    await navigation(author, () => author.getByRole('button', { name: 'Enregistrer la leçon' }).click());
    await auditPage(author, authorErrors, { name: 'quiz lesson', response });
    const questions: [string, [string, boolean, string][]][] = [
      ['Que faire en premier ?', [['Relire l’offre', true, 'Oui : tout part de l’offre.'], ['Envoyer le même CV partout', false, 'Non : une candidature se cible.']]],
      ['Que mettre en avant ?', [['Une liste de qualités sans exemple', false, 'Non : sans preuve, une qualité ne convainc pas.'], ['Des réussites concrètes', true, 'Oui : les faits convainquent.']]],
    ];
    for (const [prompt, choices] of questions) {
      response = await navigation(author, () => author.getByRole('link', { name: 'Ajouter une question' }).click());
      await auditPage(author, authorErrors, { name: 'new question form', response });
      await author.locator('label[for="champ-kind"]').click();
      await author.fill('#champ-prompt', prompt);
      await author.fill('#champ-explanation', 'Une candidature convainc quand elle répond à l’offre avec des preuves.');
      for (const [index, [label, correct, feedback]] of choices.entries()) {
        await author.fill(`#champ-choice${index + 1}Label`, label);
        if (correct) await author.locator(`label[for="champ-choice${index + 1}Correct"]`).click();
        await author.fill(`#champ-choice${index + 1}Feedback`, feedback);
      }
      await navigation(author, () => author.getByRole('button', { name: 'Enregistrer la question' }).click());
      assert.match(await author.locator('main').innerText(), new RegExp(prompt.replace('?', '\\?')));
    }
    response = await navigation(author, () => author.getByRole('link', { name: 'Prévisualiser comme un apprenant' }).click());
    await auditPage(author, authorErrors, { name: 'quiz preview', response });

    // ── 2. The learner enrols in the running session.
    const context = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await logIn(page, errors, LEARNER, 'learner');
    response = await page.goto('/moocs');
    await auditPage(page, errors, { name: 'MOOC list', response });
    response = await navigation(page, () => page.locator('main').getByRole('link', { name: 'Atelier candidature express' }).first().click());
    assert.match(await page.locator('main').innerText(), /en cours/i);
    await auditPage(page, errors, { name: 'course page', response });
    response = await navigation(page, () => page.getByRole('button', { name: /S’inscrire/ }).click());
    assert.match(new URL(page.url()).pathname, /\/contenu$/);
    await auditPage(page, errors, { name: 'course home: content tab', response });
    for (const tab of ['Infos', 'Discussions', 'Progression']) {
      response = await navigation(page, () => page.getByRole('navigation', { name: 'Sections du cours' }).getByRole('link', { name: tab, exact: true }).click());
      await auditPage(page, errors, { name: `course home: ${tab} tab`, response });
    }

    // ── 3. Reads the lesson, then takes the quiz by keyboard only: a wrong answer first, then the right ones.
    await navigation(page, () => page.getByRole('navigation', { name: 'Sections du cours' }).getByRole('link', { name: 'Contenu', exact: true }).click());
    response = await navigation(page, () => page.getByRole('link', { name: /Commencer le cours|Reprendre/ }).click());
    assert.match(await page.locator('h1').innerText(), /Les trois questions avant d’écrire/);
    await auditPage(page, errors, { name: 'text lesson', response });
    response = await navigation(page, () => page.getByRole('link', { name: /Leçon suivante/ }).click());
    await auditPage(page, errors, { name: 'quiz', response });

    const quiz = await db
      .selectFrom('quiz_questions as q')
      .innerJoin('course_lessons as l', 'l.id', 'q.lesson_id')
      .innerJoin('course_weeks as w', 'w.id', 'l.week_id')
      .select(['q.id', 'q.position'])
      .where('w.course_id', '=', course.id)
      .orderBy('q.position')
      .execute();
    const answerByKeyboard = async (picks: ('first' | 'second')[]) => {
      await page.locator('h1').focus();
      for (const [index, pick] of picks.entries()) {
        const name = `q${quiz[index]!.id}`;
        await tabUntil(page, (focused) => focused.name === name, { what: `question ${index + 1}` });
        // In a radio group, Tab lands on the first button; Space ticks it, the down arrow moves to and ticks the next.
        await page.keyboard.press(pick === 'first' ? 'Space' : 'ArrowDown');
      }
      await tabUntil(page, (focused) => focused.text === 'Valider mes réponses', { what: 'the submit button' });
      return navigation(page, () => page.keyboard.press('Enter'));
    };
    response = await answerByKeyboard(['second', 'second']);
    assert.match(await page.locator('#resultat').innerText(), /Quiz non réussi : 50 %/);
    assert.equal((await activeElement(page)).id, 'resultat', 'the result takes the focus');
    assert.match(await page.locator('main').innerText(), /Non : une candidature se cible\./, 'the feedback of the wrong answer');
    await auditPage(page, errors, { name: 'quiz failed', response });
    await tabUntil(page, (focused) => focused.text === 'Réessayer', { what: 'the retry link' });
    await navigation(page, () => page.keyboard.press('Enter'));
    response = await answerByKeyboard(['first', 'second']);
    assert.match(await page.locator('#resultat').innerText(), /Quiz réussi : 100 %/);
    await auditPage(page, errors, { name: 'quiz passed', response });

    // ── 4. The course is complete: the certificate, its PDF, and its public verification.
    response = await page.goto(`${new URL(page.url()).pathname.replace(/\/lecons\/.*$/, '')}/progression`);
    assert.match(await page.locator('main').innerText(), /100 %/);
    await auditPage(page, errors, { name: 'progress: complete', response });
    response = await navigation(page, () => page.locator('main').getByRole('link', { name: 'Obtenir mon certificat' }).click());
    await auditPage(page, errors, { name: 'certificate page (earned)', response });
    response = await navigation(page, () => page.getByRole('button', { name: 'Obtenir mon certificat' }).click());
    await auditPage(page, errors, { name: 'certificate page (issued)', response });
    const certificate = await db.selectFrom('certificates').selectAll().where('course_slug', '=', 'atelier-candidature-express').executeTakeFirstOrThrow();
    assert.equal(certificate.learner_name, 'Léa Martin');
    const pdfHref = await page.locator('main').getByRole('link', { name: /PDF/ }).getAttribute('href');
    const pdf = await context.request.get(pdfHref!);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');

    const visitorContext = await e2e.newContext({ userAgent: desktopUserAgent(e2e.browser) });
    const visitor = await visitorContext.newPage();
    const visitorErrors = collectErrors(visitor);
    response = await visitor.goto('/certificats/verifier');
    await auditPage(visitor, visitorErrors, { name: 'certificate verification form', response });
    await visitor.fill('#champ-numero', certificate.number.toLowerCase().replaceAll('-', ' '));
    response = await navigation(visitor, () => visitor.locator('main').getByRole('button').click());
    assert.match(await visitor.locator('main').innerText(), /Certificat authentique/);
    assert.match(await visitor.locator('main').innerText(), /Léa Martin/);
    await auditPage(visitor, visitorErrors, { name: 'certificate verified', response });
    const forged = certificate.number.slice(0, -1) + (certificate.number.endsWith('A') ? 'B' : 'A');
    response = await visitor.goto(`/certificats/verifier/${forged}`);
    assert.doesNotMatch(await visitor.locator('main').innerText(), /Certificat authentique/);
    await auditPage(visitor, visitorErrors, { name: 'forged number', response, status: response?.status() === 400 ? 400 : 404 });

    // The learner's « Mes MOOC » lists it, finished.
    response = await page.goto('/mon-espace/moocs');
    assert.match(await page.locator('main').innerText(), /Cours terminé/);
    await auditPage(page, errors, { name: 'my MOOCs', response });
  });
});
