import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp } from '../../../../test/helpers/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { createCourse, running, verify } from '../learning/learning.fixtures.js';
import { enrol, leave } from './enrolment.service.js';

describe('enrolment', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const accounts = async (prefix: string, n: number) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const { id } = await t.db
        .insertInto('accounts')
        .values({ email: `${prefix}${i}@exemple.fr`, email_normalized: `${prefix}${i}@exemple.fr`, password_hash: 'x', display_name: `${prefix} ${i}`, roles: ['candidat'], email_verified_at: new Date() } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
    }
    return ids;
  };
  const code = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'ok';
    } catch (error) {
      assert.ok(error instanceof AppError, String(error));
      return error.code;
    }
  };

  test('closed before its enrolment opens and after the session ends; open while running', async () => {
    const course = await createCourse(t.db, [running(), { opens: 2, closes: 20, starts: 25, ends: 50 }, { opens: -60, closes: -40, starts: -50, ends: -1 }, { opens: -20, closes: -1, starts: -5, ends: 20 }]);
    const [account] = await accounts('ferme', 1);
    assert.equal(await code(enrol(t.db, course.sessions[0]!, account!)), 'ok');
    assert.equal(await code(enrol(t.db, course.sessions[1]!, account!)), 'ENROLMENT_CLOSED');
    assert.equal(await code(enrol(t.db, course.sessions[2]!, account!)), 'ENROLMENT_CLOSED');
    assert.equal(await code(enrol(t.db, course.sessions[3]!, account!)), 'ENROLMENT_CLOSED');
  });

  test('capacity is exact under concurrent enrolments', async () => {
    const course = await createCourse(t.db, [running(3, 3)]);
    const ids = await accounts('concurrent', 10);
    const results = await Promise.all(ids.map((id) => code(enrol(t.db, course.sessions[0]!, id))));
    assert.equal(results.filter((result) => result === 'ok').length, 3);
    assert.equal(results.filter((result) => result === 'SESSION_FULL').length, 7);
    const rows = await t.db.selectFrom('enrolments').select('id').where('session_id', '=', course.sessions[0]!).where('status', '=', 'inscrit').execute();
    assert.equal(rows.length, 3);
  });

  test('leaving frees a place; enrolling again reactivates the same row', async () => {
    const course = await createCourse(t.db, [running(3, 1)]);
    const [first, second] = await accounts('place', 2);
    const session = course.sessions[0]!;
    const { enrolmentId } = await enrol(t.db, session, first!);
    assert.equal((await enrol(t.db, session, first!)).already, true);
    assert.equal(await code(enrol(t.db, session, second!)), 'SESSION_FULL');
    assert.equal(await leave(t.db, session, first!), true);
    const left = await t.db.selectFrom('enrolments').selectAll().where('id', '=', enrolmentId).executeTakeFirstOrThrow();
    assert.equal(left.status, 'desinscrit');
    assert.ok(left.left_at);
    assert.equal(await code(enrol(t.db, session, second!)), 'ok');
    assert.equal(await code(enrol(t.db, session, first!)), 'SESSION_FULL');
    await leave(t.db, session, second!);
    const again = await enrol(t.db, session, first!);
    assert.equal(again.enrolmentId, enrolmentId);
    const back = await t.db.selectFrom('enrolments').selectAll().where('id', '=', enrolmentId).executeTakeFirstOrThrow();
    assert.equal(back.status, 'inscrit');
    assert.equal(back.left_at, null);
  });

  test('through the pages: enrol → course home, refused when closed (409), leave → course page', async () => {
    const course = await createCourse(t.db, [running(), { opens: -60, closes: -40, starts: -50, ends: -1 }]);
    const client = await signUp(t.app, 'inscription@exemple.fr');
    const accountId = await verify(t.db, 'inscription@exemple.fr');
    const page = await client.get(`/moocs/${course.slug}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`action="/moocs/${course.slug}/sessions/${course.sessions[0]}/inscription"`));
    const enrolled = await client.post(`/moocs/${course.slug}/sessions/${course.sessions[0]}/inscription`);
    assert.equal(enrolled.statusCode, 303);
    assert.equal(enrolled.headers.location, `/moocs/${course.slug}/sessions/${course.sessions[0]}/contenu`);
    const after = await client.get(`/moocs/${course.slug}`);
    assert.match(after.body, /Continuer le cours/);
    assert.match(after.body, /1 inscrit/);
    const closed = await client.post(`/moocs/${course.slug}/sessions/${course.sessions[1]}/inscription`);
    assert.equal(closed.statusCode, 409);
    assert.match(closed.body, /Les inscriptions à cette session ne sont pas ouvertes/);
    const unknown = await client.post(`/moocs/${course.slug}/sessions/999999/inscription`);
    assert.equal(unknown.statusCode, 404);
    const left = await client.post(`/moocs/${course.slug}/sessions/${course.sessions[0]}/desinscription`);
    assert.equal(left.statusCode, 303);
    assert.equal(left.headers.location, `/moocs/${course.slug}?info=desinscrit`);
    const row = await t.db.selectFrom('enrolments').select('status').where('account_id', '=', accountId).executeTakeFirstOrThrow();
    assert.equal(row.status, 'desinscrit');
    assert.match((await client.get(`/moocs/${course.slug}?info=desinscrit`)).body, /Vous êtes désinscrit de la session/);
  });

  test('an unverified account may not enrol; a visitor is asked to log in', async () => {
    const course = await createCourse(t.db, [running()]);
    const client = await signUp(t.app, 'non-verifie-mooc@exemple.fr');
    await client.get(`/moocs/${course.slug}`);
    assert.equal((await client.post(`/moocs/${course.slug}/sessions/${course.sessions[0]}/inscription`)).statusCode, 403);
    const visitor = await t.app.inject({ url: `/moocs/${course.slug}` });
    assert.match(visitor.body, /Se connecter pour s’inscrire/);
  });
});
