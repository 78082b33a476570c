import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { COMPETENCIES, type DebriefRecommendation } from '../engine/scenario.types.js';
import { RESOURCE_TARGETS, resolveRecommendations } from '../resources/resource-links.js';
import { loadBuiltinScenarios } from '../scenarios/builtin.scenarios.js';
import { decode, playToEnd } from '../simulator.test-support.js';
import { canonicalJson } from '../storage/canonical-json.js';
import { insertVersion, publishVersion } from '../storage/scenarios.repository.js';
import { seedSimulatorDemo, SIMULATOR_SERVICE_SLUG } from './seed.js';

describe('simulator demo: the three scenarios, the Store listing, the debrief’s resources', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
    await seedSimulatorDemo(t.db); // the template may predate the scenario files: load them as they are now
  });
  after(async () => t.close());

  const snapshot = async () => ({
    scenarios: await t.db.selectFrom('simulator_scenarios').select(['slug', 'status', 'published_version_id', 'organisation_id']).orderBy('slug').execute(),
    versions: await t.db.selectFrom('simulator_scenario_versions').select(['id', 'scenario_id', 'number']).orderBy('id').execute(),
    service: await t.db.selectFrom('services').selectAll().where('slug', '=', SIMULATOR_SERVICE_SLUG).executeTakeFirstOrThrow(),
  });

  test('the built-in scenarios are published as the operator’s; loading again changes nothing', async () => {
    const before = await snapshot();
    const builtins = loadBuiltinScenarios();
    assert.deepEqual(before.scenarios.map((row) => row.slug), builtins.map((document) => document.id).sort());
    assert.ok(before.scenarios.every((row) => row.status === 'publie' && row.organisation_id === null));
    for (const document of builtins) {
      const published = await t.db
        .selectFrom('simulator_scenarios as s')
        .innerJoin('simulator_scenario_versions as v', 'v.id', 's.published_version_id')
        .select('v.document')
        .where('s.slug', '=', document.id)
        .executeTakeFirstOrThrow();
      assert.equal(canonicalJson(published.document), canonicalJson(document), document.id);
    }
    await seedSimulatorDemo(t.db);
    assert.deepEqual(await snapshot(), before);
  });

  test('a published version that differs from the file gives way to a new version of the file', async () => {
    const [document] = loadBuiltinScenarios();
    const row = await t.db.selectFrom('simulator_scenarios').select('id').where('slug', '=', document!.id).executeTakeFirstOrThrow();
    await t.db.transaction().execute(async (trx) => {
      const edited = await insertVersion(trx, row.id, { ...document!, title: 'Titre changé à la main' }, { accountId: null, name: 'Tests' });
      await publishVersion(trx, row.id, edited.id);
    });
    await seedSimulatorDemo(t.db);
    const published = await t.db
      .selectFrom('simulator_scenarios as s')
      .innerJoin('simulator_scenario_versions as v', 'v.id', 's.published_version_id')
      .select(['v.number', 'v.document'])
      .where('s.id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(canonicalJson(published.document), canonicalJson(document));
    const numbers = await t.db.selectFrom('simulator_scenario_versions').select('number').where('scenario_id', '=', row.id).orderBy('number').execute();
    assert.equal(published.number, numbers.at(-1)!.number);
  });

  test('the Store lists the simulator as an operator service of type « simulateur » pointing at /simulateur', async () => {
    const service = await t.db
      .selectFrom('services as s')
      .innerJoin('organisations as o', 'o.id', 's.provider_id')
      .select(['s.name', 's.type', 's.url', 's.status', 'o.kind'])
      .where('s.slug', '=', SIMULATOR_SERVICE_SLUG)
      .executeTakeFirstOrThrow();
    assert.deepEqual(service, { name: "Simulateur d'entretien d'embauche", type: 'simulateur', url: `${t.app.config.publicUrl}/simulateur`, status: 'publie', kind: 'operateur' });
    const client = new TestClient(t.app);
    const search = decode((await client.get('/recherche?type=simulateur')).body);
    assert.match(search, /Simulateur d'entretien d'embauche/);
    assert.match(decode((await client.get(`/services/${SIMULATOR_SERVICE_SLUG}`)).body), /href="\/simulateur"[^>]*>Commencer un entretien d’entraînement/);
    const out = await client.get(`/services/${SIMULATOR_SERVICE_SLUG}/acceder`);
    assert.equal(out.headers.location, `${t.app.config.publicUrl}/simulateur`);
  });

  test('every resource key the scenarios use leads to published lessons or services of the demo', async () => {
    const keys = new Set<string>();
    for (const document of loadBuiltinScenarios()) {
      for (const competency of document.competencies) for (const key of document.resources?.[competency] ?? [`competence.${competency}`]) keys.add(key);
    }
    for (const competency of COMPETENCIES) keys.add(`competence.${competency}`);
    for (const key of keys) {
      assert.ok(Object.hasOwn(RESOURCE_TARGETS, key), `the key ${key} is mapped`);
      const recommendation: DebriefRecommendation = { competency: 'argumentation', label: 'Argumentation', resourceKeys: [key] };
      const [resolved] = await resolveRecommendations(t.db, [recommendation]);
      const target = RESOURCE_TARGETS[key]!;
      assert.equal(resolved!.links.length, new Set([...target.lessons.map((lesson) => lesson.lessonTitle), ...target.services]).size, `every target of ${key} exists: ${JSON.stringify(resolved!.links)}`);
      for (const link of resolved!.links) assert.equal((await t.app.inject({ url: link.href.split('#')[0]! })).statusCode, 200, link.href);
    }
  });

  test('a demo interview is played to the end from /simulateur, with resources in its debrief', async () => {
    const client = new TestClient(t.app);
    await client.get('/simulateur');
    const started = await client.post('/simulateur', { metier: 'Serveur / Serveuse de restaurant', metierOgr: '19427', typeEntretien: 'premier_entretien', entreprise: '' });
    assert.equal(started.statusCode, 303);
    // The last choice of each question and a short answer: competencies to work on, hence resources.
    const last = (_stepId: string, page: string) => [...page.matchAll(/type="radio"[^>]*name="reponse" value="([^"]+)"/g)].at(-1)?.[1];
    const { html, steps } = await playToEnd(client, String(started.headers.location), { choose: last, text: 'Euh, bah, je sais pas trop.' });
    assert.ok(steps.length >= 10, `about ten steps: ${steps.join(', ')}`);
    const page = decode(html);
    assert.match(page, /<h1>Entretien de serveur \/ serveuse de restaurant en restauration<\/h1>/);
    assert.match(page, /Pour progresser[\s\S]*href="\/(moocs|services)\//);
  });
});
