import { sql, type Kysely } from 'kysely';

/**
 * Official referentials: the ROME tree and sheets, OGR job titles (appellations), communes with
 * their postal codes, NAF codes. No foreign key links the ROME tables to each other, so that each
 * official file can be imported on its own, in any order, in its own transaction: a job title may
 * arrive with its ROME code before its label (hence the nullable columns).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE rome_domains (
    code text PRIMARY KEY CHECK (code ~ '^[A-N]([0-9]{2})?$'),
    label text NOT NULL,
    parent_code text CHECK (parent_code ~ '^[A-N]$'),
    CHECK ((length(code) = 1) = (parent_code IS NULL))
  )`.execute(db);

  await sql`CREATE TABLE rome_sheets (
    code text PRIMARY KEY CHECK (code ~ '^[A-N][0-9]{4}$'),
    label text NOT NULL,
    domain_code text CHECK (domain_code ~ '^[A-N][0-9]{2}$'),
    search_vector tsvector GENERATED ALWAYS AS (fr_document(label)) STORED
  )`.execute(db);
  await sql`CREATE INDEX rome_sheets_search_idx ON rome_sheets USING gin (search_vector)`.execute(db);

  await sql`CREATE TABLE rome_appellations (
    ogr_code text PRIMARY KEY CHECK (ogr_code ~ '^[0-9]{1,9}$'),
    label text,
    rome_code text CHECK (rome_code ~ '^[A-N][0-9]{4}$'),
    label_folded text GENERATED ALWAYS AS (fold(label)) STORED,
    search_vector tsvector GENERATED ALWAYS AS (fr_document(coalesce(label, ''))) STORED
  )`.execute(db);
  await sql`CREATE INDEX rome_appellations_search_idx ON rome_appellations USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX rome_appellations_label_trgm_idx ON rome_appellations USING gin (label_folded gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX rome_appellations_rome_idx ON rome_appellations (rome_code)`.execute(db);

  await sql`CREATE TABLE communes (
    insee_code text PRIMARY KEY CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    department_code text NOT NULL CHECK (department_code ~ '^([0-9]{2}|2[AB]|9[78][0-9])$'),
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    name_folded text GENERATED ALWAYS AS (fold(name)) STORED,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
  )`.execute(db);
  await sql`CREATE INDEX communes_name_trgm_idx ON communes USING gin (name_folded gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX communes_department_idx ON communes (department_code)`.execute(db);

  await sql`CREATE TABLE commune_postal_codes (
    insee_code text NOT NULL REFERENCES communes (insee_code) ON DELETE CASCADE,
    postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    PRIMARY KEY (insee_code, postal_code)
  )`.execute(db);
  await sql`CREATE INDEX commune_postal_codes_postal_idx ON commune_postal_codes (postal_code)`.execute(db);

  await sql`CREATE TABLE naf_codes (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}[A-Z]$'),
    label text NOT NULL
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS naf_codes, commune_postal_codes, communes, rome_appellations, rome_sheets, rome_domains`.execute(db);
}
