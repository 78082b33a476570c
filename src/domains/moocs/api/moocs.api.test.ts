import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { insertEnrolment, insertSession, seededCourse, verifiedAccount } from '../certificates/certificates.test-support.js';

describe('MOOC JSON API', () => {
  let t: TestApp;
  let course: { id: number; slug: string; name: string };
  let sessionId: number;

  before(async () => {
    t = await buildTestApp();
    course = await seededCourse(t);
    // A quiz whose answers must never leave the server.
    const week = await t.db.insertInto('course_weeks').values({ course_id: course.id, position: 40, title: 'Semaine de test API', summary: 'Résumé de test' }).returning('id').executeTakeFirstOrThrow();
    const lesson = await t.db
      .insertInto('course_lessons')
      .values({ week_id: week.id, position: 1, kind: 'quiz', title: 'Quiz de test API', body: 'Introduction secrète', pass_mark: 75, max_attempts: 3 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const question = await t.db.insertInto('quiz_questions').values({ lesson_id: lesson.id, position: 1, kind: 'unique', prompt: 'QUESTION-CACHEE ?', explanation: 'EXPLICATION-CACHEE' }).returning('id').executeTakeFirstOrThrow();
    await t.db
      .insertInto('quiz_choices')
      .values([
        { question_id: question.id, position: 1, label: 'REPONSE-JUSTE', correct: true, feedback: 'RETOUR-CACHE' },
        { question_id: question.id, position: 2, label: 'REPONSE-FAUSSE', correct: false },
      ])
      .execute();
    const session = await insertSession(t, course.id, 5, 'Session API à venir');
    sessionId = session.id;
    await t.db.updateTable('course_sessions').set({ capacity: 50 }).where('id', '=', sessionId).execute();
    const learner = await verifiedAccount(t);
    await insertEnrolment(t, sessionId, learner.id);
  });
  after(async () => t.close());

  test('GET /api/v1/moocs lists the published courses with their next session', async () => {
    const response = await t.app.inject({ url: '/api/v1/moocs' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.total, body.resultats.length);
    assert.ok(body.total >= 1);
    const item = body.resultats.find((entry: { slug: string }) => entry.slug === course.slug);
    assert.ok(item, 'the seeded course is listed');
    assert.equal(item.nom, course.name);
    assert.equal(item.lien, `http://localhost:3000/moocs/${course.slug}`);
    assert.equal(typeof item.effort, 'string');
    assert.ok(Array.isArray(item.formateurs));
    assert.ok(item.prochaineSession, 'a session to show');
    assert.equal(typeof item.prochaineSession.inscriptionsOuvertes, 'boolean');
    const names = body.resultats.map((entry: { nom: string }) => entry.nom);
    assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
  });

  test('GET /api/v1/moocs/{slug} gives the outline without any quiz content', async () => {
    const response = await t.app.inject({ url: `/api/v1/moocs/${course.slug}` });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.slug, course.slug);
    assert.ok(Array.isArray(body.objectifs));
    const week = body.plan.find((entry: { semaine: number }) => entry.semaine === 40);
    assert.deepEqual(week, { semaine: 40, titre: 'Semaine de test API', resume: 'Résumé de test', lecons: [{ position: 1, titre: 'Quiz de test API', type: 'quiz', dureeMinutes: null }] });
    for (const secret of ['REPONSE-JUSTE', 'REPONSE-FAUSSE', 'QUESTION-CACHEE', 'EXPLICATION-CACHEE', 'RETOUR-CACHE', 'Introduction secrète', '"correct"']) {
      assert.ok(!response.body.includes(secret), secret);
    }
  });

  test('GET /api/v1/moocs/{slug}/sessions: computed states, ISO dates, counts, capacity', async () => {
    const response = await t.app.inject({ url: `/api/v1/moocs/${course.slug}/sessions` });
    assert.equal(response.statusCode, 200);
    const sessions = response.json();
    const mine = sessions.find((entry: { id: number }) => entry.id === sessionId);
    assert.equal(mine.nom, 'Session API à venir');
    assert.equal(mine.etat, 'inscriptions-ouvertes');
    assert.equal(mine.libelleEtat, 'Inscriptions ouvertes');
    assert.equal(mine.inscrits, 1);
    assert.equal(mine.capacite, 50);
    assert.equal(mine.inscriptionsOuvertes, true);
    assert.match(mine.debut, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(new Date(mine.fin) > new Date(mine.debut));
  });

  test('an unknown course answers a problem+json COURSE_NOT_FOUND 404', async () => {
    for (const url of ['/api/v1/moocs/n-existe-pas', '/api/v1/moocs/n-existe-pas/sessions']) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 404);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.equal(response.json().code, 'COURSE_NOT_FOUND');
    }
  });

  test('the OpenAPI document stays valid and documents the three endpoints', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const result = await new Validator().validate(document);
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    for (const path of ['/api/v1/moocs', '/api/v1/moocs/{slug}', '/api/v1/moocs/{slug}/sessions']) {
      const operation = document.paths[path]?.get;
      assert.ok(operation, path);
      assert.deepEqual(operation.tags, ['moocs']);
      assert.ok(operation.responses['200'], path);
    }
    assert.ok(document.paths['/api/v1/moocs/{slug}'].get.responses['404']);
    assert.ok(document.paths['/api/v1/moocs/{slug}/sessions'].get.responses['404']);
    assert.ok(document.paths['/api/v1/moocs/{slug}'].get.parameters.some((parameter: { name: string; in: string }) => parameter.name === 'slug' && parameter.in === 'path'));
  });
});
