import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createService } from '../../../../test/factories.js';
import { findSession } from '../courses.repository.js';
import { buildCourseStatistics, enrolmentSeries } from './statistics.service.js';

const DAY = 24 * 3600 * 1000;
const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[\u202f\u00a0]/g, ' ');

/**
 * A two-week course (week 1: a text and a two-question quiz; week 2: a text) and one session that
 * started 15 days ago, with four learners whose activity is written directly in the tables.
 */
describe('learner statistics of a course', () => {
  let t: TestApp;
  let courseId: number;
  let sessionId: number;
  let instructor: TestClient;
  const now = new Date();
  const starts = new Date(now.getTime() - 15 * DAY);
  const ids: Record<string, number> = {};

  before(async () => {
    t = await buildTestApp({ seed: false });
    const service = await createService(t.db, { name: 'Cours mesuré', type: 'mooc' });
    courseId = (await t.db.insertInto('courses').values({ service_id: service.id, weeks_count: 2 }).returning('id').executeTakeFirstOrThrow()).id;
    const week = async (position: number) => (await t.db.insertInto('course_weeks').values({ course_id: courseId, position, title: `Semaine ${position}` }).returning('id').executeTakeFirstOrThrow()).id;
    const w1 = await week(1);
    const w2 = await week(2);
    const lesson = async (weekId: number, position: number, kind: 'texte' | 'quiz', title: string) =>
      (await t.db.insertInto('course_lessons').values({ week_id: weekId, position, kind, title, body: 'x', pass_mark: kind === 'quiz' ? 50 : null }).returning('id').executeTakeFirstOrThrow()).id;
    ids.t1 = await lesson(w1, 1, 'texte', 'Lire');
    ids.q1 = await lesson(w1, 2, 'quiz', 'Vérifier');
    ids.t2 = await lesson(w2, 1, 'texte', 'Relire');
    const question = async (position: number, kind: 'unique' | 'multiple', prompt: string, choices: [string, boolean][]) => {
      const id = (await t.db.insertInto('quiz_questions').values({ lesson_id: ids.q1!, position, kind, prompt }).returning('id').executeTakeFirstOrThrow()).id;
      const rows = await t.db.insertInto('quiz_choices').values(choices.map(([label, correct], index) => ({ question_id: id, position: index + 1, label, correct }))).returning('id').execute();
      return { id, choices: rows.map((row) => row.id) };
    };
    const qa = await question(1, 'unique', 'Quel document envoyer ?', [['Le CV', true], ['Rien', false]]);
    const qb = await question(2, 'multiple', 'Que préparer avant un entretien ?', [['Des exemples', true], ['Des questions', true], ['Rien', false]]);
    sessionId = (
      await t.db
        .insertInto('course_sessions')
        .values({ course_id: courseId, name: 'Session mesurée', enrolment_opens_at: new Date(starts.getTime() - 30 * DAY), enrolment_closes_at: new Date(starts.getTime() + 7 * DAY), starts_at: starts, ends_at: new Date(starts.getTime() + 28 * DAY) })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // Noon UTC: the same day in Paris whatever the season.
    const noon = (daysAgo: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, 12));
    const enrol = async (name: string, daysAgo: number, status: 'inscrit' | 'desinscrit' = 'inscrit') => {
      const account = await t.db.insertInto('accounts').values({ email: `${name}@exemple.fr`, email_normalized: `${name}@exemple.fr`, password_hash: null, email_verified_at: new Date(), situation: null, target_ogr_code: null, target_rome_code: null, target_job_label: null, department_code: null, guidance: null, oidc_issuer: null, oidc_subject: null }).returning('id').executeTakeFirstOrThrow();
      return (await t.db.insertInto('enrolments').values({ session_id: sessionId, account_id: account.id, status, enrolled_at: noon(daysAgo), left_at: null, last_lesson_id: null, last_activity_at: null, completed_at: null, start_reminder_sent_at: null }).returning('id').executeTakeFirstOrThrow()).id;
    };
    const e1 = await enrol('alice', 20);
    const e2 = await enrol('bruno', 20);
    await enrol('chloe', 18); // never starts
    const e4 = await enrol('david', 18, 'desinscrit');
    const at = (days: number) => new Date(starts.getTime() + days * DAY);
    const seen = (enrolmentId: number, lessonId: number, days: number) => t.db.insertInto('lesson_progress').values({ enrolment_id: enrolmentId, lesson_id: lessonId, seen_at: at(days) }).execute();
    const attempt = (enrolmentId: number, n: number, passed: boolean, answers: Record<number, number[]>, days: number) =>
      t.db.insertInto('quiz_attempts').values({ enrolment_id: enrolmentId, lesson_id: ids.q1!, attempt: n, score: passed ? 100 : 0, passed, answers: JSON.stringify(answers), created_at: at(days) }).execute();
    // Alice: week 1 with a failed then a passed quiz, week 2, course completed.
    await seen(e1, ids.t1, 1);
    await seen(e1, ids.q1, 1);
    await attempt(e1, 1, false, { [qa.id]: [qa.choices[1]!], [qb.id]: [qb.choices[0]!, qb.choices[1]!] }, 1);
    await attempt(e1, 2, true, { [qa.id]: [qa.choices[0]!], [qb.id]: [qb.choices[0]!, qb.choices[1]!] }, 8);
    await seen(e1, ids.t2, 8.5);
    await t.db.updateTable('enrolments').set({ completed_at: at(8.5) }).where('id', '=', e1).execute();
    // Bruno: week 1 only (passes the quiz at the first try, although half wrong).
    await seen(e2, ids.t1, 2);
    await seen(e2, ids.q1, 2);
    await attempt(e2, 1, true, { [qa.id]: [qa.choices[0]!], [qb.id]: [qb.choices[0]!] }, 2);
    // David (left since): active in week 2.
    await seen(e4, ids.t1, 9);
    await attempt(e4, 1, true, { [qa.id]: [qa.choices[0]!], [qb.id]: [qb.choices[0]!, qb.choices[2]!] }, 9);

    const email = 'formatrice@exemple.fr';
    instructor = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await t.db.insertInto('course_instructors').values({ course_id: courseId, account_id: id, name: 'Formatrice', kind: 'interne' }).execute();
  });
  after(async () => t.close());

  test('enrolments over time, active learners per week, the completion funnel and the success per question', async () => {
    const session = (await findSession(t.db, courseId, sessionId))!;
    const stats = await buildCourseStatistics(t.db, courseId, session, now);
    assert.equal(stats.enrolments.granularity, 'jour');
    assert.deepEqual(stats.enrolments.points.map((point) => point.value), [2, 0, 2]);
    assert.equal(stats.enrolments.total, 4);
    assert.deepEqual(stats.active.map((point) => point.value), [2, 2, 0]);
    assert.deepEqual(
      stats.funnel.map((step) => [step.label, step.value]),
      [['Inscrits', 3], ['Ont commencé', 2], ['Semaine 1 terminée', 2], ['Semaine 2 terminée', 1], ['Cours terminé', 1]],
    );
    assert.deepEqual(
      stats.questions.map((question) => [question.prompt, question.answered, question.right]),
      [['Quel document envoyer ?', 3, 2], ['Que préparer avant un entretien ?', 3, 1]],
    );
  });

  test('long periods are counted per week (from Monday)', () => {
    const series = enrolmentSeries([{ day: '2026-01-01', n: 3 }, { day: '2026-01-05', n: 1 }, { day: '2026-04-01', n: 2 }]);
    assert.equal(series.granularity, 'semaine');
    assert.equal(series.points[0]!.key, '2025-12-29');
    assert.equal(series.points[0]!.value, 3);
    assert.equal(series.points[1]!.value, 1);
    assert.equal(series.points.reduce((sum, point) => sum + point.value, 0), 6);
    assert.equal(enrolmentSeries([]).points.length, 0);
  });

  test('the page: charts with text summaries and data tables; the CSV export', async () => {
    const page = await instructor.get(`/formateur/cours/${courseId}/statistiques`);
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.match(html, /4 inscriptions au total/);
    assert.match(html, /Sur 3 inscrits, 2 ont commencé le cours \(67 %\) et 1 l’ont terminé \(33 %\)/);
    assert.match(html, /Question la moins réussie au premier essai : « Que préparer avant un entretien \? » \(33 %/);
    assert.match(html, /<svg class="es-chart" role="img" aria-labelledby="graphique-entonnoir-titre graphique-entonnoir-resume"/);
    assert.match(html, /<caption>Réussite par question au premier essai<\/caption>/);
    assert.equal((await instructor.get(`/formateur/cours/${courseId}/statistiques?session=999999`)).statusCode, 400);

    const csv = await instructor.get(`/formateur/cours/${courseId}/statistiques.csv?session=${sessionId}`);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /attachment; filename="statistiques-.*-session-\d+\.csv"/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'Cours;Session;Rubrique;Élément;Valeur;Base;Taux (%)');
    assert.ok(lines.includes('Cours mesuré;Session mesurée;Entonnoir de progression;Inscrits;3;3;100'));
    assert.ok(lines.includes('Cours mesuré;Session mesurée;Entonnoir de progression;Semaine 2 terminée;1;3;33,3'));
    assert.ok(lines.includes('Cours mesuré;Session mesurée;Réussite au premier essai;Semaine 1 · Vérifier · Q2 : Que préparer avant un entretien ?;1;3;33,3'));
    assert.equal(lines.filter((line) => line.includes('Inscriptions par jour')).length, 3);
    assert.equal((await instructor.get(`/formateur/cours/${courseId}/statistiques.csv?session=abc`)).statusCode, 400);
    const stranger = await signUp(t.app, 'curieux@exemple.fr');
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = 'curieux@exemple.fr'`.execute(t.db);
    assert.equal((await stranger.get(`/formateur/cours/${courseId}/statistiques.csv`)).statusCode, 403);
  });
});
