import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { assertNoNull, assertPartnerError, partnerCaller } from './partner-apis.test-support.js';

const BASE = '/partenaire/moocs/v1';
const DAY = 86_400_000;

interface Session {
  id: number;
  nom: string;
  etat: string;
  etatLibelle: string;
  rythmeLibre: boolean;
  dateOuvertureInscriptions?: string;
  dateClotureInscriptions?: string;
  dateDebut?: string;
  dateFin?: string;
  etatInscriptions: string;
  etatInscriptionsLibelle: string;
  inscriptionsOuvertes: boolean;
  nombreInscrits: number;
  capacite?: number;
  placesRestantes?: number;
}
interface Course {
  id: number;
  slug: string;
  nom: string;
  urlCours: string;
  nombreSemaines: number;
  formateurs: { nom: string; type: string }[];
  prochaineSession?: Session;
}

describe('MOOC v1', () => {
  let t: TestApp;
  let courseId: number;

  before(async () => {
    t = await buildTestApp();
    const course = await t.db
      .selectFrom('courses as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select('c.id')
      .where('s.slug', '=', 'reussir-l-entretien-d-embauche')
      .executeTakeFirstOrThrow();
    courseId = course.id;
  });
  after(() => t.close());

  test('401 without a token; 403 for an application not subscribed, or whose request is not validated yet', async () => {
    assertPartnerError(await t.app.inject({ url: `${BASE}/cours` }), 401, 'TOKEN_MISSING');
    const other = await partnerCaller(t, ['rome']);
    assertPartnerError(await other.get(`${BASE}/cours`), 403, 'SCOPE_MISSING');
    const pending = await partnerCaller(t, ['catalogue-des-services']);
    await t.db.insertInto('api_subscriptions').values({ application_id: pending.applicationId, api: 'moocs', status: 'soumise', staff_reason: null, submitted_at: new Date(), decided_at: null }).execute();
    const { access_token: token } = await t.app.developer.issueForApplication(pending.applicationId);
    assertPartnerError(await t.app.inject({ url: `${BASE}/cours/${courseId}`, headers: { authorization: `Bearer ${token}` } }), 403, 'SCOPE_MISSING');
  });

  test('the published courses by name, each with its page, instructors and the session to enrol in', async () => {
    const caller = await partnerCaller(t, ['moocs']);
    const response = await caller.get(`${BASE}/cours`);
    assert.equal(response.statusCode, 200);
    const courses = response.json<Course[]>();
    assertNoNull(courses);
    const { rows } = await sql<{ id: number }>`SELECT c.id FROM courses c JOIN services s ON s.id = c.service_id WHERE s.status = 'publie' ORDER BY s.name`.execute(t.db);
    assert.deepEqual(courses.map((course) => course.id), rows.map((row) => row.id));
    const interview = courses.find((course) => course.id === courseId);
    assert.equal(interview?.urlCours, 'http://localhost:3000/moocs/reussir-l-entretien-d-embauche');
    assert.ok(interview.formateurs.length > 0);
    assert.equal(interview.prochaineSession?.etatInscriptions, 'ouvertes');
    assert.equal(interview.prochaineSession?.inscriptionsOuvertes, true);
  });

  test('one course with its programme; 404 when unknown, 400 when the id is malformed', async () => {
    const caller = await partnerCaller(t, ['moocs']);
    const response = await caller.get(`${BASE}/cours/${courseId}`);
    assert.equal(response.statusCode, 200);
    const course = response.json<Course & { description: string; objectifs: string[]; programme: { semaine: number; titre: string; lecons: { titre: string; type: string }[] }[] }>();
    assertNoNull(course);
    assert.equal(course.slug, 'reussir-l-entretien-d-embauche');
    const weeks = await t.db.selectFrom('course_weeks').select(['position', 'title']).where('course_id', '=', courseId).orderBy('position').execute();
    assert.deepEqual(course.programme.map((week) => [week.semaine, week.titre]), weeks.map((week) => [week.position, week.title]));
    assert.equal(course.nombreSemaines, weeks.length);
    assert.ok(course.programme.every((week) => week.lecons.length > 0 && week.lecons.every((lesson) => ['texte', 'video', 'quiz'].includes(lesson.type))));
    assert.ok(!JSON.stringify(course).includes('"body"'), 'no lesson content');
    assertPartnerError(await caller.get(`${BASE}/cours/999999`), 404, 'COURSE_NOT_FOUND');
    assertPartnerError(await caller.get(`${BASE}/cours/abc`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/cours/abc/sessions`), 400, 'INVALID_PARAMETER');
  });

  test('sessions: dates, state, enrolment state, enrolled count and places left', async () => {
    const caller = await partnerCaller(t, ['moocs']);
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY);
    const inserted = await t.db
      .insertInto('course_sessions')
      .values([
        { course_id: courseId, name: 'Session future', enrolment_opens_at: at(10), enrolment_closes_at: at(40), starts_at: at(40), ends_at: at(80), capacity: null },
        { course_id: courseId, name: 'Session presque pleine', enrolment_opens_at: at(-5), enrolment_closes_at: at(20), starts_at: at(20), ends_at: at(60), capacity: 1 },
        { course_id: courseId, name: 'Session passée', enrolment_opens_at: at(-90), enrolment_closes_at: at(-60), starts_at: at(-60), ends_at: at(-20), capacity: null },
        { course_id: courseId, name: 'Session libre', self_paced: true, capacity: null },
      ])
      .returning(['id', 'name'])
      .execute();
    const idOf = (name: string) => inserted.find((row) => row.name === name)!.id;
    const learner = await t.db.selectFrom('accounts').select('id').executeTakeFirstOrThrow();
    await t.db.insertInto('enrolments').values({ session_id: idOf('Session presque pleine'), account_id: learner.id, left_at: null, last_lesson_id: null, last_activity_at: null, completed_at: null, start_reminder_sent_at: null }).execute();

    const response = await caller.get(`${BASE}/cours/${courseId}/sessions`);
    assert.equal(response.statusCode, 200);
    const sessions = response.json<Session[]>();
    assertNoNull(sessions);
    const byName = new Map(sessions.map((session) => [session.nom, session]));
    assert.equal(sessions.length, await t.db.selectFrom('course_sessions').select('id').where('course_id', '=', courseId).execute().then((rows) => rows.length));

    const future = byName.get('Session future')!;
    assert.deepEqual([future.etat, future.etatInscriptions, future.inscriptionsOuvertes, future.nombreInscrits], ['a-venir', 'pas-encore-ouvertes', false, 0]);
    assert.equal(future.dateDebut, at(40).toISOString());
    assert.equal(future.dateOuvertureInscriptions, at(10).toISOString());
    assert.ok(!('capacite' in future) && !('placesRestantes' in future), 'no limit: omitted');

    const full = byName.get('Session presque pleine')!;
    assert.deepEqual([full.etat, full.etatInscriptions, full.etatInscriptionsLibelle, full.inscriptionsOuvertes], ['inscriptions-ouvertes', 'completes', 'Session complète', false]);
    assert.deepEqual([full.nombreInscrits, full.capacite, full.placesRestantes], [1, 1, 0]);

    const past = byName.get('Session passée')!;
    assert.deepEqual([past.etat, past.etatLibelle, past.etatInscriptions], ['terminee', 'Terminée', 'closes']);

    const free = byName.get('Session libre')!;
    assert.deepEqual([free.rythmeLibre, free.etat, free.etatInscriptions, free.inscriptionsOuvertes], [true, 'en-cours', 'ouvertes', true]);
    assert.ok(!('dateDebut' in free) && !('dateOuvertureInscriptions' in free), 'no dates: omitted');

    const upcoming = sessions.find((session) => session.capacite === 5000);
    assert.ok(upcoming, 'the demo session with 5000 places');
    assert.equal(upcoming.placesRestantes, 5000 - upcoming.nombreInscrits);
    assertPartnerError(await caller.get(`${BASE}/cours/999999/sessions`), 404, 'COURSE_NOT_FOUND');
  });

  test('a course whose catalogue entry is unpublished: 404 and out of the list', async () => {
    const caller = await partnerCaller(t, ['moocs']);
    await sql`UPDATE services SET status = 'depublie' WHERE id = (SELECT service_id FROM courses WHERE id = ${courseId})`.execute(t.db);
    assertPartnerError(await caller.get(`${BASE}/cours/${courseId}`), 404, 'COURSE_NOT_FOUND');
    assertPartnerError(await caller.get(`${BASE}/cours/${courseId}/sessions`), 404, 'COURSE_NOT_FOUND');
    assert.ok(!(await caller.get(`${BASE}/cours`)).json<Course[]>().some((course) => course.id === courseId));
  });
});
