import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { decode, MoocFixtures } from '../discussions/discussions.fixtures.js';
import { announcementsDeliveryJob } from './announcements.job.js';
import { createAnnouncement, deliverAnnouncements } from './announcements.service.js';

describe('MOOC announcements', () => {
  let t: TestApp;
  let f: MoocFixtures;
  let course: Awaited<ReturnType<MoocFixtures['course']>>;
  let url: string;
  before(async () => {
    t = await buildTestApp({ seed: false });
    f = new MoocFixtures(t.app, t.db);
    course = await f.course('Organiser sa recherche');
    url = `/formateur/cours/${course.id}/sessions/${course.sessionId}/annonces`;
  });
  after(async () => t.close());

  const announcementMails = (subject: string) => t.smtp.mails.filter((mail) => mail.subject === `[Organiser sa recherche] ${subject}`);

  test('only the course’s instructors and administrators write announcements', async () => {
    assert.equal((await t.app.inject({ url })).statusCode, 303);
    const learner = await f.account();
    await f.enrol(course.sessionId, learner.id);
    assert.equal((await learner.client.get(url)).statusCode, 403);
    assert.equal((await learner.client.post(url, { subject: 'x', body: 'y' })).statusCode, 403);
    const otherTeacher = await f.account();
    await f.instructor((await f.course()).id, otherTeacher.id);
    assert.equal((await otherTeacher.client.get(url)).statusCode, 403, 'an instructor of another course');
    assert.equal((await (await f.account({ roles: ['administrateur'] })).client.get(url)).statusCode, 200);
    const teacher = await f.account();
    await f.instructor(course.id, teacher.id);
    assert.equal((await teacher.client.get(url)).statusCode, 200);
    for (const bad of [`/formateur/cours/inconnu/sessions/${course.sessionId}/annonces`, `/formateur/cours/${course.id}/sessions/999999/annonces`, `/formateur/cours/${course.id}/sessions/inconnu/annonces`]) {
      assert.equal((await teacher.client.get(bad)).statusCode, 404, bad);
    }
  });

  test('an invalid announcement is shown again with its text; a valid one goes to enrolled learners only', async () => {
    const teacher = await f.account({ displayName: 'Paul Formateur' });
    await f.instructor(course.id, teacher.id);
    const enrolled = await Promise.all([f.account(), f.account()]);
    for (const learner of enrolled) await f.enrol(course.sessionId, learner.id);
    const left = await f.account();
    await f.enrol(course.sessionId, left.id, 'desinscrit');
    const elsewhere = await f.account();
    await f.enrol(await f.session(course.id), elsewhere.id);

    await teacher.client.get(url);
    const invalid = await teacher.client.post(url, { subject: 'S'.repeat(201), body: 'Texte à garder' });
    assert.equal(invalid.statusCode, 400);
    assert.match(decode(invalid.body), /L’objet compte 201 caractères/);
    assert.match(invalid.body, /Texte à garder<\/textarea>/);
    assert.match(decode((await teacher.client.post(url, { subject: 'Objet', body: '  ' })).body), /Écrivez le texte de l’annonce/);

    const sent = await teacher.client.post(url, { subject: 'La semaine 2 est ouverte', body: 'Bonne lecture **à tous**.' });
    assert.equal(sent.statusCode, 303);
    const mails = announcementMails('La semaine 2 est ouverte');
    const enrolledCount = (await t.db.selectFrom('enrolments').select('id').where('session_id', '=', course.sessionId).where('status', '=', 'inscrit').execute()).length;
    assert.equal(mails.length, enrolledCount);
    for (const learner of enrolled) assert.equal(mails.filter((mail) => mail.to.includes(learner.email)).length, 1);
    for (const outsider of [left, elsewhere, teacher]) assert.ok(!mails.some((mail) => mail.to.includes(outsider.email)));
    assert.match(mails[0]!.text, /Bonne lecture \*\*à tous\*\*\./);
    assert.match(mails[0]!.text, new RegExp(`http://localhost:3000/moocs/${course.slug}/sessions/${course.sessionId}/discussions`));
    const deliveries = await t.db.selectFrom('course_announcement_deliveries').selectAll().execute();
    assert.equal(deliveries.length, enrolledCount);
    assert.ok(deliveries.every((row) => row.sent_at !== null));

    const page = decode((await teacher.client.get(String(sent.headers.location))).body);
    assert.match(page, new RegExp(`Annonce enregistrée : elle est envoyée à ${enrolledCount} apprenants`));
    assert.match(page, new RegExp(`envoyée à ${enrolledCount} sur ${enrolledCount} destinataires`));
    const tab = decode((await enrolled[0]!.client.get(`/moocs/${course.slug}/sessions/${course.sessionId}/discussions`)).body);
    assert.match(tab, /Annonces de l’équipe pédagogique/);
    assert.match(tab, /La semaine 2 est ouverte/);
    assert.match(tab, /<strong>à tous<\/strong>/);

    const before = t.smtp.mails.length;
    const job = announcementsDeliveryJob(t.app.mailer, t.app.config.publicUrl);
    const context = { now: new Date(), runId: 'test', signal: new AbortController().signal };
    await job.run(t.db, context);
    await job.run(t.db, context);
    assert.equal(t.smtp.mails.length, before, 'the job sends nothing already sent');
  });

  test('unsent deliveries go out once, even when two senders run at the same time', async () => {
    const session = await f.session(course.id, 'Session parallèle');
    const learners = await Promise.all(Array.from({ length: 7 }, () => f.account()));
    for (const learner of learners) await f.enrol(session, learner.id);
    const teacher = await f.account();
    const created = await createAnnouncement(t.db, session, teacher.id, { subject: 'Rappel parallèle', body: 'Texte.' });
    assert.ok(created.ok);
    assert.equal(created.recipients, 7);
    const [a, b] = await Promise.all([deliverAnnouncements(t.db, t.app.mailer, t.app.config.publicUrl), deliverAnnouncements(t.db, t.app.mailer, t.app.config.publicUrl)]);
    assert.equal(a + b, 7);
    const job = announcementsDeliveryJob(t.app.mailer, t.app.config.publicUrl);
    await job.run(t.db, { now: new Date(), runId: 'again', signal: new AbortController().signal });
    const mails = announcementMails('Rappel parallèle');
    assert.equal(mails.length, 7);
    for (const learner of learners) assert.equal(mails.filter((mail) => mail.to.includes(learner.email)).length, 1, learner.email);
  });

  test('a mail that fails is given back and sent by a later run', async () => {
    const session = await f.session(course.id, 'Session en panne');
    const learner = await f.account();
    await f.enrol(session, learner.id);
    const created = await createAnnouncement(t.db, session, learner.id, { subject: 'Panne', body: 'Texte.' });
    assert.ok(created.ok);
    const failing = { send: async () => Promise.reject(new Error('SMTP down')), outbox: async () => [] };
    assert.equal(await deliverAnnouncements(t.db, failing, 'http://localhost:3000'), 0);
    const row = await t.db.selectFrom('course_announcement_deliveries').select('sent_at').where('announcement_id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.sent_at, null);
    assert.equal(await deliverAnnouncements(t.db, t.app.mailer, t.app.config.publicUrl), 1);
    assert.equal(announcementMails('Panne').length, 1);
  });
});
