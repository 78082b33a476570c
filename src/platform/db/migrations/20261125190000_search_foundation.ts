import { sql, type Kysely } from 'kysely';

const ACCENTED_STOP_WORDS = ['à', 'même', 'été', 'étée', 'étées', 'étés', 'étant', 'étante', 'étants', 'étantes', 'êtes', 'étais', 'était', 'étions', 'étiez', 'étaient', 'fûmes', 'fûtes', 'fût', 'eûmes', 'eûtes', 'eût'];
const FOLDED_STOP_LEXEMES = ['a', 'mem', 'ete', 'etant', 'etais', 'etait', 'etion', 'etaient', 'fut', 'eut'];
const folded = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const STOP_WORDS_PATTERN = `(^|[\\s'’"(«-])(${[...new Set([...ACCENTED_STOP_WORDS, ...ACCENTED_STOP_WORDS.map(folded)])].join('|')})(?=[\\s'’")».,;:!?-]|$)`;

/** Extensions and the French text-search configuration `fr` (stemming, accents folded). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`.execute(db);
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
  // French stop words that carry an accent ("à", "été", "même"…) stop being stop words once
  // unaccent has folded them: drop them from documents and from queries.
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  await sql`CREATE FUNCTION fr_document(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT ts_delete(to_tsvector('fr', $1), ${sql.raw(quote(`{${FOLDED_STOP_LEXEMES.join(',')}}`))}::text[]) $$`.execute(db);
  await sql`CREATE FUNCTION fr_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT websearch_to_tsquery('fr', regexp_replace($1, ${sql.raw(quote(STOP_WORDS_PATTERN))}, ${sql.raw(quote(String.raw`\1 `))}, 'gi')) $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS fr_query(text)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS fr_document(text)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS fold(text)`.execute(db);
  await sql`DROP FUNCTION IF EXISTS immutable_unaccent(text)`.execute(db);
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS fr`.execute(db);
  await sql`DROP EXTENSION IF EXISTS earthdistance`.execute(db);
  await sql`DROP EXTENSION IF EXISTS cube`.execute(db);
  await sql`DROP EXTENSION IF EXISTS fuzzystrmatch`.execute(db);
  await sql`DROP EXTENSION IF EXISTS pg_trgm`.execute(db);
  await sql`DROP EXTENSION IF EXISTS unaccent`.execute(db);
}
