import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createOrganisation } from '../../../../test/factories.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('instructors’ authoring', () => {
  let t: TestApp;
  let n = 0;
  let admin: { client: TestClient; id: number; email: string };
  let courseId: number;

  async function account(roles = ['candidat'], verified = true): Promise<{ client: TestClient; id: number; email: string }> {
    const email = `formateur${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${verified ? sql`now()` : null}, roles = ${roles}::text[], display_name = ${`Personne ${n}`} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }

  async function createCourse(name: string, publish: boolean): Promise<number> {
    await admin.client.get('/formateur');
    const response = await admin.client.post('/formateur/cours', {
      name,
      pitch: `Un cours pour apprendre : ${name}.`,
      description: '## Au programme\n\n- des méthodes',
      objectives: 'Comprendre\nAgir',
      audienceText: 'Les personnes en recherche d’emploi',
      prerequisites: 'Aucun',
      effortText: '4 semaines, 2 heures par semaine',
      themes: 'trouver-un-emploi',
      ...(publish ? { publish: 'oui' } : {}),
    });
    assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
    const id = Number(/\/formateur\/cours\/(\d+)/.exec(response.headers.location as string)?.[1]);
    assert.ok(id > 0);
    return id;
  }

  before(async () => {
    t = await buildTestApp({ seed: false });
    await createOrganisation(t.db, { kind: 'operateur', name: 'Opérateur public', slug: 'operateur' });
    admin = await account(['administrateur']);
    courseId = await createCourse('Valoriser son expérience', true);
  });
  after(async () => t.close());

  test('creating a course creates its catalogue entry: one source of truth, found by the search when published', async () => {
    const course = await t.db.selectFrom('courses as c').innerJoin('services as s', 's.id', 'c.service_id').innerJoin('organisations as o', 'o.id', 's.provider_id').selectAll('c').select(['s.slug', 's.name', 's.type', 's.status', 's.url', 's.themes', 'o.kind']).where('c.id', '=', courseId).executeTakeFirstOrThrow();
    assert.equal(course.slug, 'valoriser-son-experience');
    assert.equal(course.type, 'mooc');
    assert.equal(course.status, 'publie');
    assert.equal(course.kind, 'operateur');
    assert.equal(course.url, 'http://localhost:3000/moocs/valoriser-son-experience');
    assert.deepEqual(course.objectives, ['Comprendre', 'Agir']);
    assert.deepEqual(course.themes, ['trouver-un-emploi']);
    const search = await t.app.inject({ url: '/recherche?q=valoriser' });
    assert.match(search.body, /href="\/services\/valoriser-son-experience"/);

    // Edited texts are the catalogue's: the service page says the same, and the change is audited.
    const page = await admin.client.get(`/formateur/cours/${courseId}`);
    assert.equal(page.statusCode, 200);
    const saved = await admin.client.post(`/formateur/cours/${courseId}`, { name: 'Valoriser son expérience professionnelle', pitch: 'Nouvelle accroche du cours.', description: 'Nouvelle présentation.', objectives: 'Un seul objectif', audienceText: '', prerequisites: '', effortText: '3 heures' });
    assert.equal(saved.statusCode, 303);
    const service = await t.db.selectFrom('services').select(['name', 'pitch', 'slug']).where('slug', '=', 'valoriser-son-experience').executeTakeFirstOrThrow();
    assert.deepEqual(service, { name: 'Valoriser son expérience professionnelle', pitch: 'Nouvelle accroche du cours.', slug: 'valoriser-son-experience' });
    assert.match(decode((await t.app.inject({ url: '/services/valoriser-son-experience' })).body), /Nouvelle accroche du cours\./);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_account_id']).where('action', '=', 'course.update').execute();
    assert.deepEqual(audit, [{ action: 'course.update', actor_account_id: admin.id }]);

    // A second course of the same name gets a free slug; unpublished, the search does not list it.
    const hidden = await createCourse('Valoriser son expérience', false);
    const second = await t.db.selectFrom('courses as c').innerJoin('services as s', 's.id', 'c.service_id').select(['s.slug', 's.status', 's.published_at']).where('c.id', '=', hidden).executeTakeFirstOrThrow();
    assert.deepEqual(second, { slug: 'valoriser-son-experience-2', status: 'depublie', published_at: null });
    assert.doesNotMatch((await t.app.inject({ url: '/recherche?q=valoriser' })).body, /valoriser-son-experience-2/);
    assert.equal((await admin.client.post(`/formateur/cours/${hidden}/publication`, { publish: 'oui' })).statusCode, 303);
    assert.match((await t.app.inject({ url: '/recherche?q=valoriser' })).body, /valoriser-son-experience-2/);
  });

  test('an invalid course is refused with French messages and the input kept', async () => {
    await admin.client.get('/formateur');
    const response = await admin.client.post('/formateur/cours', { name: 'Cours sans accroche', pitch: '', description: '' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    assert.match(html, /Indiquez l’accroche du cours/);
    assert.match(html, /Choisissez au moins une thématique/);
    assert.match(html, /value="Cours sans accroche"/);
  });

  test('who may author: instructors of the course and administrators; others 403; visitors log in', async () => {
    const learner = await account();
    const instructor = await account();
    const otherInstructor = await account();
    const otherCourse = await createCourse('Un autre cours', false);
    await admin.client.get(`/formateur/cours/${courseId}/formateurs`);
    assert.equal((await admin.client.post(`/formateur/cours/${courseId}/formateurs/interne`, { email: instructor.email.toUpperCase() })).statusCode, 303);
    assert.equal((await admin.client.post(`/formateur/cours/${otherCourse}/formateurs/interne`, { email: otherInstructor.email })).statusCode, 303);

    const urls = ['', '/formateurs', '/sessions', '/contenu', '/statistiques', '/statistiques.csv'].map((path) => `/formateur/cours/${courseId}${path}`);
    for (const url of urls) {
      assert.equal((await learner.client.get(url)).statusCode, 403, url);
      assert.equal((await otherInstructor.client.get(url)).statusCode, 403, url);
      assert.equal((await t.app.inject({ url })).statusCode, 303, url);
      assert.match((await t.app.inject({ url })).headers.location as string, /^\/connexion\?retour=/);
      const allowed = await instructor.client.get(url);
      assert.ok([200, 404].includes(allowed.statusCode), `${url}: ${allowed.statusCode}`);
      assert.equal((await admin.client.get(url)).statusCode === 403, false, url);
    }
    assert.equal((await learner.client.post(`/formateur/cours/${courseId}/semaines`, { title: 'Intrusion' })).statusCode, 403);
    assert.equal((await instructor.client.post('/formateur/cours', { name: 'x' })).statusCode, 403);
    assert.equal((await instructor.client.post(`/formateur/cours/${courseId}/publication`, { publish: 'non' })).statusCode, 403);
    for (const url of ['/formateur/cours/999999', '/formateur/cours/999999/sessions', `/formateur/cours/${courseId}/sessions/999999`, `/formateur/cours/${courseId}/lecons/999999`, `/formateur/cours/${courseId}/semaines/999999`]) {
      assert.equal((await admin.client.get(url)).statusCode, 404, url);
    }
    assert.equal((await admin.client.get('/formateur/cours/inconnu')).statusCode, 400);

    // The « Espace formateur » tile shows to instructors and administrators only; /formateur lists their courses.
    assert.match(decode((await instructor.client.get('/mon-espace')).body), /Espace formateur/);
    assert.match(decode((await admin.client.get('/mon-espace')).body), /Espace formateur/);
    assert.doesNotMatch(decode((await learner.client.get('/mon-espace')).body), /Espace formateur/);
    const home = decode((await instructor.client.get('/formateur')).body);
    assert.match(home, /Valoriser son expérience professionnelle/);
    assert.doesNotMatch(home, /Un autre cours|Créer un cours/);
    assert.match(decode((await learner.client.get('/formateur')).body), /Vous n’êtes formateur d’aucun cours/);
    assert.match(decode((await admin.client.get('/formateur')).body), /Un autre cours[\s\S]*Créer un cours/);
    const unverified = await account(['candidat'], false);
    assert.equal((await unverified.client.get('/formateur')).statusCode, 403);
  });

  test('instructors: by the e-mail of a verified account, external ones, reordering and removal', async () => {
    const course = await createCourse('Cours des formateurs', false);
    const base = `/formateur/cours/${course}/formateurs`;
    const colleague = await account();
    const unverified = await account(['candidat'], false);
    await admin.client.get(base);
    const unknown = await admin.client.post(`${base}/interne`, { email: 'personne@exemple.fr' });
    assert.equal(unknown.statusCode, 400);
    assert.match(decode(unknown.body), /Aucun compte à l’adresse confirmée/);
    assert.equal((await admin.client.post(`${base}/interne`, { email: unverified.email })).statusCode, 400);
    assert.equal((await admin.client.post(`${base}/interne`, { email: colleague.email })).statusCode, 303);
    const again = await admin.client.post(`${base}/interne`, { email: colleague.email });
    assert.equal(again.statusCode, 409);
    assert.match(decode(again.body), /déjà formatrice ou formateur de ce cours/);
    assert.equal((await admin.client.post(`${base}/externe`, { extName: '', extTitle: 'Recruteuse' })).statusCode, 400);
    assert.equal((await admin.client.post(`${base}/externe`, { extName: 'Claire Martin', extTitle: 'Recruteuse', extBio: 'Vingt ans de recrutement.' })).statusCode, 303);
    const list = async () => t.db.selectFrom('course_instructors').select(['id', 'name', 'kind', 'position', 'account_id']).where('course_id', '=', course).orderBy('position').execute();
    let rows = await list();
    assert.deepEqual(rows.map((row) => [row.kind, row.position]), [['interne', 1], ['externe', 2]]);
    assert.equal(rows[0]!.account_id, colleague.id);
    assert.equal((await admin.client.post(`${base}/${rows[1]!.id}/deplacer`, { sens: 'monter' })).statusCode, 303);
    rows = await list();
    assert.deepEqual(rows.map((row) => row.name), ['Claire Martin', 'Personne ' + String(colleague.email.match(/\d+/)![0])]);
    assert.equal((await admin.client.post(`${base}/${rows[0]!.id}/supprimer`)).statusCode, 303);
    rows = await list();
    assert.deepEqual(rows.map((row) => row.position), [1]);
    // The colleague now authors the course.
    assert.equal((await colleague.client.get(`/formateur/cours/${course}`)).statusCode, 200);
    const logged = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'course.instructor.%').execute();
    assert.ok(logged.length >= 3);
  });

  test('sessions: created, validated with the database’s rules, edited, archived', async () => {
    const base = `/formateur/cours/${courseId}/sessions`;
    await admin.client.get(base);
    const bad = await admin.client.post(base, { name: 'Session de mars', selfPaced: 'non', enrolmentOpensAt: '2026-02-01T09:00', enrolmentClosesAt: '2026-04-10T18:00', startsAt: '2026-03-02T09:00', endsAt: '2026-03-30T18:00', capacity: '' });
    assert.equal(bad.statusCode, 400);
    const html = decode(bad.body);
    assert.match(html, /Les inscriptions doivent se clore au plus tard à la fin de la session/);
    assert.match(html, /value="2026-04-10T18:00"/);
    const good = await admin.client.post(base, { name: 'Session de mars', selfPaced: 'non', enrolmentOpensAt: '2026-02-01T09:00', enrolmentClosesAt: '2026-03-10T18:00', startsAt: '2026-03-02T09:00', endsAt: '2026-03-30T18:00', capacity: '300' });
    assert.equal(good.statusCode, 303);
    const session = await t.db.selectFrom('course_sessions').selectAll().where('course_id', '=', courseId).where('name', '=', 'Session de mars').executeTakeFirstOrThrow();
    assert.equal(session.starts_at?.toISOString(), '2026-03-02T08:00:00.000Z');
    assert.equal(session.capacity, 300);
    const edit = await admin.client.get(`${base}/${session.id}`);
    assert.match(edit.body, /value="2026-03-02T09:00"/);
    assert.equal((await admin.client.post(`${base}/${session.id}`, { name: 'Session de mars', selfPaced: 'oui' })).statusCode, 303);
    const selfPaced = await t.db.selectFrom('course_sessions').selectAll().where('id', '=', session.id).executeTakeFirstOrThrow();
    assert.deepEqual([selfPaced.self_paced, selfPaced.starts_at, selfPaced.capacity], [true, null, null]);
    assert.equal((await admin.client.post(`${base}/${session.id}/archiver`, { archive: 'oui' })).statusCode, 303);
    assert.ok((await t.db.selectFrom('course_sessions').select('archived_at').where('id', '=', session.id).executeTakeFirstOrThrow()).archived_at);
    assert.match(decode((await admin.client.get(base)).body), /Archivée/);
  });

  test('weeks, lessons and quizzes: authored, validated, reordered with dense positions, previewed', async () => {
    const course = await createCourse('Cours à écrire', false);
    const base = `/formateur/cours/${course}`;
    await admin.client.get(`${base}/contenu`);
    assert.equal((await admin.client.post(`${base}/semaines`, { title: '' })).statusCode, 400);
    for (const title of ['Semaine A', 'Semaine B', 'Semaine C']) assert.equal((await admin.client.post(`${base}/semaines`, { title, summary: `Résumé de ${title}` })).statusCode, 303);
    const weeks = async () => t.db.selectFrom('course_weeks').select(['id', 'title', 'position']).where('course_id', '=', course).orderBy('position').execute();
    let list = await weeks();
    assert.equal((await t.db.selectFrom('courses').select('weeks_count').where('id', '=', course).executeTakeFirstOrThrow()).weeks_count, 3);
    assert.equal((await admin.client.post(`${base}/semaines/${list[2]!.id}/deplacer`, { sens: 'monter' })).statusCode, 303);
    assert.equal((await admin.client.post(`${base}/semaines/${list[0]!.id}/deplacer`, { sens: 'monter' })).statusCode, 303); // already first: nothing changes
    list = await weeks();
    assert.deepEqual(list.map((week) => [week.title, week.position]), [['Semaine A', 1], ['Semaine C', 2], ['Semaine B', 3]]);
    assert.equal((await admin.client.post(`${base}/semaines/${list[1]!.id}/supprimer`)).statusCode, 303);
    list = await weeks();
    assert.deepEqual(list.map((week) => [week.title, week.position]), [['Semaine A', 1], ['Semaine B', 2]]);
    const weekId = list[0]!.id;

    const badLesson = await admin.client.post(`${base}/semaines/${weekId}/lecons`, { [`kind-${weekId}`]: 'podcast', [`title-${weekId}`]: '' });
    assert.equal(badLesson.statusCode, 400);
    assert.match(decode(badLesson.body), /Choisissez le type de la leçon/);
    const lessonIds: number[] = [];
    for (const [kind, title] of [['texte', 'Lire'], ['video', 'Regarder'], ['quiz', 'Vérifier']]) {
      const created = await admin.client.post(`${base}/semaines/${weekId}/lecons`, { [`kind-${weekId}`]: kind!, [`title-${weekId}`]: title! });
      assert.equal(created.statusCode, 303);
      lessonIds.push(Number(/lecons\/(\d+)/.exec(created.headers.location as string)![1]));
    }
    const [textId, videoId, quizId] = lessonIds as [number, number, number];
    await admin.client.get(`${base}/lecons/${textId}`);
    const emptyText = await admin.client.post(`${base}/lecons/${textId}`, { title: 'Lire', body: '' });
    assert.equal(emptyText.statusCode, 400);
    assert.match(decode(emptyText.body), /Écrivez le contenu de la leçon/);
    assert.equal((await admin.client.post(`${base}/lecons/${textId}`, { title: 'Lire', body: '## Le marché caché\n\nTexte **important**\n\n<script>alert(1)</script>', durationMinutes: '12' })).statusCode, 303);

    // Video lesson: captions must be WebVTT (pasted or as a .vtt file), the URL https.
    const badVideo = await admin.client.postMultipart(`${base}/lecons/${videoId}`, { title: 'Regarder', body: '', videoUrl: 'ftp://exemple.fr/v.mp4', captionsVtt: '', transcript: '' }, [
      { field: 'captionsFile', filename: 'sous-titres.vtt', contentType: 'text/vtt', data: Buffer.from('1\n00:00.000 --> 00:02.000\nBonjour') },
    ]);
    assert.equal(badVideo.statusCode, 400);
    assert.match(decode(badVideo.body), /commençant par https:\/\//);
    assert.match(decode(badVideo.body), /pas au format WebVTT/);
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour et bienvenue';
    assert.equal(
      (await admin.client.postMultipart(`${base}/lecons/${videoId}`, { title: 'Regarder', body: 'Une vidéo.', videoUrl: 'https://videos.exemple.fr/v.mp4', captionsVtt: '', transcript: 'Bonjour et bienvenue' }, [
        { field: 'captionsFile', filename: 'sous-titres.vtt', contentType: 'text/vtt', data: Buffer.from(vtt) },
      ])).statusCode,
      303,
    );
    const video = await t.db.selectFrom('course_lessons').selectAll().where('id', '=', videoId).executeTakeFirstOrThrow();
    assert.deepEqual([video.video_url, video.captions_vtt, video.transcript], ['https://videos.exemple.fr/v.mp4', vtt, 'Bonjour et bienvenue']);

    // Quiz: settings, questions validated, reordered, edited in place, previewed with the answer key.
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}`, { title: 'Vérifier', body: '', passMark: '150' })).statusCode, 400);
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}`, { title: 'Vérifier', body: 'Trois questions.', passMark: '70', maxAttempts: '3' })).statusCode, 303);
    await admin.client.get(`${base}/lecons/${quizId}/questions/nouvelle`);
    const invalid = await admin.client.post(`${base}/lecons/${quizId}/questions`, { kind: 'unique', prompt: 'Quelle réponse ?', choice1Label: 'A', choice1Correct: 'oui', choice2Label: 'B', choice2Correct: 'oui' });
    assert.equal(invalid.statusCode, 400);
    assert.match(decode(invalid.body), /exactement une bonne réponse/);
    assert.match(invalid.body, /id="champ-choice2Correct"[^>]*checked/);
    for (const prompt of ['Question un', 'Question deux', 'Question trois']) {
      const response = await admin.client.post(`${base}/lecons/${quizId}/questions`, { kind: 'multiple', prompt, choice1Label: 'Vrai', choice1Correct: 'oui', choice1Feedback: 'Exact', choice2Label: 'Faux', choice2Feedback: 'Non' });
      assert.equal(response.statusCode, 303);
    }
    const questions = async () => t.db.selectFrom('quiz_questions').select(['id', 'prompt', 'position']).where('lesson_id', '=', quizId).orderBy('position').execute();
    let q = await questions();
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}/questions/${q[0]!.id}/deplacer`, { sens: 'descendre' })).statusCode, 303);
    q = await questions();
    assert.deepEqual(q.map((row) => [row.prompt, row.position]), [['Question deux', 1], ['Question un', 2], ['Question trois', 3]]);
    const firstChoices = await t.db.selectFrom('quiz_choices').select(['id', 'label']).where('question_id', '=', q[0]!.id).orderBy('position').execute();
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}/questions/${q[0]!.id}`, { kind: 'unique', prompt: 'Question deux, revue', choice1Label: 'Vrai', choice2Label: 'Faux', choice2Correct: 'oui', choice3Label: 'Peut-être' })).statusCode, 303);
    const edited = await t.db.selectFrom('quiz_choices').select(['id', 'label', 'correct', 'position']).where('question_id', '=', q[0]!.id).orderBy('position').execute();
    assert.deepEqual(edited.map((choice) => [choice.label, choice.correct, choice.position]), [['Vrai', false, 1], ['Faux', true, 2], ['Peut-être', false, 3]]);
    assert.deepEqual(edited.slice(0, 2).map((choice) => choice.id), firstChoices.map((choice) => choice.id)); // past answers still point at them
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}/questions/${q[1]!.id}/supprimer`)).statusCode, 303);
    assert.deepEqual((await questions()).map((row) => row.position), [1, 2]);
    const preview = decode((await admin.client.get(`${base}/lecons/${quizId}/apercu`)).body);
    assert.match(preview, /Question deux, revue/);
    assert.match(preview, /Bonne réponse : <\/strong>Faux/);
    assert.match(preview, /Note pour réussir : 70 %/);
    const textPreview = (await admin.client.get(`${base}/lecons/${textId}/apercu`)).body;
    assert.match(textPreview, /<strong>important<\/strong>/);
    assert.doesNotMatch(textPreview, /<script>alert/);
    assert.match((await admin.client.get(`${base}/lecons/${videoId}/apercu`)).body, /<video[^>]*src="https:\/\/videos\.exemple\.fr\/v\.mp4"[\s\S]*<track kind="captions"/);

    // Lessons reorder within their week; positions stay 1…n after a deletion.
    assert.equal((await admin.client.post(`${base}/lecons/${quizId}/deplacer`, { sens: 'monter' })).statusCode, 303);
    const lessons = async () => t.db.selectFrom('course_lessons').select(['id', 'position']).where('week_id', '=', weekId).orderBy('position').execute();
    assert.deepEqual((await lessons()).map((row) => row.id), [textId, quizId, videoId]);
    assert.equal((await admin.client.post(`${base}/lecons/${textId}/supprimer`)).statusCode, 303);
    assert.deepEqual((await lessons()).map((row) => [row.id, row.position]), [[quizId, 1], [videoId, 2]]);
    // A lesson of another course is not reachable through this one.
    assert.equal((await admin.client.get(`/formateur/cours/${courseId}/lecons/${quizId}`)).statusCode, 404);
    assert.equal((await admin.client.post(`/formateur/cours/${courseId}/lecons/${quizId}/deplacer`, { sens: 'monter' })).statusCode, 404);
  });

  test('a video file larger than the 2 MB form limit is streamed into the video store; other files are refused', async () => {
    const course = await createCourse('Cours en vidéo', false);
    const base = `/formateur/cours/${course}`;
    await admin.client.get(`${base}/contenu`);
    await admin.client.post(`${base}/semaines`, { title: 'Semaine vidéo' });
    const { id: weekId } = await t.db.selectFrom('course_weeks').select('id').where('course_id', '=', course).executeTakeFirstOrThrow();
    const created = await admin.client.post(`${base}/semaines/${weekId}/lecons`, { [`kind-${weekId}`]: 'video', [`title-${weekId}`]: 'Une vidéo' });
    const lessonId = Number(/lecons\/(\d+)/.exec(created.headers.location as string)![1]);
    await admin.client.get(`${base}/lecons/${lessonId}`);
    const mp4 = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    mp4.write('\x00\x00\x00\x18ftypisom', 0, 'latin1');
    const refused = await admin.client.postMultipart(`${base}/lecons/${lessonId}/video`, {}, [{ field: 'video', filename: 'faux.mp4', contentType: 'video/mp4', data: Buffer.from('pas une vidéo du tout') }]);
    assert.equal(refused.statusCode, 415);
    assert.match(decode(refused.body), /MP4 ou WebM/);
    const empty = await admin.client.postMultipart(`${base}/lecons/${lessonId}/video`, {}, [{ field: 'video', filename: '', data: Buffer.alloc(0) }]);
    assert.equal(empty.statusCode, 400);
    const noToken = await admin.client.postMultipart(`${base}/lecons/${lessonId}/video`, { _csrf: '' }, [{ field: 'video', filename: 'cours.mp4', contentType: 'video/mp4', data: mp4 }]);
    assert.equal(noToken.statusCode, 403);
    const uploaded = await admin.client.postMultipart(`${base}/lecons/${lessonId}/video`, {}, [{ field: 'video', filename: 'cours.mp4', contentType: 'application/octet-stream', data: mp4 }]);
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 1000));
    const lesson = await t.db.selectFrom('course_lessons').select('video_id').where('id', '=', lessonId).executeTakeFirstOrThrow();
    assert.ok(lesson.video_id);
    const stored = await t.db.selectFrom('course_videos').select(['size', 'content_type']).where('id', '=', lesson.video_id).executeTakeFirstOrThrow();
    assert.deepEqual([Number(stored.size), stored.content_type], [mp4.length, 'video/mp4']);
    const chunks = await t.db.selectFrom('course_video_chunks').select(sql<number>`count(*)::int`.as('n')).where('video_id', '=', lesson.video_id).executeTakeFirstOrThrow();
    assert.equal(chunks.n, 4);
    const served = await t.app.inject({ url: `/moocs/videos/${lesson.video_id}`, headers: { range: 'bytes=0-11' } });
    assert.equal(served.statusCode, 206);
    assert.deepEqual(served.rawPayload, mp4.subarray(0, 12));
    // Removing it drops the stored file.
    assert.equal((await admin.client.post(`${base}/lecons/${lessonId}/video/retirer`)).statusCode, 303);
    assert.equal(await t.db.selectFrom('course_videos').select('id').where('id', '=', lesson.video_id).executeTakeFirst(), undefined);
    const learner = await account();
    assert.equal((await learner.client.postMultipart(`${base}/lecons/${lessonId}/video`, {}, [{ field: 'video', filename: 'cours.mp4', contentType: 'video/mp4', data: mp4 }])).statusCode, 403);
  });
});
