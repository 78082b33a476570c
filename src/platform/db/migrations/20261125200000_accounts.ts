import { sql, type Kysely } from 'kysely';

/** Accounts, sessions, single-use tokens, rate-limit hits and platform secrets. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE platform_secrets (
    name text PRIMARY KEY,
    value text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE accounts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    email_normalized text NOT NULL UNIQUE,
    password_hash text,
    display_name text NOT NULL DEFAULT '' CHECK (length(display_name) <= 100),
    roles text[] NOT NULL DEFAULT ARRAY['candidat']::text[]
      CHECK (roles <@ ARRAY['candidat', 'entreprise', 'partenaire', 'developpeur', 'moderateur', 'administrateur']::text[]),
    email_verified_at timestamptz,
    situation text CHECK (situation IN ('demandeur-emploi', 'salarie', 'etudiant', 'reconversion', 'createur', 'recruteur')),
    target_ogr_code text,
    target_rome_code text,
    target_job_label text,
    department_code text CHECK (department_code ~ '^(\\d{2}|2[AB]|97\\d)$'),
    guidance jsonb,
    oidc_issuer text,
    oidc_subject text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (oidc_issuer, oidc_subject)
  )`.execute(db);

  await sql`CREATE TABLE sessions (
    id_hash text PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    user_agent text
  )`.execute(db);
  await sql`CREATE INDEX sessions_account_idx ON sessions (account_id)`.execute(db);

  await sql`CREATE TABLE account_tokens (
    token_hash text PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose text NOT NULL CHECK (purpose IN ('verifier-email', 'reinitialiser-mot-de-passe', 'changer-email')),
    payload jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX account_tokens_account_idx ON account_tokens (account_id, purpose)`.execute(db);

  // Sliding-window counters shared by every process (log-in throttling, posting limits).
  await sql`CREATE TABLE rate_limit_hits (
    bucket text NOT NULL,
    hit_at timestamptz NOT NULL DEFAULT clock_timestamp()
  )`.execute(db);
  await sql`CREATE INDEX rate_limit_hits_bucket_idx ON rate_limit_hits (bucket, hit_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS rate_limit_hits, account_tokens, sessions, accounts, platform_secrets CASCADE`.execute(db);
}
