import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { findCourseBySlug, findEnrolment, findSession } from '../courses.repository.js';
import { certificateNumberFor } from './certificate-number.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { certificateSecret, issueCertificate, verifyCertificate } from './certificates.service.js';
import { decode, insertEnrolment, insertSession, pdfText, seededCourse, verifiedAccount } from './certificates.test-support.js';
import { verifyCredential } from './open-badge.js';

describe('certificates: issue, PDF, Open Badge, verification, revocation', () => {
  let t: TestApp;
  let course: { id: number; slug: string; name: string };
  let session: { id: number; name: string };
  let learner: Awaited<ReturnType<typeof verifiedAccount>>;
  let certificateUrl: string;
  let number: string;

  before(async () => {
    t = await buildTestApp();
    course = await seededCourse(t);
    session = await insertSession(t, course.id, -40, 'Session de février');
    learner = await verifiedAccount(t);
    await insertEnrolment(t, session.id, learner.id);
    // At least one lesson, whatever the demo content holds.
    const week = await t.db.insertInto('course_weeks').values({ course_id: course.id, position: 45, title: 'Semaine de test' }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('course_lessons').values({ week_id: week.id, position: 1, kind: 'texte', title: 'Leçon de test', body: 'Texte' }).execute();
    certificateUrl = `/moocs/${course.slug}/sessions/${session.id}/certificat`;
  });
  after(async () => t.close());

  test('not completed: the page explains what is missing and links to the progression tab; the POST issues nothing', async () => {
    const page = await learner.client.get(certificateUrl);
    assert.equal(page.statusCode, 409);
    const html = decode(page.body);
    assert.match(html, /Le certificat n’est pas encore obtenu/);
    assert.ok(html.includes(`href="/moocs/${course.slug}/sessions/${session.id}/progression"`));
    assert.doesNotMatch(html, /Obtenir mon certificat/);
    assert.match(html, /Vous avez terminé 0 % du cours/);
    assert.match(html, /Il vous reste \d+ leçons? à terminer/);
    const lessons = await t.db.selectFrom('course_lessons as l').innerJoin('course_weeks as w', 'w.id', 'l.week_id').select('l.id').where('w.course_id', '=', course.id).execute();
    if (lessons.length <= 8) assert.match(html, /Semaine 45 — Leçon de test<\/a> \(voir\)/);
    const post = await learner.client.post(certificateUrl, { learnerName: 'Camille Martin' });
    assert.equal(post.statusCode, 409);
    assert.equal((await t.db.selectFrom('certificates').select('id').execute()).length, 0);
  });

  test('someone not enrolled gets 403, an unknown session 404, a visitor is sent to log in', async () => {
    const other = await verifiedAccount(t, { displayName: 'Autre Personne' });
    assert.equal((await other.client.get(certificateUrl)).statusCode, 403);
    assert.equal((await other.client.post(certificateUrl, {})).statusCode, 403);
    assert.equal((await learner.client.get(`/moocs/${course.slug}/sessions/999999/certificat`)).statusCode, 404);
    assert.equal((await learner.client.get(`/moocs/inconnu/sessions/${session.id}/certificat`)).statusCode, 404);
    const visitor = await t.app.inject({ url: certificateUrl });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/connexion\?retour=/);
  });

  test('completed: the learner without a display name types the name to print (validated), then gets one certificate', async () => {
    await t.db.updateTable('enrolments').set({ completed_at: new Date() }).where('session_id', '=', session.id).where('account_id', '=', learner.id).execute();
    const page = await learner.client.get(certificateUrl);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Obtenir mon certificat/);
    assert.match(page.body, /name="learnerName"/);

    for (const [typed, message] of [
      ['   ', /Indiquez le nom à inscrire sur le certificat/],
      ['x'.repeat(101), /ne doit pas dépasser 100 caractères/],
      ['1234', /au moins deux lettres/],
      ['<script>Camille', /caractères non autorisés/],
    ] as const) {
      const invalid = await learner.client.post(certificateUrl, { learnerName: typed });
      assert.equal(invalid.statusCode, 400, typed);
      const html = decode(invalid.body);
      assert.match(html, /Le formulaire contient une erreur/);
      assert.match(html, message);
      assert.match(html, /<title>Erreur — /);
    }
    assert.equal((await t.db.selectFrom('certificates').select('id').execute()).length, 0);

    const issued = await learner.client.post(certificateUrl, { learnerName: '  Camille   Martin ' });
    assert.equal(issued.statusCode, 303);
    assert.equal(issued.headers.location, `${certificateUrl}?delivre=1`);
    const again = await learner.client.post(certificateUrl, { learnerName: 'Quelqu’un d’autre' });
    assert.equal(again.statusCode, 303, 'idempotent');
    const rows = await t.db.selectFrom('certificates').selectAll().execute();
    assert.equal(rows.length, 1);
    const certificate = rows[0]!;
    number = certificate.number;
    assert.match(number, /^ES-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(certificate.learner_name, 'Camille Martin');
    assert.equal(certificate.course_title, course.name);
    assert.equal(certificate.session_name, 'Session de février');
    assert.equal(certificate.account_id, learner.id);
    assert.ok(certificate.session_starts_at && certificate.session_ends_at);

    const shown = decode((await learner.client.get(String(issued.headers.location))).body);
    assert.match(shown, /Votre certificat est délivré/);
    assert.ok(shown.includes(number));
    assert.ok(shown.includes(`href="/certificats/${number}/certificat.pdf"`));
    assert.ok(shown.includes(`href="/certificats/${number}/badge.json"`));
    assert.doesNotMatch(shown, /Obtenir mon certificat/);
  });

  test('the account’s display name is used when it has one; concurrent requests still make one certificate', async () => {
    const named = await verifiedAccount(t, { displayName: 'Dominique Bernard' });
    await insertEnrolment(t, session.id, named.id, { completed: true });
    const page = decode((await named.client.get(certificateUrl)).body);
    assert.match(page, /au nom de <strong>Dominique Bernard<\/strong>/);
    assert.doesNotMatch(page, /name="learnerName"/);
    const fullCourse = (await findCourseBySlug(t.db, course.slug))!;
    const fullSession = (await findSession(t.db, course.id, session.id))!;
    const enrolment = (await findEnrolment(t.db, session.id, named.id))!;
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCertificate(t.db, { course: fullCourse, session: fullSession, enrolment, learnerName: 'Dominique Bernard' })));
    assert.equal(new Set(results.map((result) => result.number)).size, 1);
    assert.equal((await t.db.selectFrom('certificates').select('id').where('enrolment_id', '=', enrolment.id).execute()).length, 1);
    assert.equal((await named.client.post(certificateUrl, {})).statusCode, 303);
  });

  test('numbers stay unique over many issues', async () => {
    const fullCourse = (await findCourseBySlug(t.db, course.slug))!;
    const fullSession = (await findSession(t.db, course.id, session.id))!;
    const accounts = await sql<{ id: number }>`
      INSERT INTO accounts (email, email_normalized, roles) SELECT 'masse' || g || '@exemple.fr', 'masse' || g || '@exemple.fr', ARRAY['candidat']::text[]
      FROM generate_series(1, 60) g RETURNING id`.execute(t.db);
    const numbers = new Set<string>();
    for (const { id } of accounts.rows) {
      const enrolment = await insertEnrolment(t, fullSession.id, id, { completed: true });
      numbers.add((await issueCertificate(t.db, { course: fullCourse, session: fullSession, enrolment, learnerName: `Apprenant ${id}` })).number);
    }
    assert.equal(numbers.size, 60);
  });

  test('the PDF: A4 landscape, metadata, the number, the name and the verification address; owner or staff only', async () => {
    const response = await learner.client.get(`/certificats/${number}/certificat.pdf`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(String(response.headers['content-disposition']), new RegExp(`attachment; filename="certificat-${number}\\.pdf"`));
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.ok(response.rawPayload.length > 3000);

    const certificate = await t.db.selectFrom('certificates').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    const pdf = await renderCertificatePdf(certificate, { publicUrl: 'http://localhost:3000', operatorName: 'Pôle emploi', compress: false });
    const raw = pdf.toString('latin1');
    assert.match(raw, /\/MediaBox \[0 0 841\.89 595\.28\]/, 'A4 landscape');
    assert.match(raw, /\/Title/);
    assert.match(raw, /\/Author/);
    assert.match(raw, /\/Subtype \/Image/, 'the QR code');
    const text = pdfText(pdf);
    assert.match(text, /Certificat de r.ussite/);
    assert.ok(text.includes('Camille Martin'));
    assert.ok(text.includes(`Certificat n° ${number}`.replace('°', '\u00b0')));
    assert.ok(text.includes(`http://localhost:3000/certificats/verifier/${number}`));
    assert.ok(text.includes('PÔLE EMPLOI'.replace('Ô', '\u00d4')));

    // What matters: the number printed verifies; the same number with one character changed does not.
    const printed = /Certificat n° (ES-[0-9A-Z-]+)/.exec(text.replace('\u00b0', '°'))![1]!;
    assert.equal((await verifyCertificate(t.db, printed)).status, 'genuine');
    const modified = printed.slice(0, -1) + (printed.endsWith('A') ? 'B' : 'A');
    assert.equal((await verifyCertificate(t.db, modified)).status, 'unknown');
    const page = await t.app.inject({ url: `/certificats/verifier/${modified}` });
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /Aucun certificat ne correspond à ce numéro/);

    const stranger = await verifiedAccount(t, { displayName: 'Curieux' });
    assert.equal((await stranger.client.get(`/certificats/${number}/certificat.pdf`)).statusCode, 404);
    assert.equal((await stranger.client.get(`/certificats/${number}/badge.json`)).statusCode, 404);
    assert.equal((await learner.client.get('/certificats/inconnu/certificat.pdf')).statusCode, 404);
    const moderator = await verifiedAccount(t, { roles: ['moderateur'], displayName: 'Modératrice' });
    assert.equal((await moderator.client.get(`/certificats/${number}/certificat.pdf`)).statusCode, 200);
    assert.equal((await t.app.inject({ url: `/certificats/${number}/certificat.pdf` })).statusCode, 303);
  });

  test('public verification: genuine with the frozen details; forged or malformed numbers are unknown; input is normalised', async () => {
    const page = await t.app.inject({ url: `/certificats/verifier/${number}` });
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.match(html, /Certificat authentique/);
    assert.match(html, /Camille Martin/);
    assert.ok(html.includes(course.name));
    assert.match(html, /Session de février, du \d+ \S+ \d{4} au \d+ \S+ \d{4}/);
    assert.match(html, /Délivré le/);

    // Well formed, with a valid check group (it needs the platform's secret), but never issued.
    const forged = certificateNumberFor(await certificateSecret(t.db), 2026, 'ABCDEFGHJKMN');
    const forgedPage = await t.app.inject({ url: `/certificats/verifier/${forged}` });
    assert.equal(forgedPage.statusCode, 404);
    assert.match(forgedPage.body, /Aucun certificat ne correspond à ce numéro/);
    assert.equal((await t.app.inject({ url: '/certificats/verifier/inconnu' })).statusCode, 404);

    const form = await t.app.inject({ url: '/certificats/verifier' });
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="numero"/);
    const typed = ` ${number.replaceAll('-', ' ').toLowerCase()} `;
    const redirected = await t.app.inject({ url: `/certificats/verifier?numero=${encodeURIComponent(typed)}` });
    assert.equal(redirected.statusCode, 303);
    assert.equal(redirected.headers.location, `/certificats/verifier/${number}`);
    const lower = await t.app.inject({ url: `/certificats/verifier/${number.toLowerCase().replaceAll('-', '')}` });
    assert.equal(lower.statusCode, 301);
    assert.equal(lower.headers.location, `/certificats/verifier/${number}`);
    const invalid = await t.app.inject({ url: '/certificats/verifier?numero=12345' });
    assert.equal(invalid.statusCode, 400);
    assert.match(decode(invalid.body), /Le numéro n’a pas le bon format/);
    assert.match(invalid.body, /value="12345"/);
    const empty = await t.app.inject({ url: '/certificats/verifier?numero=' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Indiquez le numéro du certificat/);
  });

  test('the Open Badge: signed, verifiable with the published key (JWKS and issuer profile), tampering breaks it', async () => {
    const response = await learner.client.get(`/certificats/${number}/badge.json`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/ld\+json/);
    const badge = response.json();
    assert.deepEqual(badge.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(badge.id, `http://localhost:3000/certificats/verifier/${number}`);
    assert.equal(badge.issuer.id, 'http://localhost:3000/certificats/emetteur');
    assert.equal(badge.credentialSubject.identifier[0].identityHash, 'Camille Martin');

    const jwks = (await t.app.inject({ url: '/certificats/emetteur/jwks.json' })).json();
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0].crv, 'Ed25519');
    assert.equal(jwks.keys[0].d, undefined, 'no private part published');
    assert.ok(verifyCredential(badge, jwks.keys[0]));
    const profileResponse = await t.app.inject({ url: '/certificats/emetteur' });
    assert.match(String(profileResponse.headers['content-type']), /^application\/ld\+json/);
    const profile = profileResponse.json();
    assert.equal(profile.verificationMethod[0].id, badge.proof.verificationMethod);
    assert.equal(profile.verificationMethod[0].id, `${profile.id}#${jwks.keys[0].kid}`);

    const tampered = structuredClone(badge);
    tampered.credentialSubject.achievement.name = 'Un autre cours';
    assert.equal(verifyCredential(tampered, jwks.keys[0]), false);
    // The key is made once: a second download is signed by the same key.
    const second = (await learner.client.get(`/certificats/${number}/badge.json`)).json();
    assert.ok(verifyCredential(second, jwks.keys[0]));
  });

  test('staff search and revoke with a mandatory reason (audited); the certificate then verifies as revoked; the revocation can be cancelled', async () => {
    const candidate = await verifiedAccount(t);
    assert.equal((await candidate.client.get('/administration/certificats')).statusCode, 403);
    const moderator = await verifiedAccount(t, { roles: ['moderateur'], displayName: 'Modérateur Paul' });
    const list = decode((await moderator.client.get('/administration/certificats?q=camille')).body);
    assert.match(list, /1 certificat pour « camille »/);
    const certificate = await t.db.selectFrom('certificates').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    assert.ok(list.includes(`href="/administration/certificats/${certificate.id}"`));
    const byNumber = decode((await moderator.client.get(`/administration/certificats?q=${encodeURIComponent(number.toLowerCase())}`)).body);
    assert.match(byNumber, /1 certificat pour/);
    assert.equal((await moderator.client.get('/administration/certificats/999999')).statusCode, 404);

    const detail = `/administration/certificats/${certificate.id}`;
    await moderator.client.get(detail);
    const missing = await moderator.client.post(`${detail}/revocation`, { reason: '  ' });
    assert.equal(missing.statusCode, 400);
    assert.match(decode(missing.body), /Indiquez le motif de la révocation/);
    assert.equal((await t.db.selectFrom('certificates').select('revoked_at').where('id', '=', certificate.id).executeTakeFirstOrThrow()).revoked_at, null);

    const revoked = await moderator.client.post(`${detail}/revocation`, { reason: 'Certificat obtenu par fraude' });
    assert.equal(revoked.statusCode, 303);
    assert.match(decode((await moderator.client.get(String(revoked.headers.location))).body), /Le certificat est révoqué/);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'certificate.revoke').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_name, 'Modérateur Paul');
    assert.equal(audit[0]!.subject_id, number);

    const page = await t.app.inject({ url: `/certificats/verifier/${number}` });
    assert.equal(page.statusCode, 200);
    const html = decode(page.body);
    assert.match(html, /Certificat révoqué le/);
    assert.match(html, /Motif : Certificat obtenu par fraude/);
    assert.doesNotMatch(html, /Certificat authentique/);
    assert.equal((await verifyCertificate(t.db, number)).status, 'revoked');
    assert.equal((await learner.client.get(`/certificats/${number}/certificat.pdf`)).statusCode, 410);
    assert.equal((await learner.client.get(`/certificats/${number}/badge.json`)).statusCode, 410);
    const owner = decode((await learner.client.get(certificateUrl)).body);
    assert.match(owner, /Certificat révoqué le/);
    assert.doesNotMatch(owner, /certificat\.pdf/);

    await moderator.client.get(detail);
    const restored = await moderator.client.post(`${detail}/annulation-revocation`, {});
    assert.equal(restored.statusCode, 303);
    assert.equal((await t.db.selectFrom('audit_log').select('id').where('action', '=', 'certificate.restore').execute()).length, 1);
    assert.equal((await verifyCertificate(t.db, number)).status, 'genuine');
    assert.equal((await learner.client.get(`/certificats/${number}/badge.json`)).statusCode, 200);
  });

  test('the certificates are in the personal data export', async () => {
    const exported = (await learner.client.get('/mon-espace/mes-donnees.json')).json();
    assert.equal(exported.certificats.length, 1);
    assert.equal(exported.certificats[0].numero, number);
    assert.equal(exported.certificats[0].titulaire, 'Camille Martin');
  });

  test('a visitor without an account can verify but not download', async () => {
    const visitor = new TestClient(t.app);
    assert.equal((await visitor.get(`/certificats/verifier/${number}`)).statusCode, 200);
    assert.equal((await visitor.get(`/certificats/${number}/badge.json`)).statusCode, 303);
  });
});
