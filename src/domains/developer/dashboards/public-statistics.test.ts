import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { parisDay } from '../../catalogue/index.js';
import { createApplication, decode, developer, insertUsage } from './dashboards.test-support.js';
import { longMonth } from './public-statistics.page.js';
import { buildPublicStatistics, lastMonths } from './public-statistics.service.js';

describe('public statistics of the APIs', () => {
  test('the last twelve months end with the current one, across a year', () => {
    assert.deepEqual(lastMonths('2026-02-15', 3), ['2025-12', '2026-01', '2026-02']);
    const twelve = lastMonths('2026-11-30');
    assert.equal(twelve.length, 12);
    assert.equal(twelve[0], '2025-12');
    assert.equal(twelve[11], '2026-11');
    assert.equal(longMonth('2026-08'), 'août 2026');
  });

  test('monthly sums on the grid: registry APIs always, every application together', () => {
    const stats = buildPublicStatistics(['2026-10', '2026-11'], [
      { api: 'rome', month: '2026-11', calls: 5 },
      { api: 'catalogue-des-services', month: '2026-10', calls: 7 },
      { api: 'ancienne-api', month: '2026-11', calls: 1 },
    ], { active: 3, calling: 1 });
    assert.deepEqual(stats.apis.map((api) => [api.slug, api.calls]), [['catalogue-des-services', [7, 0]], ['rome', [0, 5]], ['offres-d-emploi', [0, 0]], ['moocs', [0, 0]], ['ancienne-api', [0, 1]]]);
    assert.deepEqual(stats.totals, [7, 6]);
  });

  describe('the page', () => {
    let t: TestApp;
    const today = parisDay(new Date());
    const months = lastMonths(today, 14);
    const thisMonth = months[13]!;
    const twoMonthsAgo = months[11]!;
    const tooOld = months[0]!;

    before(async () => {
      t = await buildTestApp({ seed: false });
      const alice = await developer(t.app, t.db, 'alice-dev@exemple.fr');
      const bruno = await developer(t.app, t.db, 'bruno-dev@exemple.fr');
      const first = await createApplication(t.db, alice.accountId, { name: 'Appli confidentielle Alpha' });
      const second = await createApplication(t.db, bruno.accountId, { name: 'Appli confidentielle Bêta' });
      const revoked = await createApplication(t.db, bruno.accountId, { name: 'Appli révoquée', status: 'revoquee' });
      await createApplication(t.db, alice.accountId, { name: 'Appli silencieuse' });
      await insertUsage(t.db, first, 'catalogue-des-services', today, { calls: 120 });
      await insertUsage(t.db, second, 'catalogue-des-services', today, { calls: 30 });
      await insertUsage(t.db, second, 'rome', `${thisMonth}-01`, { calls: 4 });
      await insertUsage(t.db, first, 'moocs', `${twoMonthsAgo}-10`, { calls: 9 });
      await insertUsage(t.db, second, 'moocs', `${twoMonthsAgo}-20`, { calls: 11 });
      await insertUsage(t.db, revoked, 'rome', `${twoMonthsAgo}-05`, { calls: 1000 });
      await insertUsage(t.db, first, 'rome', `${tooOld}-15`, { calls: 5555 });
    });
    after(async () => t.close());

    test('calls per API and month, summed over the applications; active applications; nothing per application', async () => {
      const response = await new TestClient(t.app).get('/developpeurs/statistiques');
      assert.equal(response.statusCode, 200);
      const html = decode(response.body);
      assert.match(html, /<h1>Statistiques d’utilisation des API<\/h1>/);
      // Current month: 150 catalogue calls (two applications), 4 ROME calls; two months ago: 20 MOOC calls, 1 000 ROME calls.
      assert.match(html, new RegExp(`<th scope="row">${longMonth(thisMonth)}</th><td>150</td><td>4</td><td>0</td><td>0</td><td>154</td>`));
      assert.match(html, new RegExp(`<th scope="row">${longMonth(twoMonthsAgo)}</th><td>0</td><td>1 000</td><td>0</td><td>20</td><td>1 020</td>`));
      assert.doesNotMatch(html, new RegExp(`<th scope="row">${longMonth(tooOld)}</th>`));
      assert.doesNotMatch(html, /5 555|Appli confidentielle|Appli révoquée/);
      assert.equal((html.match(/<caption>Appels par mois et par API, toutes applications confondues<\/caption>/g) ?? []).length, 1);
      assert.match(html, /<h3 class="fr-card__title">Applications actives<\/h3><p class="fr-h3 fr-mb-1w">3<\/p>/);
      assert.match(html, /Applications ayant appelé les API ces 30 derniers jours<\/h3><p class="fr-h3 fr-mb-1w">2<\/p>/);
      assert.match(html, /<h3 class="fr-card__title">Appels sur 12 mois<\/h3><p class="fr-h3 fr-mb-1w">1 174<\/p>/);
      // One chart per API, each with its summary and data table.
      assert.match(html, /<svg class="es-chart" role="img" aria-labelledby="graphique-catalogue-des-services-titre graphique-catalogue-des-services-resume"/);
      assert.match(html, new RegExp(`<p id="graphique-moocs-resume">20 appels sur les 12 derniers mois ; mois le plus chargé : ${longMonth(twoMonthsAgo)} \\(20 appels\\)`));
      assert.doesNotMatch(html, /style=/);
    });
  });
});
