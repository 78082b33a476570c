import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { enrol } from '../courses/enrolment.service.js';
import { type CourseFixture, createCourse, running, verify } from './learning.fixtures.js';
import { learnerPersonalData } from '../courses/learner.personal-data.js';
import { computeProgress } from './progress.js';

describe('course home: access, tabs, weeks, lessons, progress', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const learner = async (course: CourseFixture, sessionIndex = 0): Promise<{ client: TestClient; accountId: number; enrolmentId: number }> => {
    const email = `apprenant${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    const accountId = await verify(t.db, email);
    const { enrolmentId } = await enrol(t.db, course.sessions[sessionIndex]!, accountId);
    return { client, accountId, enrolmentId };
  };
  const home = (course: CourseFixture, tab: string, session = 0) => `/moocs/${course.slug}/sessions/${course.sessions[session]}/${tab}`;
  const lesson = (course: CourseFixture, id: number, session = 0) => `/moocs/${course.slug}/sessions/${course.sessions[session]}/lecons/${id}`;

  test('only enrolled learners (and instructors, administrators in preview) see the course home', async () => {
    const course = await createCourse(t.db, [running()]);
    const { client } = await learner(course);
    for (const tab of ['contenu', 'infos', 'progression']) {
      const page = await client.get(home(course, tab));
      assert.equal(page.statusCode, 200, tab);
      assert.match(page.body, new RegExp(`<a class="fr-nav__link" href="/moocs/${course.slug}/sessions/${course.sessions[0]}/${tab}" aria-current="page">`));
      const tabs = /aria-label="Sections du cours">(.*?)<\/nav>/s.exec(page.body)![1]!;
      assert.equal((tabs.match(/aria-current="page"/g) ?? []).length, 1, 'one current tab');
      assert.match(page.body, /Discussions/);
    }
    const visitor = await t.app.inject({ url: home(course, 'contenu') });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/connexion\?retour=/);
    const other = await signUp(t.app, 'autre-compte@exemple.fr');
    await verify(t.db, 'autre-compte@exemple.fr');
    const refused = await other.get(home(course, 'contenu'));
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /Inscrivez-vous à la session pour suivre ce cours/);
    assert.match(refused.body, new RegExp(`href="/moocs/${course.slug}"`));
    assert.equal((await other.get(lesson(course, course.lessons.text1))).statusCode, 403);
    const admin = await signUp(t.app, 'admin-mooc@exemple.fr');
    await verify(t.db, 'admin-mooc@exemple.fr', ['administrateur']);
    const preview = await admin.get(lesson(course, course.lessons.text1));
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Aperçu formateur/);
    assert.equal((await t.db.selectFrom('lesson_progress').selectAll().execute()).length, 0, 'a preview records nothing');
    assert.equal((await other.get(`/moocs/${course.slug}/sessions/999999/contenu`)).statusCode, 404);
    assert.equal((await client.get(lesson(course, 999999))).statusCode, 404);
  });

  test('a left learner is not enrolled any more', async () => {
    const course = await createCourse(t.db, [running()]);
    const { client } = await learner(course);
    await client.get(home(course, 'infos'));
    await client.post(`/moocs/${course.slug}/sessions/${course.sessions[0]}/desinscription`);
    assert.equal((await client.get(home(course, 'contenu'))).statusCode, 403);
  });

  test('weeks open one after the other from the start date; past sessions stay readable', async () => {
    const course = await createCourse(t.db, [running(3), { opens: -60, closes: -40, starts: -50, ends: -1 }, { opens: -5, closes: 10, starts: 2, ends: 30 }]);
    const { client } = await learner(course, 0);
    const content = await client.get(home(course, 'contenu'));
    assert.match(content.body, new RegExp(`href="${lesson(course, course.lessons.text1)}"`));
    assert.doesNotMatch(content.body, new RegExp(`href="${lesson(course, course.lessons.text2)}"`));
    assert.match(content.body, /Ouvre le \d+ \S+ \d{4} à \d\d:\d\d/);
    const locked = await client.get(lesson(course, course.lessons.text2));
    assert.equal(locked.statusCode, 403);
    assert.match(locked.body, /la semaine 2 ouvrira le \d+ \S+ \d{4} à \d\d:\d\d/);
    // Week 2 opens 7 days after the start: move the start back 8 days.
    await t.db.updateTable('course_sessions').set({ starts_at: new Date(Date.now() - 8 * 24 * 3600 * 1000) }).where('id', '=', course.sessions[0]!).execute();
    assert.equal((await client.get(lesson(course, course.lessons.text2))).statusCode, 200);
    // A finished session: everything readable.
    const past = await t.db.insertInto('enrolments').values({ session_id: course.sessions[1]!, account_id: (await t.db.selectFrom('enrolments').select('account_id').where('session_id', '=', course.sessions[0]!).executeTakeFirstOrThrow()).account_id }).returning('id').executeTakeFirstOrThrow();
    assert.ok(past.id);
    assert.equal((await client.get(lesson(course, course.lessons.text2, 1))).statusCode, 200);
    // Enrolled before the start: nothing open yet.
    await enrol(t.db, course.sessions[2]!, (await t.db.selectFrom('enrolments').select('account_id').where('id', '=', past.id).executeTakeFirstOrThrow()).account_id);
    assert.match((await client.get(home(course, 'contenu', 2))).body, /Le contenu ouvrira au début de la session/);
    assert.equal((await client.get(lesson(course, course.lessons.text1, 2))).statusCode, 403);
  });

  test('lessons: text in safe Markdown, video with captions and transcript; seen on opening; resume', async () => {
    const course = await createCourse(t.db, [running()]);
    const { client, enrolmentId } = await learner(course);
    let content = await client.get(home(course, 'contenu'));
    assert.match(content.body, new RegExp(`href="${lesson(course, course.lessons.text1)}"[^>]*>Commencer le cours`));
    const text = await client.get(lesson(course, course.lessons.text1));
    assert.equal(text.statusCode, 200);
    assert.match(text.body, /<h3>Les rubriques<\/h3>/);
    assert.match(text.body, /<strong>trois<\/strong>/);
    assert.doesNotMatch(text.body, /alert\(1\)/);
    assert.match(text.body, new RegExp(`href="${lesson(course, course.lessons.video)}"[^>]*>Leçon suivante : Vidéo de conseils`));
    assert.match(text.body, /<a class="fr-nav__link" href="[^"]+\/contenu" aria-current="page">/);
    const video = await client.get(lesson(course, course.lessons.video));
    assert.match(video.body, /<video controls="" preload="metadata"|<video controls preload="metadata"/);
    assert.match(video.body, /<source src="https:\/\/videos.example\/conseils.mp4"/);
    assert.match(video.body, new RegExp(`<track kind="captions" srclang="fr" label="Français" src="/moocs/lecons/${course.lessons.video}/sous-titres.vtt" default`));
    assert.match(video.body, /<details[^>]*><summary>Transcription de la vidéo<\/summary>/);
    assert.match(video.body, new RegExp(`Leçon précédente : Lire une offre`));
    const progress = await computeProgress(t.db, enrolmentId);
    assert.deepEqual(progress.weeks[0]!.lessons.map((item) => item.seen), [true, true, false]);
    assert.equal(progress.weeks[0]!.percent, 66);
    // Opening again changes nothing (idempotent).
    await client.get(lesson(course, course.lessons.text1));
    assert.equal((await t.db.selectFrom('lesson_progress').selectAll().where('enrolment_id', '=', enrolmentId).execute()).length, 2);
    content = await client.get(home(course, 'contenu'));
    assert.match(content.body, new RegExp(`href="${lesson(course, course.lessons.text1)}"[^>]*>Reprendre où je me suis arrêté`));
    assert.match(content.body, /Vue<\/span>/);
    assert.match(content.body, /À faire<\/span>/);
    const row = await t.db.selectFrom('enrolments').select(['last_lesson_id', 'last_activity_at']).where('id', '=', enrolmentId).executeTakeFirstOrThrow();
    assert.equal(row.last_lesson_id, course.lessons.text1);
    assert.ok(row.last_activity_at);
    const captions = await t.app.inject({ url: `/moocs/lecons/${course.lessons.video}/sous-titres.vtt` });
    assert.equal(captions.statusCode, 200);
    assert.equal(captions.headers['content-type'], 'text/vtt; charset=utf-8');
    assert.match(captions.body, /^WEBVTT/);
    assert.equal((await t.app.inject({ url: `/moocs/lecons/${course.lessons.text1}/sous-titres.vtt` })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/moocs/lecons/inconnu/sous-titres.vtt' })).statusCode, 404);
  });

  test('invalid captions are not served', async () => {
    const course = await createCourse(t.db, [running()], { captions: '<script>alert(1)</script>' });
    assert.equal((await t.app.inject({ url: `/moocs/lecons/${course.lessons.video}/sous-titres.vtt` })).statusCode, 404);
  });

  test('progress and completion: every lesson seen and every quiz passed sets completed_at once', async () => {
    const course = await createCourse(t.db, [running(10)]);
    const { client, enrolmentId } = await learner(course);
    for (const id of [course.lessons.text1, course.lessons.video, course.lessons.text2]) assert.equal((await client.get(lesson(course, id))).statusCode, 200);
    let progress = await computeProgress(t.db, enrolmentId);
    assert.equal(progress.complete, false, 'the quiz is not passed');
    assert.equal(progress.percent, 75);
    await client.get(lesson(course, course.lessons.quiz));
    const q = course.questions;
    await client.post(`${lesson(course, course.lessons.quiz)}/quiz`, { [`q${q.unique.id}`]: String(q.unique.wrong) });
    assert.equal((await computeProgress(t.db, enrolmentId)).complete, false, 'a failed quiz does not complete');
    const body = new URLSearchParams({ _csrf: client.csrfToken, [`q${q.unique.id}`]: String(q.unique.right) });
    for (const id of q.multiple.right) body.append(`q${q.multiple.id}`, String(id));
    const passed = await t.app.inject({ method: 'POST', url: `${lesson(course, course.lessons.quiz)}/quiz`, headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
    assert.equal(passed.statusCode, 303);
    progress = await computeProgress(t.db, enrolmentId);
    assert.equal(progress.complete, true);
    assert.equal(progress.percent, 100);
    const first = progress.completedAt!;
    assert.ok(first);
    await client.get(lesson(course, course.lessons.text1));
    const again = await t.db.selectFrom('enrolments').select('completed_at').where('id', '=', enrolmentId).executeTakeFirstOrThrow();
    assert.equal(again.completed_at!.getTime(), first.getTime(), 'set once');
    const page = await client.get(home(course, 'progression'));
    assert.match(page.body, /<progress id="progression-globale" max="100" value="100">/);
    assert.match(page.body, /<label class="fr-label" for="progression-globale">Progression dans le cours : 100 %/);
    assert.match(page.body, /Cours terminé le/);
    assert.match(page.body, new RegExp(`href="/moocs/${course.slug}/sessions/${course.sessions[0]}/certificat"`));
    assert.match(page.body, /<caption>Progression par semaine<\/caption>/);
    assert.match(page.body, /<td>100 %<\/td>/);
    assert.match(page.body, /<td>Réussi<\/td>/);
    const infos = await client.get(home(course, 'infos'));
    assert.match(infos.body, /Camille Martin/);
    assert.match(infos.body, /2 heures par semaine/);
    assert.match(infos.body, /Se désinscrire de la session/);
    const accountId = (await t.db.selectFrom('enrolments').select('account_id').where('id', '=', enrolmentId).executeTakeFirstOrThrow()).account_id;
    const exported = (await learnerPersonalData.export(t.db, accountId)) as { statut: string; lecons_vues: unknown[]; tentatives_quiz: { score: number }[] }[];
    assert.equal(exported.length, 1);
    assert.equal(exported[0]!.statut, 'inscrit');
    assert.equal(exported[0]!.lecons_vues.length, 4);
    assert.deepEqual(exported[0]!.tentatives_quiz.map((attempt) => attempt.score), [0, 100]);
  });
});
