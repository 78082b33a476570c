import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createService } from '../../../../test/factories.js';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle, Db } from '../../../platform/db/database.js';
import { createScheduler } from '../../../platform/jobs/index.js';
import { aggregateServiceStatistics, statisticsAggregationJob } from './aggregate.job.js';
import { readDailyFigures } from './statistics.repository.js';
import { SERVICE_EVENT, type ServiceEventKind } from './statistics.table.js';
import '../catalogue.table.js';

describe('statistics aggregation', () => {
  let database: DatabaseHandle;
  let db: Db;
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  after(async () => database.close());

  const events = (serviceId: number, kind: ServiceEventKind, occurredAt: string, count = 1) =>
    db
      .insertInto('service_events')
      .values(Array.from({ length: count }, () => ({ service_id: serviceId, kind, occurred_at: new Date(occurredAt) })))
      .execute();
  const daily = (serviceId: number) =>
    db.selectFrom('service_daily_stats').select(['day', 'views', 'link_outs', 'favourites_added', 'favourites_removed']).where('service_id', '=', serviceId).orderBy('day').execute();
  const counters = (serviceId: number) => db.selectFrom('service_counters').select(['views', 'link_outs']).where('service_id', '=', serviceId).executeTakeFirst();
  const pending = async () => Number((await db.selectFrom('service_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  test('events are folded by Paris day into the daily figures and the totals, then deleted', async () => {
    const service = await createService(db);
    // Winter (UTC+1): 22:59:59 UTC is still the 19th in Paris, 23:00 UTC is the 20th.
    await events(service.id, SERVICE_EVENT.view, '2026-11-19T22:59:59Z', 3);
    await events(service.id, SERVICE_EVENT.view, '2026-11-19T23:00:00Z', 2);
    await events(service.id, SERVICE_EVENT.linkOut, '2026-11-20T10:00:00Z');
    await events(service.id, SERVICE_EVENT.favouriteAdded, '2026-11-20T10:00:00Z', 2);
    await events(service.id, SERVICE_EVENT.favouriteRemoved, '2026-11-20T11:00:00Z');
    // Summer (UTC+2): 21:59:59 UTC is the 1st of July in Paris, 22:00 UTC the 2nd.
    await events(service.id, SERVICE_EVENT.linkOut, '2026-07-01T21:59:59Z');
    await events(service.id, SERVICE_EVENT.linkOut, '2026-07-01T22:00:00Z');
    const result = await aggregateServiceStatistics(db);
    assert.equal(result.events, 11);
    assert.equal(result.days, 4);
    assert.deepEqual(await daily(service.id), [
      { day: '2026-07-01', views: 0, link_outs: 1, favourites_added: 0, favourites_removed: 0 },
      { day: '2026-07-02', views: 0, link_outs: 1, favourites_added: 0, favourites_removed: 0 },
      { day: '2026-11-19', views: 3, link_outs: 0, favourites_added: 0, favourites_removed: 0 },
      { day: '2026-11-20', views: 2, link_outs: 1, favourites_added: 2, favourites_removed: 1 },
    ]);
    assert.deepEqual(await counters(service.id), { views: 5, link_outs: 3 });
    assert.equal(await pending(), 0);

    // Running again folds nothing and changes nothing; new events add to the existing rows.
    assert.deepEqual(await aggregateServiceStatistics(db), { events: 0, days: 0 });
    await events(service.id, SERVICE_EVENT.view, '2026-11-20T20:00:00Z', 4);
    await aggregateServiceStatistics(db);
    await aggregateServiceStatistics(db);
    const rows = await daily(service.id);
    assert.equal(rows.find((row) => row.day === '2026-11-20')?.views, 6);
    assert.deepEqual(await counters(service.id), { views: 9, link_outs: 3 });
  });

  test('only favourite events: no total row is created; events of a deleted service are dropped', async () => {
    const kept = await createService(db);
    const gone = await createService(db);
    await events(kept.id, SERVICE_EVENT.favouriteAdded, '2026-11-20T10:00:00Z');
    await events(gone.id, SERVICE_EVENT.view, '2026-11-20T10:00:00Z');
    await db.deleteFrom('services').where('id', '=', gone.id).execute();
    await aggregateServiceStatistics(db);
    assert.equal(await counters(kept.id), undefined);
    assert.equal((await daily(kept.id))[0]?.favourites_added, 1);
    assert.equal(await pending(), 0);
  });

  test('events inserted while aggregations run are counted exactly once', async () => {
    const service = await createService(db);
    const inserts = Array.from({ length: 40 }, (_, i) =>
      db
        .insertInto('service_events')
        .values({ service_id: service.id, kind: i % 4 === 0 ? SERVICE_EVENT.linkOut : SERVICE_EVENT.view, occurred_at: new Date('2026-11-21T09:00:00Z') })
        .execute(),
    );
    const runs = Array.from({ length: 8 }, () => aggregateServiceStatistics(db));
    await Promise.all([...inserts, ...runs]);
    await aggregateServiceStatistics(db);
    assert.deepEqual(await daily(service.id), [{ day: '2026-11-21', views: 30, link_outs: 10, favourites_added: 0, favourites_removed: 0 }]);
    assert.deepEqual(await counters(service.id), { views: 30, link_outs: 10 });
  });

  test('an event committed after the aggregation started is left for the next run (PostgreSQL server)', async (t) => {
    if (database.kind === 'pglite') return t.skip('PGlite has one connection: no interleaving to test');
    const service = await createService(db);
    await events(service.id, SERVICE_EVENT.view, '2026-11-22T09:00:00Z');
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('service_events').values({ service_id: service.id, kind: SERVICE_EVENT.view, occurred_at: new Date('2026-11-22T09:30:00Z') }).execute();
      // Another connection aggregates while this insert is not committed yet.
      assert.equal((await aggregateServiceStatistics(db)).events, 1);
    });
    assert.equal((await daily(service.id))[0]?.views, 1);
    assert.equal(await pending(), 1);
    // Two aggregations at once never take the same event twice.
    await Promise.all([aggregateServiceStatistics(db), aggregateServiceStatistics(db)]);
    assert.equal((await daily(service.id))[0]?.views, 2);
    assert.deepEqual(await counters(service.id), { views: 2, link_outs: 0 });
  });

  test('reading merges the folded figures, the pending events and the published ratings, with no double count', async () => {
    const service = await createService(db);
    await events(service.id, SERVICE_EVENT.view, '2026-11-23T08:00:00Z', 2);
    await aggregateServiceStatistics(db);
    await events(service.id, SERVICE_EVENT.view, '2026-11-23T09:00:00Z', 3);
    await events(service.id, SERVICE_EVENT.view, '2026-11-23T23:30:00Z'); // the 24th in Paris
    await sql`INSERT INTO service_reviews (service_id, rating, status, created_at) VALUES
      (${service.id}, 4, 'publie', '2026-11-23T10:00:00Z'), (${service.id}, 1, 'masque', '2026-11-23T10:00:00Z')`.execute(db);
    const read = () => readDailyFigures(db, [service.id], '2026-11-23', '2026-11-23');
    const expected = [{ service_id: service.id, day: '2026-11-23', views: 5, link_outs: 0, favourites_added: 0, favourites_removed: 0, ratings: 1, rating_sum: 4 }];
    assert.deepEqual(await read(), expected);
    await aggregateServiceStatistics(db);
    assert.deepEqual(await read(), expected);
  });

  test('the scheduled job folds the events', async () => {
    const service = await createService(db);
    await events(service.id, SERVICE_EVENT.view, '2026-11-24T08:00:00Z');
    const scheduler = createScheduler(db);
    scheduler.register(statisticsAggregationJob);
    assert.deepEqual(await scheduler.runDue(new Date('2026-11-24T09:00:00Z')), [{ name: 'statistiques-services', ok: true }]);
    assert.equal((await daily(service.id))[0]?.views, 1);
  });
});
