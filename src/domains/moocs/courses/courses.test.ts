import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createCourse, running } from '../learning/learning.fixtures.js';
import { isoDuration } from './course.jsonld.js';
import { enrolledText, sessionDatesText } from './session-display.js';

const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;

describe('course list and course page', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  test('French formats: counts, dates in Paris, self-paced, ISO durations', () => {
    assert.equal(enrolledText(1234, null), '1\u202f234 inscrits');
    assert.equal(enrolledText(1, 50), '1 inscrit sur 50 places');
    const base = { enrolment_opens_at: null, enrolment_closes_at: null, archived_at: null, capacity: null };
    // 23:30 UTC on 31 March is already 1 April in Paris (summer time).
    assert.equal(sessionDatesText({ ...base, self_paced: false, starts_at: new Date('2026-03-31T23:30:00Z'), ends_at: new Date('2026-04-28T08:00:00Z') }), 'Du 1 avril 2026 au 28 avril 2026');
    assert.equal(sessionDatesText({ ...base, self_paced: true, starts_at: null, ends_at: null }), 'À votre rythme');
    assert.equal(isoDuration(570), 'PT9H30M');
    assert.equal(isoDuration(120), 'PT2H');
    assert.equal(isoDuration(5), 'PT5M');
  });

  test('the list shows each course with its next session and state', async () => {
    const course = await createCourse(t.db, [running(), { opens: 2, closes: 20, starts: 25, ends: 50 }]);
    const response = await t.app.inject({ url: '/moocs' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, new RegExp(`<a href="/moocs/${course.slug}">`));
    assert.match(response.body, /2 heures par semaine/);
    assert.match(response.body, /Session 1 : Du /);
    assert.match(response.body, /En cours/);
  });

  test('the course page: catalogue texts, outline, instructors, sessions with states and actions, JSON-LD', async () => {
    const course = await createCourse(t.db, [running(), { name: 'Session d’été', opens: 2, closes: 20, starts: 25, ends: 50, capacity: 40 }, { name: 'Libre', opens: 0, closes: 0, starts: 0, ends: 0, selfPaced: true }]);
    const response = await t.app.inject({ url: `/moocs/${course.slug}` });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /Un cours <strong>utile<\/strong> pour la recherche d’emploi/);
    assert.match(body, /Savoir faire un CV/);
    assert.match(body, /Semaine 1 : Semaine numéro 1/);
    assert.match(body, /Quiz de la semaine \(quiz\)/);
    assert.match(body, /Camille Martin/);
    assert.match(body, /Conseillère à l’emploi/);
    assert.match(body, /Interne/);
    assert.match(body, /À venir/);
    assert.match(body, /0 inscrit sur 40 places/);
    assert.match(body, /Les inscriptions ne sont pas encore ouvertes/);
    assert.match(body, /À votre rythme/);
    assert.match(body, /Se connecter pour s’inscrire/);
    const ld = jsonLdOf(body);
    assert.equal(ld['@type'], 'Course');
    assert.equal(ld.url, `http://localhost:3000/moocs/${course.slug}`);
    assert.deepEqual(ld.offers, [{ '@type': 'Offer', category: 'Free', price: '0', priceCurrency: 'EUR' }]);
    assert.equal((ld.provider as { '@type': string })['@type'], 'Organization');
    const instances = ld.hasCourseInstance as Record<string, unknown>[];
    assert.equal(instances.length, 3);
    const summer = instances.find((instance) => instance.name === 'Session d’été')!;
    assert.equal(summer['@type'], 'CourseInstance');
    assert.equal(summer.courseMode, 'online');
    assert.match(String(summer.startDate), /^\d{4}-\d\d-\d\dT/);
    assert.match(String(summer.endDate), /^\d{4}-\d\d-\d\dT/);
    assert.equal(summer.courseWorkload, 'PT35M');
    assert.deepEqual(summer.instructor, [{ '@type': 'Person', name: 'Camille Martin', jobTitle: 'Conseillère à l’emploi' }]);
    const selfPaced = instances.find((instance) => instance.name === 'Libre')!;
    assert.equal(selfPaced.startDate, undefined);
  });

  test('unknown or unpublished course: French 404', async () => {
    const unknown = await t.app.inject({ url: '/moocs/cours-inconnu' });
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body.replace(/&#39;/g, "'"), /Ce cours n'existe pas ou n'est plus proposé/);
    const course = await createCourse(t.db, [running()]);
    await t.db.updateTable('services').set({ status: 'depublie' }).where('id', '=', course.serviceId).execute();
    assert.equal((await t.app.inject({ url: `/moocs/${course.slug}` })).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/moocs/${course.slug}/sessions/inconnu/contenu` })).statusCode, 303);
  });

  test('the catalogue page of a MOOC links to its course page; other services do not', async () => {
    const course = await createCourse(t.db, [running()]);
    const page = await t.app.inject({ url: `/services/${course.slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`href="/moocs/${course.slug}"[^>]*>\\s*Voir le cours, ses sessions et s’inscrire`));
    const other = await t.db.selectFrom('services').select('slug').where('id', 'not in', t.db.selectFrom('courses').select('service_id')).where('status', '=', 'publie').executeTakeFirst();
    if (other) assert.doesNotMatch((await t.app.inject({ url: `/services/${other.slug}` })).body, /Voir le cours, ses sessions/);
  });
});
