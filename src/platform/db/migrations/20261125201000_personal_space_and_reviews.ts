import { sql, type Kysely } from 'kysely';

/** Favourites, visit history, ratings and reviews with reports, provider replies and moderation decisions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE favourites (
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    service_id integer NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, service_id)
  )`.execute(db);

  await sql`CREATE TABLE service_visits (
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    service_id integer NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    first_visited_at timestamptz NOT NULL DEFAULT now(),
    last_visited_at timestamptz NOT NULL DEFAULT now(),
    visits integer NOT NULL DEFAULT 1,
    PRIMARY KEY (account_id, service_id)
  )`.execute(db);
  await sql`CREATE INDEX service_visits_recent_idx ON service_visits (account_id, last_visited_at DESC)`.execute(db);

  // Members of a partner organisation (the partner issue fills it; replies to reviews use it now).
  await sql`CREATE TABLE organisation_members (
    organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('proprietaire', 'editeur')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, account_id)
  )`.execute(db);

  await sql`CREATE TABLE service_reviews (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id integer NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    -- NULL once the author deleted the account and chose to keep the review anonymously.
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body text NOT NULL DEFAULT '' CHECK (length(body) <= 5000),
    status text NOT NULL DEFAULT 'publie' CHECK (status IN ('publie', 'masque')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (service_id, account_id)
  )`.execute(db);
  await sql`CREATE INDEX service_reviews_service_idx ON service_reviews (service_id, created_at DESC)`.execute(db);

  await sql`CREATE TABLE review_reports (
    review_id integer NOT NULL REFERENCES service_reviews (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    reason text NOT NULL CHECK (reason IN ('spam', 'propos-offensants', 'hors-sujet')),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Reports made before a moderator's decision are settled by it.
    settled_at timestamptz,
    PRIMARY KEY (review_id, account_id)
  )`.execute(db);

  await sql`CREATE TABLE review_replies (
    review_id integer PRIMARY KEY REFERENCES service_reviews (id) ON DELETE CASCADE,
    organisation_id integer NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    author_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  // Every moderation decision, whatever its subject (reviews now; ideas, discussions later).
  await sql`CREATE TABLE moderation_decisions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind text NOT NULL CHECK (subject_kind IN ('avis')),
    subject_id integer NOT NULL,
    decision text NOT NULL CHECK (decision IN ('masquer', 'retablir')),
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    moderator_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX moderation_decisions_subject_idx ON moderation_decisions (subject_kind, subject_id, created_at)`.execute(db);

  await sql`CREATE VIEW service_rating_stats AS
    SELECT service_id,
      round(avg(rating)::numeric, 2)::float8 AS average,
      count(*)::int AS count,
      count(*) FILTER (WHERE rating = 1)::int AS stars_1,
      count(*) FILTER (WHERE rating = 2)::int AS stars_2,
      count(*) FILTER (WHERE rating = 3)::int AS stars_3,
      count(*) FILTER (WHERE rating = 4)::int AS stars_4,
      count(*) FILTER (WHERE rating = 5)::int AS stars_5
    FROM service_reviews WHERE status = 'publie' GROUP BY service_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP VIEW IF EXISTS service_rating_stats`.execute(db);
  await sql`DROP TABLE IF EXISTS moderation_decisions, review_replies, review_reports, service_reviews, organisation_members, service_visits, favourites CASCADE`.execute(db);
}
