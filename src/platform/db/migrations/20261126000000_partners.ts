import { sql, type Kysely } from 'kysely';

/**
 * Partners: organisation profiles and invitations, service submissions and revisions with their
 * history, uploaded images, the staff audit log, statistics events (one insert per view or
 * link-out, aggregated by a job) and the scheduled jobs table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The moderation queue now takes every moderated kind (service submissions, later ideas and discussions).
  await sql`ALTER TABLE moderation_decisions DROP CONSTRAINT moderation_decisions_subject_kind_check,
    DROP CONSTRAINT moderation_decisions_decision_check,
    ADD CONSTRAINT moderation_decisions_subject_kind_check CHECK (subject_kind ~ '^[a-z0-9-]{1,40}$'),
    ADD CONSTRAINT moderation_decisions_decision_check CHECK (decision ~ '^[a-z0-9-]{1,40}$')`.execute(db);
  await sql`ALTER TABLE organisations ADD COLUMN logo_path text, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(db);

  await sql`CREATE TABLE organisation_invitations (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    role text NOT NULL CHECK (role IN ('proprietaire', 'editeur')),
    token_hash text NOT NULL UNIQUE,
    invited_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    cancelled_at timestamptz
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX organisation_invitations_pending_idx ON organisation_invitations (organisation_id, lower(email))
    WHERE accepted_at IS NULL AND cancelled_at IS NULL`.execute(db);

  // Every edit of a service goes through a revision: the content of a new service before its first
  // publication (service_id NULL), or the next version of a published one (base_content = the
  // published content when the revision started, for the diff).
  await sql`CREATE TABLE service_revisions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    service_id integer REFERENCES services (id) ON DELETE CASCADE,
    content jsonb NOT NULL,
    base_content jsonb,
    status text NOT NULL DEFAULT 'brouillon'
      CHECK (status IN ('brouillon', 'soumis', 'modifications-demandees', 'publie', 'abandonne')),
    moderator_comment text,
    created_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    updated_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    submitted_at timestamptz,
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX service_revisions_one_open_idx ON service_revisions (service_id)
    WHERE service_id IS NOT NULL AND status IN ('brouillon', 'soumis', 'modifications-demandees')`.execute(db);
  await sql`CREATE INDEX service_revisions_organisation_idx ON service_revisions (organisation_id, updated_at DESC)`.execute(db);
  await sql`CREATE INDEX service_revisions_submitted_idx ON service_revisions (submitted_at) WHERE status = 'soumis'`.execute(db);

  await sql`CREATE TABLE service_revision_events (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id integer NOT NULL REFERENCES service_revisions (id) ON DELETE CASCADE,
    actor_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    comment text,
    changed_fields text[] NOT NULL DEFAULT ARRAY[]::text[],
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX service_revision_events_revision_idx ON service_revision_events (revision_id, id)`.execute(db);

  // Uploaded images, re-encoded; kept in the database so that every process serves them.
  await sql`CREATE TABLE media_files (
    id text PRIMARY KEY CHECK (id ~ '^[a-f0-9]{32}$'),
    content_type text NOT NULL CHECK (content_type IN ('image/webp', 'image/png', 'image/jpeg')),
    bytes bytea NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('logo', 'screenshot')),
    uploaded_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  // Every staff action: who, what, when, before and after.
  await sql`CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    actor_name text NOT NULL,
    action text NOT NULL,
    subject_kind text NOT NULL,
    subject_id text,
    summary text NOT NULL,
    before jsonb,
    after jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_log_subject_idx ON audit_log (subject_kind, subject_id)`.execute(db);

  // Raw statistics events: no cookie, no personal data; a job folds them into service_daily_stats.
  // (Ratings by day are read from service_reviews, so that a hidden review leaves the figures at once.)
  await sql`CREATE TABLE service_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id integer NOT NULL,
    -- 1 view, 2 link-out, 3 favourite added, 4 favourite removed.
    kind smallint NOT NULL CHECK (kind BETWEEN 1 AND 4),
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`ALTER TABLE service_daily_stats
    ADD COLUMN favourites_added integer NOT NULL DEFAULT 0,
    ADD COLUMN favourites_removed integer NOT NULL DEFAULT 0`.execute(db);

  // Durable scheduled jobs: any process may run a due job; a lease keeps two from running it at once.
  await sql`CREATE TABLE scheduled_jobs (
    name text PRIMARY KEY,
    next_run_at timestamptz NOT NULL,
    locked_until timestamptz,
    locked_by text,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    last_error text,
    runs integer NOT NULL DEFAULT 0
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS scheduled_jobs, service_events, audit_log, media_files, service_revision_events, service_revisions, organisation_invitations`.execute(db);
  await sql`ALTER TABLE service_daily_stats DROP COLUMN IF EXISTS favourites_added, DROP COLUMN IF EXISTS favourites_removed`.execute(db);
  await sql`ALTER TABLE organisations DROP COLUMN IF EXISTS logo_path, DROP COLUMN IF EXISTS updated_at`.execute(db);
  await sql`DELETE FROM moderation_decisions WHERE subject_kind <> 'avis'`.execute(db);
  await sql`ALTER TABLE moderation_decisions DROP CONSTRAINT moderation_decisions_subject_kind_check,
    DROP CONSTRAINT moderation_decisions_decision_check,
    ADD CONSTRAINT moderation_decisions_subject_kind_check CHECK (subject_kind IN ('avis')),
    ADD CONSTRAINT moderation_decisions_decision_check CHECK (decision IN ('masquer', 'retablir'))`.execute(db);
}
