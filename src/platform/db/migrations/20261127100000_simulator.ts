import { sql, type Kysely } from 'kysely';

/**
 * The interview simulator and serious games: scenarios stored as versioned JSON documents (a
 * working draft edited by the form editor, numbered versions, the published one is what players
 * get), and attempts (the engine's serialisable state, the version they started on, the final
 * debrief). Anonymous attempts are reached by an unguessable token kept only as a hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE simulator_scenarios (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    title text NOT NULL CHECK (length(title) BETWEEN 3 AND 150),
    -- 'entretien': offered by /simulateur; 'jeu-serieux': played from /jeux-serieux/<slug>.
    kind text NOT NULL DEFAULT 'entretien' CHECK (kind IN ('entretien', 'jeu-serieux')),
    -- The partner organisation that authors it; NULL: the operator's own scenario (staff author it).
    organisation_id integer REFERENCES organisations (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'brouillon' CHECK (status IN ('brouillon', 'publie')),
    -- The working copy the editor changes step by step (possibly invalid until saved as a version).
    draft jsonb NOT NULL,
    published_version_id integer,
    created_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'publie' OR published_version_id IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX simulator_scenarios_organisation_idx ON simulator_scenarios (organisation_id)`.execute(db);

  // A version is never changed once written; attempts keep playing the version they started on.
  await sql`CREATE TABLE simulator_scenario_versions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scenario_id integer NOT NULL REFERENCES simulator_scenarios (id) ON DELETE CASCADE,
    number integer NOT NULL CHECK (number >= 1),
    document jsonb NOT NULL,
    author_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    -- The author's name then (kept if the account goes).
    author_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (scenario_id, number),
    UNIQUE (id, scenario_id)
  )`.execute(db);
  // The published version is one of the scenario's own versions.
  await sql`ALTER TABLE simulator_scenarios ADD CONSTRAINT simulator_scenarios_published_version_fk
    FOREIGN KEY (published_version_id, id) REFERENCES simulator_scenario_versions (id, scenario_id)`.execute(db);

  await sql`CREATE TABLE simulator_attempts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scenario_id integer NOT NULL,
    version_id integer NOT NULL,
    -- NULL for an anonymous player; their attempts go with the account.
    account_id integer REFERENCES accounts (id) ON DELETE CASCADE,
    -- SHA-256 (base64url) of the token in the attempt's address: the token itself is never stored.
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[A-Za-z0-9_-]{43}$'),
    job_label text NOT NULL CHECK (length(job_label) BETWEEN 1 AND 200),
    rome_code text CHECK (rome_code IS NULL OR rome_code ~ '^[A-Z][0-9]{4}$'),
    interview_kind text NOT NULL,
    state jsonb NOT NULL,
    -- What the player is shown after their last answer (the coach's feedback, the analyser's remarks).
    last_feedback jsonb,
    debrief jsonb,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    CHECK ((finished_at IS NULL) = (debrief IS NULL)),
    FOREIGN KEY (version_id, scenario_id) REFERENCES simulator_scenario_versions (id, scenario_id) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX simulator_attempts_account_idx ON simulator_attempts (account_id, started_at DESC) WHERE account_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX simulator_attempts_version_idx ON simulator_attempts (version_id)`.execute(db);
  await sql`CREATE INDEX simulator_attempts_anonymous_idx ON simulator_attempts (updated_at) WHERE account_id IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS simulator_attempts, simulator_scenario_versions, simulator_scenarios CASCADE`.execute(db);
}
