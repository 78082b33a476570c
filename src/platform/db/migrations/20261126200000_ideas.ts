import { sql, type Kysely } from 'kysely';

/**
 * Emploi Store idées: ideas with supports (counted by triggers, exact under concurrency and
 * merges), comments with one level of replies, followers, reports, staff statuses with official
 * answers, links to what realised an idea, and "je m'en occupe" pledges.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE ideas (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    title text NOT NULL CHECK (length(title) BETWEEN 5 AND 150),
    description text NOT NULL CHECK (length(description) BETWEEN 20 AND 5000),
    theme text NOT NULL,
    audience text NOT NULL CHECK (audience IN ('candidats', 'entreprises', 'tous')),
    status text NOT NULL DEFAULT 'nouvelle'
      CHECK (status IN ('nouvelle', 'a-l-etude', 'retenue', 'en-realisation', 'realisee', 'non-retenue', 'doublon')),
    -- Set when merged as a duplicate: supports and followers moved there.
    merged_into_id integer REFERENCES ideas (id) ON DELETE SET NULL,
    visibility text NOT NULL DEFAULT 'publie' CHECK (visibility IN ('publie', 'masque')),
    supports_count integer NOT NULL DEFAULT 0 CHECK (supports_count >= 0),
    comments_count integer NOT NULL DEFAULT 0 CHECK (comments_count >= 0),
    realised_service_id integer REFERENCES services (id) ON DELETE SET NULL,
    realised_application text,
    title_folded text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'doublon' OR merged_into_id IS NOT NULL),
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
  )`.execute(db);
  await sql`CREATE INDEX ideas_title_trgm_idx ON ideas USING gin (title_folded gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX ideas_created_idx ON ideas (created_at DESC)`.execute(db);
  await sql`CREATE INDEX ideas_supports_idx ON ideas (supports_count DESC, id DESC)`.execute(db);
  await sql`CREATE FUNCTION ideas_fold_title() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.title_folded := fold(NEW.title); RETURN NEW; END $$`.execute(db);
  await sql`CREATE TRIGGER ideas_fold_title BEFORE INSERT OR UPDATE OF title ON ideas FOR EACH ROW EXECUTE FUNCTION ideas_fold_title()`.execute(db);

  await sql`CREATE TABLE idea_supports (
    idea_id integer NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idea_id, account_id)
  )`.execute(db);
  await sql`CREATE INDEX idea_supports_account_idx ON idea_supports (account_id)`.execute(db);
  // The count follows the rows, whoever changes them (support, withdrawal, merge, account deletion).
  await sql`CREATE FUNCTION idea_supports_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN UPDATE ideas SET supports_count = supports_count + 1 WHERE id = NEW.idea_id; END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN UPDATE ideas SET supports_count = supports_count - 1 WHERE id = OLD.idea_id; END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER idea_supports_count AFTER INSERT OR DELETE OR UPDATE OF idea_id ON idea_supports
    FOR EACH ROW EXECUTE FUNCTION idea_supports_count()`.execute(db);

  await sql`CREATE TABLE idea_comments (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id integer NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    -- One level of replies: a reply's parent is a top-level comment.
    parent_id integer REFERENCES idea_comments (id) ON DELETE CASCADE,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    visibility text NOT NULL DEFAULT 'publie' CHECK (visibility IN ('publie', 'masque')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX idea_comments_idea_idx ON idea_comments (idea_id, id)`.execute(db);
  await sql`CREATE FUNCTION idea_comments_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN UPDATE ideas SET comments_count = comments_count + 1 WHERE id = NEW.idea_id; END IF;
      IF TG_OP = 'DELETE' THEN UPDATE ideas SET comments_count = comments_count - 1 WHERE id = OLD.idea_id; END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER idea_comments_count AFTER INSERT OR DELETE ON idea_comments FOR EACH ROW EXECUTE FUNCTION idea_comments_count()`.execute(db);

  await sql`CREATE TABLE idea_followers (
    idea_id integer NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idea_id, account_id)
  )`.execute(db);

  await sql`CREATE TABLE idea_reports (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind text NOT NULL CHECK (subject_kind IN ('idee', 'commentaire')),
    subject_id integer NOT NULL,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    reason text NOT NULL CHECK (reason IN ('spam', 'propos-offensants', 'hors-sujet')),
    created_at timestamptz NOT NULL DEFAULT now(),
    settled_at timestamptz,
    UNIQUE (subject_kind, subject_id, account_id)
  )`.execute(db);

  // Every status change by staff, with its official answer (the latest is shown on the idea).
  await sql`CREATE TABLE idea_status_changes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id integer NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    from_status text NOT NULL,
    to_status text NOT NULL,
    answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 5000),
    staff_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    staff_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX idea_status_changes_idea_idx ON idea_status_changes (idea_id, id)`.execute(db);

  // « Je m'en occupe »: developers (or partners) who say they build it.
  await sql`CREATE TABLE idea_pledges (
    idea_id integer NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idea_id, account_id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS idea_pledges, idea_status_changes, idea_reports, idea_followers, idea_comments, idea_supports, ideas CASCADE`.execute(db);
  await sql`DROP FUNCTION IF EXISTS idea_comments_count(), idea_supports_count(), ideas_fold_title()`.execute(db);
}
