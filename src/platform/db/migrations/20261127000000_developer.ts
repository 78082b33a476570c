import { sql, type Kysely } from 'kysely';

/**
 * Emploi Store Dev: developers' applications with OAuth2 client credentials (secrets stored only
 * as keyed hashes, rotation with a grace period), subscriptions to APIs with an approval workflow,
 * the access-token signing keys (rotated; the public ones published as a JWKS), and daily usage
 * per application and API.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE developer_applications (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 3 AND 80),
    description text NOT NULL CHECK (length(description) BETWEEN 10 AND 2000),
    website text CHECK (website IS NULL OR website ~ '^https://'),
    client_id text NOT NULL UNIQUE,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoquee')),
    revoked_at timestamptz,
    revoked_reason text,
    -- The Store service proposed from this application ("Proposer mon application dans l'Emploi Store").
    service_id integer REFERENCES services (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'revoquee') = (revoked_at IS NOT NULL))
  )`.execute(db);
  await sql`CREATE INDEX developer_applications_owner_idx ON developer_applications (owner_account_id)`.execute(db);
  await sql`CREATE INDEX developer_applications_service_idx ON developer_applications (service_id) WHERE service_id IS NOT NULL`.execute(db);

  // A secret is valid while expires_at is null or in the future: rotation gives the old one an
  // expiry (the grace period) and adds the new one.
  await sql`CREATE TABLE application_secrets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id integer NOT NULL REFERENCES developer_applications (id) ON DELETE CASCADE,
    secret_hash text NOT NULL UNIQUE,
    -- The last four characters, to tell secrets apart on the application's page.
    hint text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX application_secrets_application_idx ON application_secrets (application_id)`.execute(db);

  await sql`CREATE TABLE api_subscriptions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id integer NOT NULL REFERENCES developer_applications (id) ON DELETE CASCADE,
    api text NOT NULL,
    status text NOT NULL CHECK (status IN ('brouillon', 'soumise', 'modifications-demandees', 'validee', 'refusee', 'revoquee')),
    -- What the application will do with the data (asked for restricted APIs).
    use_case text NOT NULL DEFAULT '',
    -- The staff's last reason (changes asked, refusal, revocation), shown to the developer.
    staff_reason text,
    submitted_at timestamptz,
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (application_id, api)
  )`.execute(db);
  await sql`CREATE INDEX api_subscriptions_pending_idx ON api_subscriptions (submitted_at) WHERE status = 'soumise'`.execute(db);
  await sql`CREATE TABLE api_subscription_events (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id integer NOT NULL REFERENCES api_subscriptions (id) ON DELETE CASCADE,
    from_status text,
    to_status text NOT NULL,
    actor_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    reason text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX api_subscription_events_subscription_idx ON api_subscription_events (subscription_id, id)`.execute(db);

  // Access tokens are signed with the newest key whose activates_at is past; every key not yet
  // past retires_at is published in the JWKS (a new key is published before it signs).
  await sql`CREATE TABLE oauth_signing_keys (
    kid text PRIMARY KEY,
    alg text NOT NULL,
    private_jwk text NOT NULL,
    public_jwk text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    activates_at timestamptz NOT NULL DEFAULT now(),
    retires_at timestamptz
  )`.execute(db);

  // Calls per application, API and Paris day; latency_histogram counts calls under
  // 10, 25, 50, 100, 250, 500, 1000 ms and above (8 buckets).
  await sql`CREATE TABLE api_usage_daily (
    application_id integer NOT NULL REFERENCES developer_applications (id) ON DELETE CASCADE,
    api text NOT NULL,
    day date NOT NULL,
    calls bigint NOT NULL DEFAULT 0,
    client_errors bigint NOT NULL DEFAULT 0,
    server_errors bigint NOT NULL DEFAULT 0,
    throttled bigint NOT NULL DEFAULT 0,
    latency_total_ms bigint NOT NULL DEFAULT 0,
    latency_histogram integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0}',
    PRIMARY KEY (application_id, api, day)
  )`.execute(db);
  await sql`CREATE INDEX api_usage_daily_day_idx ON api_usage_daily (day, api)`.execute(db);
  // Token grants per application and day (for the dashboard), and refused grants (no application).
  await sql`CREATE TABLE token_grants_daily (
    application_id integer NOT NULL REFERENCES developer_applications (id) ON DELETE CASCADE,
    day date NOT NULL,
    granted bigint NOT NULL DEFAULT 0,
    refused bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (application_id, day)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['token_grants_daily', 'api_usage_daily', 'oauth_signing_keys', 'api_subscription_events', 'api_subscriptions', 'application_secrets', 'developer_applications']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
