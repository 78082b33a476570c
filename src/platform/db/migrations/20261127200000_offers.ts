import { sql, type Kysely } from 'kysely';

/**
 * Job offers aggregated from the agency and partner job boards. One row per offer in
 * `job_offers` (the object of the "Offres d'emploi v2" API); every listing of it by a source in
 * `job_offer_listings` (source, external id), so that the same offer published by several boards is
 * one offer naming every partner. Imports are recorded with their counts and rejected records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE offer_sources (
    slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,40}$'),
    name text NOT NULL,
    url text,
    logo text,
    -- 'agence': the operator's own offers (origineOffre.origine 1); 'partenaire': a job board (2).
    kind text NOT NULL CHECK (kind IN ('agence', 'partenaire')),
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE job_offers (
    -- The public id (like the agency's: 7 characters, digits and capitals), from id_seq.
    id text PRIMARY KEY,
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    intitule text NOT NULL CHECK (length(intitule) BETWEEN 2 AND 300),
    description text NOT NULL DEFAULT '',
    rome_code text,
    rome_label text,
    appellation_code text,
    appellation_label text,
    commune_code text,
    postal_code text,
    place_label text,
    department_code text,
    region_code text,
    latitude double precision,
    longitude double precision,
    company_name text,
    company_description text,
    company_url text,
    company_logo text,
    company_adapted boolean,
    contract_type text NOT NULL,
    contract_nature text,
    experience_code text CHECK (experience_code IN ('D', 'S', 'E')),
    experience_label text,
    experience_comment text,
    -- 1: less than a year, 2: one to three years, 3: more (the search parameter experience).
    experience_level smallint CHECK (experience_level BETWEEN 1 AND 3),
    qualification_code text,
    qualification_label text,
    naf_code text,
    sector_code text,
    sector_label text,
    full_time boolean,
    working_hours_label text,
    working_hours_converted text,
    weekly_hours numeric(5,2),
    contract_months numeric(6,2),
    salary_label text,
    salary_comment text,
    salary_complement1 text,
    salary_complement2 text,
    -- Numeric bounds when known, monthly gross euros (converted from the period given).
    salary_min_monthly numeric(10,2),
    salary_max_monthly numeric(10,2),
    alternance boolean NOT NULL DEFAULT false,
    positions integer NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 10000),
    accessible_th boolean,
    lacks_candidates boolean NOT NULL DEFAULT false,
    -- Codes of the niveauxFormations referential (NV1 … NV5, CFG, AFS…) of the formations asked for.
    formation_levels text[] NOT NULL DEFAULT '{}',
    -- Codes of the permis referential (B, C, CE…) of the driving licences asked for.
    licence_codes text[] NOT NULL DEFAULT '{}',
    -- The employer is committed to hiring disabled people (employeurHandiEngage).
    handi_engaged boolean NOT NULL DEFAULT false,
    -- Candidates are recruited by simulation (méthode de recrutement par simulation, offresMRS).
    mrs boolean NOT NULL DEFAULT false,
    -- formations, langues, permis, competences, qualitesProfessionnelles, contact: as in the API.
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- 1 agency, 2 partner (origineOffre.origine); the partners are the listings.
    origin smallint NOT NULL CHECK (origin IN (1, 2)),
    origin_url text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    -- Past this date the offer expires.
    ends_at timestamptz,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'expiree')),
    expired_at timestamptz,
    -- Same employer, title and commune (folded): candidates for deduplication across sources.
    dedup_key text NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(fr_document(coalesce(intitule, '') || ' ' || coalesce(appellation_label, '') || ' ' || coalesce(rome_label, '')), 'A') ||
      setweight(fr_document(coalesce(company_name, '')), 'B') ||
      setweight(fr_document(left(coalesce(description, ''), 4000)), 'C')
    ) STORED,
    CHECK ((status = 'expiree') = (expired_at IS NOT NULL)),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
  )`.execute(db);
  await sql`CREATE INDEX job_offers_search_idx ON job_offers USING gin (search_vector) WHERE status = 'active'`.execute(db);
  // Place and words in one index: a keyword + distance search checks both in the index and reads
  // only the rows that match (a place-only search uses its first column alone).
  await sql`CREATE INDEX job_offers_place_idx ON job_offers USING gist (ll_to_earth(latitude, longitude), search_vector) WHERE status = 'active' AND latitude IS NOT NULL`.execute(db);
  await sql`CREATE INDEX job_offers_created_idx ON job_offers (created_at DESC, id) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX job_offers_department_idx ON job_offers (department_code, created_at DESC) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX job_offers_rome_idx ON job_offers (rome_code) WHERE status = 'active'`.execute(db);
  // Only active offers are candidates for deduplication.
  await sql`CREATE INDEX job_offers_dedup_idx ON job_offers (dedup_key) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX job_offers_ends_idx ON job_offers (ends_at) WHERE status = 'active' AND ends_at IS NOT NULL`.execute(db);

  // Every (source, external id) that published an offer; the offer lists them as partners.
  await sql`CREATE TABLE job_offer_listings (
    source text NOT NULL REFERENCES offer_sources (slug),
    external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
    offer_id text NOT NULL REFERENCES job_offers (id) ON DELETE CASCADE,
    url text,
    -- sha-256 of the normalised record: an unchanged record is not rewritten.
    content_hash text NOT NULL,
    -- The last import that saw it (a full feed expires the listings it did not see).
    last_import_id bigint,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz,
    PRIMARY KEY (source, external_id)
  )`.execute(db);
  await sql`CREATE INDEX job_offer_listings_offer_idx ON job_offer_listings (offer_id)`.execute(db);
  await sql`CREATE INDEX job_offer_listings_import_idx ON job_offer_listings (source, last_import_id)`.execute(db);

  await sql`CREATE TABLE offer_imports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL REFERENCES offer_sources (slug),
    file_name text NOT NULL,
    -- sha-256 of the feed: re-running the same feed after a crash resumes the same import.
    file_hash text NOT NULL,
    format text NOT NULL CHECK (format IN ('json', 'jsonl', 'xml', 'csv')),
    mode text NOT NULL CHECK (mode IN ('complet', 'partiel')),
    status text NOT NULL DEFAULT 'en-cours' CHECK (status IN ('en-cours', 'terminee', 'echouee')),
    records integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    merged integer NOT NULL DEFAULT 0,
    rejected integer NOT NULL DEFAULT 0,
    expired integer NOT NULL DEFAULT 0,
    -- The first rejected records: [{record, field, reason}].
    rejections jsonb NOT NULL DEFAULT '[]'::jsonb,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  )`.execute(db);

  await sql`CREATE TABLE saved_offers (
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    offer_id text NOT NULL REFERENCES job_offers (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, offer_id)
  )`.execute(db);
  await sql`CREATE TABLE offer_alerts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    -- The search as its /offres query string (canonical order).
    query text NOT NULL CHECK (length(query) <= 2000),
    -- Offers created after this moment are new for the next e-mail.
    checked_until timestamptz NOT NULL DEFAULT now(),
    last_sent_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, query)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['offer_alerts', 'saved_offers', 'offer_imports', 'job_offer_listings', 'job_offers', 'offer_sources']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
