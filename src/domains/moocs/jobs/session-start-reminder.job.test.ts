import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { insertEnrolment, insertSession, seededCourse, verifiedAccount } from '../certificates/certificates.test-support.js';
import { sendSessionStartReminders, sessionStartReminderJob } from './session-start-reminder.job.js';

describe('session start reminder job', () => {
  let t: TestApp;
  let course: { id: number; slug: string; name: string };
  // Sign-up mails (address confirmation) go to the same people: count reminders only.
  const mailsTo = (email: string) => t.smtp.mails.filter((mail) => mail.to.toLowerCase() === email.toLowerCase() && /commence/.test(mail.subject));
  const run = () => sendSessionStartReminders(t.db, t.app.mailer, t.app.config.publicUrl);

  before(async () => {
    t = await buildTestApp();
    course = await seededCourse(t);
  });
  after(async () => t.close());

  test('is declared as a scheduled job every ten minutes', () => {
    const job = t.app.scheduledJobs.find((known) => known.name === 'rappel-debut-session');
    assert.ok(job);
    assert.equal(job.everyMs, 10 * 60_000);
    assert.equal(sessionStartReminderJob(t.app).name, 'rappel-debut-session');
  });

  test('one mail per enrolled learner of a session that just started; none for those who left, old or future sessions; twice → still one', async () => {
    const started = await insertSession(t, course.id, -0.05, 'Session qui vient de commencer');
    const old = await insertSession(t, course.id, -5, 'Session commencée il y a cinq jours');
    const future = await insertSession(t, course.id, 2, 'Session à venir');
    const enrolled = await verifiedAccount(t, { displayName: 'Alice Durand' });
    const left = await verifiedAccount(t);
    const inOld = await verifiedAccount(t);
    const inFuture = await verifiedAccount(t);
    await insertEnrolment(t, started.id, enrolled.id);
    await insertEnrolment(t, started.id, left.id, { status: 'desinscrit' });
    await insertEnrolment(t, old.id, inOld.id);
    await insertEnrolment(t, future.id, inFuture.id);

    assert.equal(await run(), 1);
    const mail = await t.smtp.waitFor(enrolled.email, /commence/);
    assert.match(mail.subject, new RegExp(`« ${course.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} »`));
    assert.match(mail.text, /Bonjour Alice Durand,/);
    assert.match(mail.text, /Session qui vient de commencer/);
    assert.ok(mail.text.includes(`http://localhost:3000/moocs/${course.slug}/sessions/${started.id}/contenu`));

    assert.equal(await run(), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(mailsTo(enrolled.email).length, 1);
    for (const account of [left, inOld, inFuture]) assert.equal(mailsTo(account.email).length, 0, account.email);
    const row = await t.db.selectFrom('enrolments').select('start_reminder_sent_at').where('account_id', '=', enrolled.id).executeTakeFirstOrThrow();
    assert.ok(row.start_reminder_sent_at);
  });

  test('two runs at once send one mail per learner', async () => {
    const session = await insertSession(t, course.id, -0.1, 'Session concurrente');
    const learners = await Promise.all(Array.from({ length: 4 }, () => verifiedAccount(t)));
    for (const learner of learners) await insertEnrolment(t, session.id, learner.id);
    const [first, second] = await Promise.all([run(), run()]);
    assert.equal(first + second, 4);
    for (const learner of learners) await t.smtp.waitFor(learner.email, /commence/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const learner of learners) assert.equal(mailsTo(learner.email).length, 1, learner.email);
  });

  test('a mail the server refuses is retried by the next run, then sent once', async () => {
    const session = await insertSession(t, course.id, -0.1, 'Session avec panne');
    const learner = await verifiedAccount(t);
    await insertEnrolment(t, session.id, learner.id);
    const broken = { send: async () => Promise.reject(new Error('SMTP indisponible')), outbox: async () => [] };
    await assert.rejects(sendSessionStartReminders(t.db, broken, t.app.config.publicUrl), /non envoyé/);
    assert.equal(mailsTo(learner.email).length, 0);
    assert.equal(await run(), 1);
    await t.smtp.waitFor(learner.email, /commence/);
    assert.equal(await run(), 0);
  });
});
