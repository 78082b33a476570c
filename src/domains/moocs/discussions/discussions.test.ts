import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { decode, MoocFixtures } from './discussions.fixtures.js';
import { POSTS_PER_WINDOW } from './discussions.service.js';

describe('MOOC discussions', () => {
  let t: TestApp;
  let f: MoocFixtures;
  let course: Awaited<ReturnType<MoocFixtures['course']>>;
  let base: string;
  before(async () => {
    t = await buildTestApp({ seed: false });
    f = new MoocFixtures(t.app, t.db);
    course = await f.course('Réussir son entretien');
    base = `/moocs/${course.slug}/sessions/${course.sessionId}/discussions`;
  });
  after(async () => t.close());

  async function learner(displayName = '') {
    const account = await f.account({ displayName });
    await f.enrol(course.sessionId, account.id);
    return account;
  }
  async function openThread(client: Awaited<ReturnType<typeof learner>>['client'], title = 'Une question', body = 'Comment faire ?') {
    await client.get(`${base}/nouveau`);
    const response = await client.post(`${base}/nouveau`, { title, body, lessonId: '' });
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const location = String(response.headers.location);
    return { id: Number(/\/discussions\/(\d+)\?/.exec(location)![1]), url: location.split('?')[0]! };
  }
  const postIds = async (threadId: number) => (await t.db.selectFrom('discussion_posts').select('id').where('thread_id', '=', threadId).orderBy('id').execute()).map((row) => row.id);

  test('enrolled learners, instructors and staff get in; others are refused or sent to log in', async () => {
    assert.equal((await t.app.inject({ url: base })).statusCode, 303);
    assert.match(String((await t.app.inject({ url: base })).headers.location), /^\/connexion\?retour=/);
    const outsider = await f.account();
    const refused = await outsider.client.get(base);
    assert.equal(refused.statusCode, 403);
    assert.match(decode(refused.body), /Inscrivez-vous à cette session/);
    assert.match(refused.body, new RegExp(`href="/moocs/${course.slug}"`));
    assert.equal((await outsider.client.get(`${base}/nouveau`)).statusCode, 403);
    assert.equal((await outsider.client.post(`${base}/nouveau`, { title: 'x', body: 'y' })).statusCode, 403);
    const left = await f.account();
    await f.enrol(course.sessionId, left.id, 'desinscrit');
    assert.equal((await left.client.get(base)).statusCode, 403, 'a learner who left the session');
    const other = await f.account();
    await f.enrol(await f.session(course.id), other.id);
    assert.equal((await other.client.get(base)).statusCode, 403, 'enrolled in another session of the course');
    const unverified = await f.account({ verified: false });
    await f.enrol(course.sessionId, unverified.id);
    assert.equal((await unverified.client.get(base)).statusCode, 403);

    assert.equal((await (await learner()).client.get(base)).statusCode, 200);
    const teacher = await f.account();
    await f.instructor(course.id, teacher.id);
    assert.equal((await teacher.client.get(base)).statusCode, 200);
    assert.equal((await (await f.account({ roles: ['moderateur'] })).client.get(base)).statusCode, 200);

    const me = await learner();
    for (const url of [`/moocs/${course.slug}/sessions/999999/discussions`, `/moocs/${course.slug}/sessions/inconnu/discussions`, `/moocs/inconnu/sessions/${course.sessionId}/discussions`, `${base}/inconnu`, `${base}/999999`]) {
      assert.equal((await me.client.get(url)).statusCode, 404, url);
    }
    assert.equal((await me.client.post(`${base}/inconnu/messages/inconnu/utile`)).statusCode, 404);
  });

  test('a thread is validated, kept on error, sanitised, linked to a lesson and listed', async () => {
    const author = await learner();
    await author.client.get(`${base}/nouveau`);
    const invalid = await author.client.post(`${base}/nouveau`, { title: 'T'.repeat(201), body: '   ', lessonId: '999999' });
    assert.equal(invalid.statusCode, 400);
    const html = decode(invalid.body);
    assert.match(html, /Le formulaire contient 3 erreurs/);
    assert.match(html, /Le titre compte 201 caractères/);
    assert.match(html, /Écrivez votre message/);
    assert.match(html, /Choisissez une leçon de ce cours/);
    assert.match(invalid.body, new RegExp(`value="${'T'.repeat(201)}"`));
    const expired = await author.client.post(`${base}/nouveau`, { _csrf: '', title: 'Gardé', body: 'Texte gardé' });
    assert.equal(expired.statusCode, 403);
    assert.match(expired.body, /Texte gardé<\/textarea>/);

    const posted = await author.client.post(`${base}/nouveau`, { title: 'Relancer après un entretien ?', body: 'Bonjour **à tous**\n\n<script>alert(1)</script>', lessonId: String(course.lessonIds[1]) });
    assert.equal(posted.statusCode, 303);
    const page = await author.client.get(String(posted.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<strong>à tous<\/strong>/);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.match(page.body, new RegExp(`href="/moocs/${course.slug}/sessions/${course.sessionId}/lecons/${course.lessonIds[1]}"`));
    assert.match(decode(page.body), /Sujet ouvert par Un apprenant \(vous\)/);
    const list = decode((await author.client.get(base)).body);
    assert.match(list, /Relancer après un entretien \?/);
    assert.match(list, /Par Un apprenant, le .* · Aucune réponse/);
  });

  test('replies in order, the instructor badge, « utile » votes: one per account, never one’s own, counts exact', async () => {
    const author = await learner('Claire');
    const { id, url } = await openThread(author.client, 'Quelle tenue choisir ?');
    const teacher = await f.account({ displayName: 'Mme Formatrice' });
    await f.instructor(course.id, teacher.id);
    const helper = await learner('Karim');
    await helper.client.get(url);
    assert.equal((await helper.client.post(`${url}/repondre`, { body: 'Une tenue sobre.' })).statusCode, 303);
    await teacher.client.get(url);
    assert.equal((await teacher.client.post(`${url}/repondre`, { body: 'Adaptez-vous à l’entreprise.' })).statusCode, 303);
    const [first, second] = await postIds(id);
    const rows = await t.db.selectFrom('discussion_posts').select(['id', 'by_instructor']).where('thread_id', '=', id).orderBy('id').execute();
    assert.deepEqual(rows.map((row) => row.by_instructor), [false, true]);

    const page = decode((await author.client.get(url)).body);
    assert.ok(page.indexOf('Une tenue sobre.') < page.indexOf('Adaptez-vous'), 'replies in order');
    assert.match(page, /Mme Formatrice\s*<span class="fr-badge fr-badge--sm fr-badge--info">Formateur<\/span>/);
    assert.doesNotMatch(page.slice(page.indexOf('Karim'), page.indexOf('Mme Formatrice')), /Formateur<\/span>/);
    assert.match(decode((await author.client.get(base)).body), /Quelle tenue choisir \?<\/a><\/h3><p class="fr-badge[^"]*">Réponse d’un formateur/);

    const vote = (client: typeof author.client, postId: number) => client.post(`${url}/messages/${postId}/utile`);
    assert.equal((await vote(helper.client, first!)).statusCode, 403, 'no vote on one’s own reply');
    assert.equal((await vote(author.client, first!)).statusCode, 303);
    assert.equal((await vote(teacher.client, first!)).statusCode, 303);
    assert.equal((await vote(author.client, second!)).statusCode, 303);
    const count = async (postId: number) => (await t.db.selectFrom('discussion_votes').select(sql<number>`count(*)::int`.as('n')).where('post_id', '=', postId).executeTakeFirstOrThrow()).n;
    assert.equal(await count(first!), 2);
    assert.equal(await count(second!), 1);
    assert.match(decode((await author.client.get(url)).body), /2 personnes trouvent cette réponse utile/);
    const undone = await vote(author.client, first!);
    assert.match(String(undone.headers.location), /vote-retire/);
    assert.equal(await count(first!), 1, 'voting again removes the vote: never two');
    await vote(author.client, first!);
    assert.equal(await count(first!), 2);
    assert.match(decode((await author.client.get(url)).body), /aria-pressed="true"/);
  });

  test('the thread author is e-mailed of replies, never of their own, and not after opting out', async () => {
    const author = await learner('Inès');
    const { url } = await openThread(author.client, 'Préparer les questions pièges');
    const replier = await learner();
    await replier.client.get(url);
    await replier.client.post(`${url}/repondre`, { body: 'Entraînez-vous **à voix haute** avec un proche.' });
    const mail = await t.smtp.waitFor(author.email, /Nouvelle réponse/);
    assert.match(mail.subject, /« Préparer les questions pièges »/);
    assert.match(mail.text, /Entraînez-vous à voix haute avec un proche\./);
    assert.match(mail.text, new RegExp(`http://localhost:3000${url}#message-\\d+`));
    assert.match(mail.text, /désactivez les notifications/);
    assert.ok(!t.smtp.mails.some((m) => m.to.includes(replier.email) && /Nouvelle réponse/.test(m.subject)), 'the replier gets nothing');

    const before = t.smtp.mails.length;
    await author.client.get(url);
    await author.client.post(`${url}/repondre`, { body: 'Merci !' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(t.smtp.mails.length, before, 'no mail about one’s own reply');

    const tab = await author.client.get(base);
    assert.match(decode(tab.body), /Ne plus recevoir ces e-mails/);
    const off = await author.client.post(`${base}/notifications`, { notify: 'non' });
    assert.equal(off.statusCode, 303);
    assert.match(decode((await author.client.get(String(off.headers.location))).body), /Vous ne recevrez plus d’e-mail/);
    await replier.client.get(url);
    await replier.client.post(`${url}/repondre`, { body: 'Autre conseil.' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(t.smtp.mails.length, before, 'opted out: no mail');
    assert.equal((await author.client.post(`${base}/notifications`, { notify: 'peut-etre' })).statusCode, 400);
  });

  test('three reports hide a reply until a moderator restores it; threads too', async () => {
    const author = await learner();
    const { id, url } = await openThread(author.client, 'Sujet signalé');
    const spammer = await learner('Spammeur');
    await spammer.client.get(url);
    await spammer.client.post(`${url}/repondre`, { body: 'Achetez mes formations !!!' });
    const [postId] = await postIds(id);
    const report = async (client: typeof author.client, target: string, reason = 'spam') => {
      await client.get(url);
      return client.post(target, { reason });
    };
    const target = `${url}/messages/${postId}/signaler`;
    assert.equal((await report(spammer.client, target)).statusCode, 403, 'not one’s own');
    const invalid = await report(author.client, target, 'bof');
    assert.equal(invalid.statusCode, 400);
    assert.match(decode(invalid.body), /Choisissez le motif du signalement/);
    assert.equal((await report(author.client, target)).statusCode, 303);
    assert.match(String((await report(author.client, target)).headers.location), /deja-signale/);
    await report((await learner()).client, target, 'hors-sujet');
    const status = async () => (await t.db.selectFrom('discussion_posts').select('status').where('id', '=', postId!).executeTakeFirstOrThrow()).status;
    assert.equal(await status(), 'publie', 'two reports do not hide it');
    assert.match(String((await report((await learner()).client, target)).headers.location), /info=masque/);
    assert.equal(await status(), 'masque');
    const page = decode((await author.client.get(url)).body);
    assert.doesNotMatch(page, /Achetez mes formations/);
    assert.match(page, /Réponse n° 1 masquée/);

    const moderator = await f.account({ roles: ['moderateur'] });
    const queue = decode((await moderator.client.get('/moderation?type=message-mooc')).body);
    assert.match(queue, new RegExp(`Message n° ${postId} dans « Sujet signalé »`));
    assert.match(queue, /Spam : 2/);
    assert.match(queue, /Masqué automatiquement \(signalements\)/);
    await moderator.client.get(`/moderation/message-mooc/${postId}`);
    assert.equal((await moderator.client.post(`/moderation/message-mooc/${postId}`, { decision: 'retablir', reason: 'Lien utile finalement.' })).statusCode, 303);
    assert.equal(await status(), 'publie');
    const reports = await t.db.selectFrom('discussion_reports').select('settled_at').where('subject_kind', '=', 'message').where('subject_id', '=', postId!).execute();
    assert.ok(reports.length === 3 && reports.every((row) => row.settled_at !== null));
    assert.doesNotMatch((await moderator.client.get('/moderation?type=message-mooc')).body, new RegExp(`/moderation/message-mooc/${postId}"`));
    assert.match(decode((await author.client.get(url)).body), /Achetez mes formations/);

    for (let i = 0; i < 3; i++) await report((await learner()).client, `${url}/signaler`, 'propos-offensants');
    assert.equal((await author.client.get(url)).statusCode, 404, 'a hidden thread is gone for learners');
    assert.doesNotMatch((await author.client.get(base)).body, /Sujet signalé/);
    assert.equal((await moderator.client.get(url)).statusCode, 200, 'moderators still see it');
    assert.match(decode((await moderator.client.get('/moderation?type=sujet-mooc')).body), new RegExp(`Sujet n° ${id} « Sujet signalé »`));
    await moderator.client.get(`/moderation/sujet-mooc/${id}`);
    assert.equal((await moderator.client.post(`/moderation/sujet-mooc/${id}`, { decision: 'retablir', reason: 'Propos corrects.' })).statusCode, 303);
    assert.equal((await author.client.get(url)).statusCode, 200);
  });

  test('posting is rate limited; the text is kept', async () => {
    const busy = await learner();
    const { url } = await openThread(busy.client, 'Beaucoup de messages');
    for (let i = 1; i < POSTS_PER_WINDOW; i++) assert.equal((await busy.client.post(`${url}/repondre`, { body: `Message ${i}` })).statusCode, 303);
    const limited = await busy.client.post(`${url}/repondre`, { body: 'Un de trop' });
    assert.equal(limited.statusCode, 429);
    assert.match(decode(limited.body), /réessayez dans/);
    assert.match(limited.body, /Un de trop<\/textarea>/);
    assert.equal((await busy.client.post(`${base}/nouveau`, { title: 'Encore', body: 'Encore' })).statusCode, 429);
  });

  test('the « sans réponse » filter and pagination', async () => {
    const session = await f.session(course.id, 'Session chargée');
    const member = await f.account();
    await f.enrol(session, member.id);
    const values = Array.from({ length: 22 }, (_, i) => ({ session_id: session, account_id: member.id, title: `Sujet ${i + 1}`, body: 'x', last_activity_at: new Date(Date.now() - (22 - i) * 60_000) }));
    const threads = await t.db.insertInto('discussion_threads').values(values).returning('id').execute();
    await t.db.insertInto('discussion_posts').values({ thread_id: threads[21]!.id, account_id: member.id, body: 'Réponse' }).execute();
    const url = `/moocs/${course.slug}/sessions/${session}/discussions`;
    const first = decode((await member.client.get(url)).body);
    assert.match(first, /22 sujets/);
    assert.ok(first.indexOf('>Sujet 22<') < first.indexOf('>Sujet 21<'), 'newest activity first');
    assert.doesNotMatch(first, />Sujet 2</);
    assert.match(decode((await member.client.get(`${url}?page=2`)).body), />Sujet 2</);
    assert.equal((await member.client.get(`${url}?page=3`)).statusCode, 400);
    assert.equal((await member.client.get(`${url}?page=abc`)).statusCode, 400);
    const unanswered = decode((await member.client.get(`${url}?filtre=sans-reponse`)).body);
    assert.match(unanswered, /21 sujets sans réponse/);
    assert.doesNotMatch(unanswered, />Sujet 22</);
  });
});
