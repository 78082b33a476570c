import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { signUp } from '../../../test/helpers/client.js';

describe('search caches (on, as in production)', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ config: { searchCacheSeconds: 30 } });
  });
  after(async () => t.close());

  test('an anonymous search page is served from the cache until the catalogue changes', async () => {
    const first = await t.app.inject({ url: '/recherche?q=entretien' });
    const second = await t.app.inject({ url: '/recherche?q=entretien' });
    assert.equal(second.body, first.body);
    assert.equal(second.headers['set-cookie'], undefined);
    await sql`UPDATE services SET name = 'Entretien : le grand oral' WHERE slug = 'reussir-l-entretien-d-embauche'`.execute(t.db);
    await sleep(1100); // another process's change is seen within a second
    const third = await t.app.inject({ url: '/recherche?q=entretien' });
    assert.match(third.body, /Entretien : le grand oral/);
    const api = await t.app.inject({ url: '/api/v1/services?q=entretien' });
    assert.ok(api.json<{ resultats: { nom: string }[] }>().resultats.some((service) => service.nom === 'Entretien : le grand oral'));
  });

  test('a logged-in visitor never gets the anonymous page', async () => {
    const client = await signUp(t.app, 'cache@exemple.fr');
    const page = await client.get('/recherche?q=entretien');
    assert.match(page.body, /Se déconnecter/);
    const anonymous = await t.app.inject({ url: '/recherche?q=entretien' });
    assert.doesNotMatch(anonymous.body, /Se déconnecter/);
  });

  test('the provider filter shows the ten most frequent providers, and all on request', async () => {
    const providers = await sql<{ n: number }>`SELECT count(DISTINCT provider_id)::int AS n FROM services WHERE status = 'publie'`.execute(t.db);
    const total = providers.rows[0]!.n;
    assert.ok(total > 10);
    const page = (await t.app.inject({ url: '/recherche' })).body;
    const shown = (page.match(/name="fournisseur"/g) ?? []).length;
    assert.equal(shown, 10);
    assert.match(page, new RegExp(`Afficher les ${total - 10} autres fournisseurs`));
    const all = (await t.app.inject({ url: '/recherche?fournisseurs=tous' })).body;
    assert.equal((all.match(/name="fournisseur"/g) ?? []).length, total);
  });
});
