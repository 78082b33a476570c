import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../test/helpers/database.js';
import type { DatabaseHandle } from './database.js';
import { createMigrator, migrateToLatest } from './migrator.js';

describe('migrations', () => {
  let database: DatabaseHandle;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => database.close());

  test('every migration goes down and up again cleanly', async () => {
    const migrator = createMigrator(database.db);
    const all = await migrator.getMigrations();
    assert.ok(all.length >= 3);
    assert.ok(all.every((migration) => migration.executedAt));
    for (let i = 0; i < all.length; i++) {
      const { error } = await migrator.migrateDown();
      assert.equal(error, undefined);
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'`.execute(database.db);
    assert.equal(rows[0]!.n, 0, 'down leaves no table behind');
    await migrateToLatest(database.db);
    assert.ok((await migrator.getMigrations()).every((migration) => migration.executedAt));
  });

  test('the fr text-search configuration folds accents and stems', async () => {
    const { rows } = await sql<{ document: string; query: string }>`
      SELECT fr_document('Réussir ses candidatures à l''étranger')::text AS document,
        fr_query('réussir une candidature à l''étranger')::text AS query`.execute(database.db);
    assert.equal(rows[0]!.document, "'candidatur':3 'etrang':6 'reuss':1");
    assert.equal(rows[0]!.query, "'reuss' & 'candidatur' & 'etrang'");
  });
});
