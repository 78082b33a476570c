import { sql, type Kysely } from 'kysely';

/** Extensions and the French text-search configuration `fr` (stemming, accents folded). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS cube`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS earthdistance`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION fr (COPY = pg_catalog.french)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION fr
    ALTER MAPPING FOR hword, hword_part, word, asciihword, asciiword, hword_asciipart
    WITH unaccent, french_stem`.execute(db);
  // unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes and generated columns use it.
  await sql`CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);
  await sql`CREATE FUNCTION fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.immutable_unaccent($1)) $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS fold(text)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS immutable_unaccent(text)`.execute(db);
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS fr`.execute(db);
  await sql`DROP EXTENSION IF EXISTS earthdistance`.execute(db);
  await sql`DROP EXTENSION IF EXISTS cube`.execute(db);
  await sql`DROP EXTENSION IF EXISTS pg_trgm`.execute(db);
  await sql`DROP EXTENSION IF EXISTS unaccent`.execute(db);
}
