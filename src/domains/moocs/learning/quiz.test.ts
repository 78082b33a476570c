import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { enrol } from '../courses/enrolment.service.js';
import { type CourseFixture, createCourse, running, verify } from './learning.fixtures.js';
import { parseAnswers, type QuizQuestion, scoreQuiz } from './quiz.js';

const QUESTIONS: QuizQuestion[] = [
  { id: 1, position: 1, kind: 'unique', prompt: 'A ?', explanation: '', choices: [{ id: 11, position: 1, label: 'oui', correct: true, feedback: '' }, { id: 12, position: 2, label: 'non', correct: false, feedback: '' }] },
  {
    id: 2,
    position: 2,
    kind: 'multiple',
    prompt: 'B ?',
    explanation: '',
    choices: [
      { id: 21, position: 1, label: 'a', correct: true, feedback: '' },
      { id: 22, position: 2, label: 'b', correct: true, feedback: '' },
      { id: 23, position: 3, label: 'c', correct: false, feedback: '' },
    ],
  },
];

describe('quiz scoring (pure)', () => {
  test('a question is right only with exactly its correct choices; no answer is wrong', () => {
    assert.equal(scoreQuiz(QUESTIONS, { 1: [11], 2: [21, 22] }, 100).score, 100);
    assert.equal(scoreQuiz(QUESTIONS, { 1: [11], 2: [21] }, 100).score, 50, 'partial multiple answer is wrong');
    assert.equal(scoreQuiz(QUESTIONS, { 1: [11], 2: [21, 22, 23] }, 100).score, 50, 'an extra wrong choice is wrong');
    assert.equal(scoreQuiz(QUESTIONS, { 1: [11] }, 50).passed, true, 'pass mark reached');
    assert.equal(scoreQuiz(QUESTIONS, { 1: [12] }, 50).passed, false);
    assert.equal(scoreQuiz(QUESTIONS, {}, 0).score, 0);
  });

  test('answers are read from q<id> fields; unknown questions or choices, or two single choices, are refused', () => {
    assert.deepEqual(parseAnswers(QUESTIONS, { _csrf: 'x', q1: ['11'], q2: ['22', '21'] }), { 1: [11], 2: [21, 22] });
    assert.deepEqual(parseAnswers(QUESTIONS, { q2: '21' }), { 1: [], 2: [21] });
    for (const body of [{ q3: ['11'] }, { q1: ['21'] }, { q1: ['abc'] }, { q1: ['11', '12'] }]) {
      assert.throws(() => parseAnswers(QUESTIONS, body), (error: unknown) => error instanceof AppError && error.status === 400, JSON.stringify(body));
    }
  });
});

describe('quiz through the pages', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const learner = async (course: CourseFixture) => {
    const email = `quiz${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    const accountId = await verify(t.db, email);
    const { enrolmentId } = await enrol(t.db, course.sessions[0]!, accountId);
    return { client, enrolmentId };
  };
  const url = (course: CourseFixture) => `/moocs/${course.slug}/sessions/${course.sessions[0]}/lecons/${course.lessons.quiz}`;
  /** Posts repeated fields (checkboxes), as a browser does. */
  const post = (client: TestClient, target: string, pairs: [string, string][]) => {
    const body = new URLSearchParams([['_csrf', client.csrfToken], ...pairs]);
    return t.app.inject({ method: 'POST', url: target, headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
  };

  test('the form: fieldsets with legends, radios for single choice, checkboxes for multiple', async () => {
    const course = await createCourse(t.db, [running()]);
    const { client } = await learner(course);
    const page = await client.get(url(course));
    assert.equal(page.statusCode, 200);
    const q = course.questions;
    assert.match(page.body, new RegExp(`<fieldset class="fr-fieldset fr-mb-3w" aria-labelledby="question-${q.unique.id}"><legend class="fr-fieldset__legend" id="question-${q.unique.id}">Question 1 : Question unique`));
    assert.match(page.body, new RegExp(`<input type="radio" id="choix-${q.unique.right}" name="q${q.unique.id}" value="${q.unique.right}"/><label class="fr-label" for="choix-${q.unique.right}">Oui</label>`));
    assert.match(page.body, new RegExp(`<input type="checkbox" id="choix-${q.multiple.wrong}" name="q${q.multiple.id}" value="${q.multiple.wrong}"/>`));
    assert.match(page.body, /Il faut 100 % de bonnes réponses/);
  });

  test('fail, see the feedback and explanation, retry, pass; attempts are limited', async () => {
    const course = await createCourse(t.db, [running()], { maxAttempts: 3, passMark: 100 });
    const { client, enrolmentId } = await learner(course);
    await client.get(url(course));
    const q = course.questions;
    // Partial answer to the multiple-choice question: wrong.
    const failed = await post(client, `${url(course)}/quiz`, [
      [`q${q.unique.id}`, String(q.unique.right)],
      [`q${q.multiple.id}`, String(q.multiple.right[0])],
    ]);
    assert.equal(failed.statusCode, 303);
    assert.equal(failed.headers.location, `${url(course)}?tentative=1#resultat`);
    const result = await client.get(String(failed.headers.location));
    assert.match(result.body, /<div id="resultat" tabindex="-1" data-focus-on-arrival="true" class="fr-alert fr-alert--warning/);
    assert.match(result.body, /Quiz non réussi : 50 % \(tentative 1\)/);
    assert.match(result.body, /1 bonne réponse sur 2/);
    assert.match(result.body, /Il vous reste 2 tentatives/);
    assert.match(result.body, /Bonne réponse<\/p>/);
    assert.match(result.body, /Mauvaise réponse<\/p>/);
    assert.match(result.body, /Votre réponse : « Alpha » — Retour sur Alpha/);
    assert.match(result.body, /Explication multiple\./);
    assert.match(result.body, new RegExp(`href="${url(course)}">Réessayer</a>`));
    // No answer at all: both wrong.
    const empty = await post(client, `${url(course)}/quiz`, []);
    assert.equal(empty.headers.location, `${url(course)}?tentative=2#resultat`);
    assert.match((await client.get(String(empty.headers.location))).body, /Vous n’avez pas répondu à cette question/);
    const passed = await post(client, `${url(course)}/quiz`, [[`q${q.unique.id}`, String(q.unique.right)], ...q.multiple.right.map((id) => [`q${q.multiple.id}`, String(id)] as [string, string])]);
    const passedPage = await client.get(String(passed.headers.location));
    assert.match(passedPage.body, /Quiz réussi : 100 % \(tentative 3\)/);
    assert.doesNotMatch(passedPage.body, />Réessayer</);
    const attempts = await t.db.selectFrom('quiz_attempts').select(['attempt', 'score', 'passed']).where('enrolment_id', '=', enrolmentId).orderBy('attempt').execute();
    assert.deepEqual(attempts, [
      { attempt: 1, score: 50, passed: false },
      { attempt: 2, score: 0, passed: false },
      { attempt: 3, score: 100, passed: true },
    ]);
    const refused = await post(client, `${url(course)}/quiz`, [[`q${q.unique.id}`, String(q.unique.right)]]);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /Vous avez utilisé toutes vos tentatives pour ce quiz/);
    const lesson = await client.get(url(course));
    assert.match(lesson.body, /Quiz réussi : meilleur score 100 %/);
    assert.doesNotMatch(lesson.body, /Valider mes réponses/);
  });

  test('the pass mark decides; concurrent attempts never exceed the limit', async () => {
    const course = await createCourse(t.db, [running()], { maxAttempts: 2, passMark: 50 });
    const { client, enrolmentId } = await learner(course);
    await client.get(url(course));
    const q = course.questions;
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(client, `${url(course)}/quiz`, [[`q${q.unique.id}`, String(q.unique.right)]])));
    assert.deepEqual(responses.map((response) => response.statusCode).sort(), [303, 303, 409, 409]);
    const rows = await t.db.selectFrom('quiz_attempts').select(['score', 'passed']).where('enrolment_id', '=', enrolmentId).execute();
    assert.deepEqual(rows, [
      { score: 50, passed: true },
      { score: 50, passed: true },
    ]);
  });

  test('unknown choices and questions are refused (400); a non-quiz lesson has no quiz', async () => {
    const course = await createCourse(t.db, [running()]);
    const other = await createCourse(t.db, [running()]);
    const { client } = await learner(course);
    await client.get(url(course));
    const q = course.questions;
    assert.equal((await post(client, `${url(course)}/quiz`, [[`q${q.unique.id}`, String(other.questions.unique.right)]])).statusCode, 400);
    assert.equal((await post(client, `${url(course)}/quiz`, [[`q${other.questions.unique.id}`, String(other.questions.unique.right)]])).statusCode, 400);
    assert.equal((await post(client, `${url(course)}/quiz`, [['autre', '1']])).statusCode, 400);
    assert.equal((await post(client, `${url(course)}/quiz`, [[`q${q.unique.id}`, String(q.unique.right)], [`q${q.unique.id}`, String(q.unique.wrong)]])).statusCode, 400);
    const textLesson = `/moocs/${course.slug}/sessions/${course.sessions[0]}/lecons/${course.lessons.text1}/quiz`;
    assert.equal((await post(client, textLesson, [])).statusCode, 400);
    assert.equal((await t.db.selectFrom('quiz_attempts').selectAll().execute()).filter((row) => row.lesson_id === course.lessons.quiz).length, 0);
  });

  test('an administrator previews a quiz: the result is shown, nothing is recorded', async () => {
    const course = await createCourse(t.db, [running()]);
    const admin = await signUp(t.app, 'admin-quiz@exemple.fr');
    await verify(t.db, 'admin-quiz@exemple.fr', ['administrateur']);
    await admin.get(url(course));
    const response = await post(admin, `${url(course)}/quiz`, [[`q${course.questions.unique.id}`, String(course.questions.unique.right)]]);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Quiz non réussi : 50 %/);
    assert.equal((await t.db.selectFrom('quiz_attempts').selectAll().where('lesson_id', '=', course.lessons.quiz).execute()).length, 0);
  });
});
