import { sql, type Kysely } from 'kysely';

const THEMES = [
  'choisir-un-metier',
  'se-former',
  'preparer-sa-candidature',
  'trouver-un-emploi',
  'creer-son-entreprise',
  'travailler-a-l-international',
];
const list = (values: string[]) => sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`);

/** Organisations, themes, services, counters and the search support tables of the Store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE organisations (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind text NOT NULL CHECK (kind IN ('operateur', 'partenaire-public', 'partenaire-prive')),
    website text,
    description text NOT NULL DEFAULT '',
    siret text CHECK (siret ~ '^[0-9]{14}$'),
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE themes (
    slug text PRIMARY KEY CHECK (slug = ANY (${list(THEMES)})),
    name text NOT NULL,
    summary text NOT NULL,
    description text NOT NULL,
    position integer NOT NULL UNIQUE
  )`.execute(db);

  await sql`CREATE TABLE services (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    pitch text NOT NULL CHECK (length(pitch) BETWEEN 1 AND 300),
    description text NOT NULL,
    provider_id integer NOT NULL REFERENCES organisations (id),
    type text NOT NULL CHECK (type IN ('mooc', 'e-learning', 'serious-game', 'simulateur', 'application-mobile', 'site-web', 'application-api')),
    themes text[] NOT NULL CHECK (cardinality(themes) >= 1 AND themes <@ ${list(THEMES)}),
    audience text NOT NULL CHECK (audience IN ('candidats', 'entreprises', 'tous')),
    price_model text NOT NULL CHECK (price_model IN ('gratuit', 'payant', 'freemium')),
    price_text text,
    platforms text[] NOT NULL CHECK (cardinality(platforms) >= 1 AND platforms <@ ARRAY['web', 'ios', 'android']::text[]),
    languages text[] NOT NULL DEFAULT ARRAY['fr']::text[],
    accessibility text NOT NULL DEFAULT '',
    url text NOT NULL CHECK (url ~ '^https?://'),
    logo_path text,
    screenshots text[] NOT NULL DEFAULT ARRAY[]::text[],
    rome_codes text[] NOT NULL DEFAULT ARRAY[]::text[],
    status text NOT NULL DEFAULT 'publie' CHECK (status IN ('brouillon', 'soumis', 'modifications-demandees', 'publie', 'depublie', 'archive')),
    featured boolean NOT NULL DEFAULT false,
    published_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    name_folded text NOT NULL DEFAULT '',
    search_vector tsvector NOT NULL DEFAULT ''::tsvector,
    CHECK (status <> 'publie' OR published_at IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX services_search_idx ON services USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX services_name_trgm_idx ON services USING gin (name_folded gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX services_rome_idx ON services USING gin (rome_codes)`.execute(db);
  await sql`CREATE INDEX services_published_idx ON services (published_at DESC) WHERE status = 'publie'`.execute(db);
  await sql`CREATE INDEX services_provider_idx ON services (provider_id)`.execute(db);

  // The search document: name > pitch > description > provider and themes.
  await sql`CREATE FUNCTION services_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.name_folded := fold(NEW.name);
      NEW.search_vector :=
        setweight(fr_document(NEW.name), 'A') ||
        setweight(fr_document(NEW.pitch), 'B') ||
        setweight(fr_document(NEW.description), 'C') ||
        setweight(fr_document(
          coalesce((SELECT name FROM organisations WHERE id = NEW.provider_id), '') || ' ' ||
          coalesce((SELECT string_agg(name, ' ') FROM themes WHERE slug = ANY (NEW.themes)), '')), 'D');
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER services_search_document BEFORE INSERT OR UPDATE ON services
    FOR EACH ROW EXECUTE FUNCTION services_search_document()`.execute(db);
  // A renamed provider or theme re-indexes the services that mention it.
  await sql`CREATE FUNCTION organisations_reindex_services() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE services SET updated_at = updated_at WHERE provider_id = NEW.id;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER organisations_reindex_services AFTER UPDATE ON organisations
    FOR EACH ROW EXECUTE FUNCTION organisations_reindex_services()`.execute(db);
  await sql`CREATE FUNCTION themes_reindex_services() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE services SET updated_at = updated_at WHERE NEW.slug = ANY (themes);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER themes_reindex_services AFTER UPDATE ON themes
    FOR EACH ROW EXECUTE FUNCTION themes_reindex_services()`.execute(db);

  // Counters live apart from the service so that counting a view never touches the catalogue.
  await sql`CREATE TABLE service_counters (
    service_id integer PRIMARY KEY REFERENCES services (id) ON DELETE CASCADE,
    views bigint NOT NULL DEFAULT 0 CHECK (views >= 0),
    link_outs bigint NOT NULL DEFAULT 0 CHECK (link_outs >= 0)
  )`.execute(db);
  await sql`CREATE TABLE service_daily_stats (
    service_id integer NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    day date NOT NULL,
    views integer NOT NULL DEFAULT 0,
    link_outs integer NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, day)
  )`.execute(db);

  // Words of the catalogue, for "Vouliez-vous dire …" suggestions.
  await sql`CREATE TABLE search_lexicon (word text PRIMARY KEY, frequency integer NOT NULL DEFAULT 1)`.execute(db);
  await sql`CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gin (word gin_trgm_ops)`.execute(db);
  await sql`CREATE FUNCTION services_feed_lexicon() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_lexicon (word)
        SELECT DISTINCT w FROM changed,
          regexp_split_to_table(fold(changed.name || ' ' || changed.pitch || ' ' || changed.description), '[^a-z0-9]+') AS w
        WHERE length(w) BETWEEN 3 AND 40
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  // Exact document frequencies (how many published services use each word), rebuilt after bulk loads.
  await sql`CREATE FUNCTION rebuild_search_lexicon() RETURNS void LANGUAGE sql AS $$
    DELETE FROM search_lexicon;
    INSERT INTO search_lexicon (word, frequency)
      SELECT w, count(DISTINCT s.id) FROM services s,
        regexp_split_to_table(fold(s.name || ' ' || s.pitch || ' ' || s.description), '[^a-z0-9]+') AS w
      WHERE s.status = 'publie' AND length(w) BETWEEN 3 AND 40
      GROUP BY w;
  $$`.execute(db);
  await sql`CREATE TRIGGER services_feed_lexicon_insert AFTER INSERT ON services
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION services_feed_lexicon()`.execute(db);
  await sql`CREATE TRIGGER services_feed_lexicon_update AFTER UPDATE ON services
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION services_feed_lexicon()`.execute(db);

  // A version number that any change of the catalogue bumps: caches compare it to stay exact.
  await sql`CREATE TABLE catalogue_state (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint NOT NULL DEFAULT 1
  )`.execute(db);
  await sql`INSERT INTO catalogue_state DEFAULT VALUES`.execute(db);
  await sql`CREATE FUNCTION catalogue_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE catalogue_state SET version = version + 1;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ['services', 'organisations', 'themes']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_bump_catalogue_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION catalogue_bump_version()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS catalogue_state, search_lexicon, service_daily_stats, service_counters, services, themes, organisations CASCADE`.execute(db);
  await sql`DROP FUNCTION IF EXISTS rebuild_search_lexicon()`.execute(db);
  for (const fn of ['catalogue_bump_version', 'services_feed_lexicon', 'themes_reindex_services', 'organisations_reindex_services', 'services_search_document']) {
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(fn)}()`.execute(db);
  }
}
