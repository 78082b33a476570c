import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../../config.js';

/**
 * The database schema. Each domain adds its tables to this interface from its
 * `*.table.ts` files through declaration merging, so the platform never imports a domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Embedded only: a tarball of the data folder, to start other instances from (tests). */
  dumpDataDir?(): Promise<Blob>;
}

export interface OpenOptions {
  poolSize?: number;
  /** Embedded only: start from this data folder tarball instead of an empty database. */
  loadDataDir?: Blob;
}

// PostgreSQL's bigint (int8) and numeric come back as strings by default; counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));
pg.types.setTypeParser(1700, (value) => Number(value));
// Dates without time stay plain 'YYYY-MM-DD' strings.
pg.types.setTypeParser(1082, (value) => value);

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const [{ PGlite }, { createPgConfig }, { unaccent }, { pg_trgm }, { fuzzystrmatch }, { cube }, { earthdistance }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/node-postgres'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/fuzzystrmatch'),
    import('@electric-sql/pglite/contrib/cube'),
    import('@electric-sql/pglite/contrib/earthdistance'),
  ]);
  const pglite = await PGlite.create(dataDir, { extensions: { unaccent, pg_trgm, fuzzystrmatch, cube, earthdistance }, ...(loadDataDir ? { loadDataDir } : {}) });
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
  };
}

function openServer(url: string, poolSize: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Opens the configured database: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openServer(config.databaseUrl, options.poolSize ?? 10);
  return openPglite(config.dataDir, options.loadDataDir);
}
