import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp } from '../../../../test/helpers/client.js';

interface Summary {
  slug: string;
  note: { moyenne: number | null; nombre: number };
}

describe('ratings in search, in the API, and in personal data', () => {
  let t: TestApp;
  before(async () => {
    // With the search cache on: a review must invalidate cached results at once.
    t = await buildTestApp({ config: { searchCacheSeconds: 30 } });
    const { rows } = await sql<{ id: number }>`SELECT id FROM services WHERE status = 'publie' ORDER BY id LIMIT 12`.execute(t.db);
    // Ties on purpose: equal averages with different counts, equal averages and counts.
    const sets = [[5], [5, 5, 4], [4, 4], [4], [3, 5], [3, 5], [2], [1, 2, 3], [5, 1], [3]];
    for (const [index, ratings] of sets.entries()) {
      for (const rating of ratings) await sql`INSERT INTO service_reviews (service_id, account_id, rating) VALUES (${rows[index]!.id}, NULL, ${rating})`.execute(t.db);
    }
    await sql`INSERT INTO service_reviews (service_id, account_id, rating, status) VALUES (${rows[10]!.id}, NULL, 5, 'masque')`.execute(t.db);
  });
  after(async () => t.close());

  const api = async (query: string) => {
    const response = await t.app.inject({ url: `/api/v1/services?${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<{ total: number; resultats: Summary[] }>();
  };

  test('sort « note »: best average first, then more reviews, then name; services without reviews last (vs SQL)', async () => {
    const { rows } = await sql<{ slug: string; average: number | null; count: number }>`
      SELECT s.slug, x.average, coalesce(x.count, 0)::int AS count FROM services s
      LEFT JOIN (SELECT service_id, avg(rating)::float8 AS average, count(*) AS count FROM service_reviews WHERE status = 'publie' GROUP BY service_id) x
        ON x.service_id = s.id
      WHERE s.status = 'publie'
      ORDER BY x.average DESC NULLS LAST, x.count DESC NULLS LAST, s.name_folded, s.id`.execute(t.db);
    const first = await api('tri=note&par_page=50');
    const second = await api('tri=note&par_page=50&page=2');
    const got = [...first.resultats, ...second.resultats];
    assert.equal(got.length, rows.length);
    assert.deepEqual(got.map((row) => row.slug), rows.map((row) => row.slug));
    for (const [index, row] of rows.entries()) {
      assert.equal(got[index]!.note.nombre, row.count, row.slug);
      if (row.average === null) assert.equal(got[index]!.note.moyenne, null);
      else assert.ok(Math.abs(got[index]!.note.moyenne! - row.average) < 0.005, `${row.slug}: ${got[index]!.note.moyenne} ≈ ${row.average}`);
    }
    assert.equal(got[0]!.note.moyenne, 5);
    assert.equal(got.filter((row) => row.note.nombre > 0).length, 10, 'the hidden review counts for nothing');
  });

  test('the search page offers « Mieux notés » and shows the order', async () => {
    const page = await t.app.inject({ url: '/recherche?tri=note' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<option value="note" selected(="")?>Mieux notés<\/option>/);
  });

  test('the service API includes the rating; a new review shows at once despite the cache', async () => {
    const [best] = (await api('tri=note&par_page=1')).resultats;
    const detail = await t.app.inject({ url: `/api/v1/services/${best!.slug}` });
    assert.deepEqual(detail.json<Summary>().note, best!.note);
    const unrated = (await api('tri=note&par_page=50&page=2')).resultats.at(-1)!;
    assert.deepEqual(unrated.note, { moyenne: null, nombre: 0 });
    assert.deepEqual((await t.app.inject({ url: `/api/v1/services/${unrated.slug}` })).json<Summary>().note, { moyenne: null, nombre: 0 });
    const client = await signUp(t.app, 'note@exemple.fr');
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = 'note@exemple.fr'`.execute(t.db);
    await client.get(`/services/${unrated.slug}/avis/modifier`);
    assert.equal((await client.post(`/services/${unrated.slug}/avis`, { rating: '5', body: '' })).statusCode, 303);
    const after = (await api('tri=note&par_page=50')).resultats.find((row) => row.slug === unrated.slug);
    assert.deepEqual(after?.note, { moyenne: 5, nombre: 1 });
  });

  test('personal data: export of one’s reviews and reports; deletion removes or anonymises', async () => {
    const provider = t.app.personalData.find((item) => item.name === 'avis');
    assert.ok(provider?.onAccountDeletion);
    const [a, b] = await Promise.all(['rgpd-a@exemple.fr', 'rgpd-b@exemple.fr'].map(async (email) => {
      const client = await signUp(t.app, email);
      await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = ${email}`.execute(t.db);
      return { client, id: (await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow()).id };
    }));
    const services = await t.db.selectFrom('services').select(['id', 'slug']).orderBy('id', 'desc').limit(2).execute();
    for (const person of [a!, b!]) {
      await person.client.get(`/services/${services[0]!.slug}/avis/modifier`);
      for (const service of services) assert.equal((await person.client.post(`/services/${service.slug}/avis`, { rating: '4', body: `Avis de ${person.id}` })).statusCode, 303);
    }
    const bReview = await t.db.selectFrom('service_reviews').select('id').where('account_id', '=', b!.id).executeTakeFirstOrThrow();
    await a!.client.post(`/avis/${bReview.id}/signaler`, { reason: 'hors-sujet' });
    const exported = (await provider.export(t.db, a!.id)) as { avis: { note: number; texte: string }[]; signalements: { motif: string }[] };
    assert.equal(exported.avis.length, 2);
    assert.equal(exported.avis[0]!.texte, `Avis de ${a!.id}`);
    assert.deepEqual(exported.signalements.map((report) => report.motif), ['hors-sujet']);

    await t.db.transaction().execute((trx) => provider.onAccountDeletion!(trx, a!.id, { reviews: 'supprimer' }));
    assert.equal((await t.db.selectFrom('service_reviews').select('id').where('body', '=', `Avis de ${a!.id}`).execute()).length, 0);
    assert.equal((await t.db.selectFrom('review_reports').select('review_id').where('account_id', '=', a!.id).execute()).length, 0);
    await t.db.transaction().execute((trx) => provider.onAccountDeletion!(trx, b!.id, { reviews: 'anonymiser' }));
    const kept = await t.db.selectFrom('service_reviews').select(['account_id']).where('body', '=', `Avis de ${b!.id}`).execute();
    assert.deepEqual(kept, [{ account_id: null }, { account_id: null }]);
  });
});
