import { sql, type Kysely } from 'kysely';

/**
 * Les MOOC de l'emploi: courses (each is a catalogue service: one source of truth for its title and
 * texts), instructors, sessions, weeks and lessons (text, video, quiz), enrolments with progress and
 * quiz attempts, certificates, discussions, announcements and uploaded videos (in 1 MiB chunks, so
 * that range requests read only what they need and every process serves them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE courses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id integer NOT NULL UNIQUE REFERENCES services (id) ON DELETE CASCADE,
    objectives text[] NOT NULL DEFAULT ARRAY[]::text[],
    audience_text text NOT NULL DEFAULT '',
    prerequisites text NOT NULL DEFAULT '',
    effort_text text NOT NULL DEFAULT '',
    weeks_count smallint NOT NULL DEFAULT 4 CHECK (weeks_count BETWEEN 1 AND 52),
    self_paced boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE course_instructors (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    -- Internal instructors have an account (they author the course); external ones only a name.
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    title text NOT NULL DEFAULT '',
    bio text NOT NULL DEFAULT '',
    kind text NOT NULL CHECK (kind IN ('interne', 'externe')),
    position smallint NOT NULL DEFAULT 0,
    UNIQUE (course_id, account_id)
  )`.execute(db);

  await sql`CREATE TABLE course_sessions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    -- A self-paced session has no dates: always open.
    self_paced boolean NOT NULL DEFAULT false,
    enrolment_opens_at timestamptz,
    enrolment_closes_at timestamptz,
    starts_at timestamptz,
    ends_at timestamptz,
    archived_at timestamptz,
    capacity integer CHECK (capacity > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (self_paced OR (enrolment_opens_at IS NOT NULL AND enrolment_closes_at IS NOT NULL AND starts_at IS NOT NULL AND ends_at IS NOT NULL)),
    CHECK (enrolment_opens_at IS NULL OR enrolment_closes_at IS NULL OR enrolment_opens_at < enrolment_closes_at),
    CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
    CHECK (enrolment_closes_at IS NULL OR ends_at IS NULL OR enrolment_closes_at <= ends_at)
  )`.execute(db);
  await sql`CREATE INDEX course_sessions_course_idx ON course_sessions (course_id, starts_at)`.execute(db);

  await sql`CREATE TABLE course_weeks (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position smallint NOT NULL CHECK (position >= 1),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary text NOT NULL DEFAULT '',
    UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);

  await sql`CREATE TABLE course_videos (
    id text PRIMARY KEY CHECK (id ~ '^[a-f0-9]{32}$'),
    content_type text NOT NULL CHECK (content_type IN ('video/mp4', 'video/webm')),
    size bigint NOT NULL CHECK (size > 0),
    uploaded_by integer REFERENCES accounts (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE TABLE course_video_chunks (
    video_id text NOT NULL REFERENCES course_videos (id) ON DELETE CASCADE,
    n integer NOT NULL CHECK (n >= 0),
    bytes bytea NOT NULL,
    PRIMARY KEY (video_id, n)
  )`.execute(db);
  await sql`ALTER TABLE course_video_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL`.execute(db);

  await sql`CREATE TABLE course_lessons (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    week_id integer NOT NULL REFERENCES course_weeks (id) ON DELETE CASCADE,
    position smallint NOT NULL CHECK (position >= 1),
    kind text NOT NULL CHECK (kind IN ('texte', 'video', 'quiz')),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- Markdown: the lesson's text, the introduction of a video or of a quiz.
    body text NOT NULL DEFAULT '',
    duration_minutes smallint CHECK (duration_minutes BETWEEN 1 AND 600),
    video_id text REFERENCES course_videos (id) ON DELETE SET NULL,
    video_url text CHECK (video_url ~ '^https://'),
    captions_vtt text,
    transcript text,
    pass_mark smallint CHECK (pass_mark BETWEEN 0 AND 100),
    max_attempts smallint CHECK (max_attempts >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (week_id, position) DEFERRABLE INITIALLY DEFERRED,
    CHECK (kind <> 'quiz' OR pass_mark IS NOT NULL)
  )`.execute(db);

  await sql`CREATE TABLE quiz_questions (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lesson_id integer NOT NULL REFERENCES course_lessons (id) ON DELETE CASCADE,
    position smallint NOT NULL CHECK (position >= 1),
    kind text NOT NULL CHECK (kind IN ('unique', 'multiple')),
    prompt text NOT NULL CHECK (length(prompt) BETWEEN 1 AND 2000),
    explanation text NOT NULL DEFAULT '',
    UNIQUE (lesson_id, position) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE quiz_choices (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id integer NOT NULL REFERENCES quiz_questions (id) ON DELETE CASCADE,
    position smallint NOT NULL CHECK (position >= 1),
    label text NOT NULL CHECK (length(label) BETWEEN 1 AND 500),
    correct boolean NOT NULL,
    feedback text NOT NULL DEFAULT '',
    UNIQUE (question_id, position) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);

  await sql`CREATE TABLE enrolments (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id integer NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'inscrit' CHECK (status IN ('inscrit', 'desinscrit')),
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    left_at timestamptz,
    last_lesson_id integer REFERENCES course_lessons (id) ON DELETE SET NULL,
    last_activity_at timestamptz,
    completed_at timestamptz,
    start_reminder_sent_at timestamptz,
    notify_discussions boolean NOT NULL DEFAULT true,
    UNIQUE (session_id, account_id)
  )`.execute(db);
  await sql`CREATE INDEX enrolments_account_idx ON enrolments (account_id)`.execute(db);
  await sql`CREATE INDEX enrolments_reminder_idx ON enrolments (session_id) WHERE status = 'inscrit' AND start_reminder_sent_at IS NULL`.execute(db);

  await sql`CREATE TABLE lesson_progress (
    enrolment_id integer NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    lesson_id integer NOT NULL REFERENCES course_lessons (id) ON DELETE CASCADE,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enrolment_id, lesson_id)
  )`.execute(db);

  await sql`CREATE TABLE quiz_attempts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id integer NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    lesson_id integer NOT NULL REFERENCES course_lessons (id) ON DELETE CASCADE,
    attempt smallint NOT NULL CHECK (attempt >= 1),
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed boolean NOT NULL,
    -- { "<question id>": [<choice id>, …] }
    answers jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (enrolment_id, lesson_id, attempt)
  )`.execute(db);

  await sql`CREATE TABLE certificates (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number text NOT NULL UNIQUE,
    enrolment_id integer UNIQUE REFERENCES enrolments (id) ON DELETE SET NULL,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    -- What the certificate says, frozen at issue time.
    learner_name text NOT NULL,
    course_title text NOT NULL,
    course_slug text NOT NULL,
    session_name text NOT NULL,
    session_starts_at timestamptz,
    session_ends_at timestamptz,
    issued_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_reason text,
    revoked_by integer REFERENCES accounts (id) ON DELETE SET NULL
  )`.execute(db);

  await sql`CREATE TABLE discussion_threads (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id integer NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    lesson_id integer REFERENCES course_lessons (id) ON DELETE SET NULL,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    status text NOT NULL DEFAULT 'publie' CHECK (status IN ('publie', 'masque')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    last_activity_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX discussion_threads_session_idx ON discussion_threads (session_id, last_activity_at DESC)`.execute(db);
  await sql`CREATE TABLE discussion_posts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id integer NOT NULL REFERENCES discussion_threads (id) ON DELETE CASCADE,
    account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    -- Set when the author was an instructor of the course when posting.
    by_instructor boolean NOT NULL DEFAULT false,
    status text NOT NULL DEFAULT 'publie' CHECK (status IN ('publie', 'masque')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX discussion_posts_thread_idx ON discussion_posts (thread_id, id)`.execute(db);
  await sql`CREATE TABLE discussion_votes (
    post_id integer NOT NULL REFERENCES discussion_posts (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, account_id)
  )`.execute(db);
  await sql`CREATE TABLE discussion_reports (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind text NOT NULL CHECK (subject_kind IN ('sujet', 'message')),
    subject_id integer NOT NULL,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    reason text NOT NULL CHECK (reason IN ('spam', 'propos-offensants', 'hors-sujet')),
    created_at timestamptz NOT NULL DEFAULT now(),
    settled_at timestamptz,
    UNIQUE (subject_kind, subject_id, account_id)
  )`.execute(db);

  await sql`CREATE TABLE course_announcements (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id integer NOT NULL REFERENCES course_sessions (id) ON DELETE CASCADE,
    author_account_id integer REFERENCES accounts (id) ON DELETE SET NULL,
    subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  // One row per learner e-mailed, so that a crash mid-way never sends twice and resumes.
  await sql`CREATE TABLE course_announcement_deliveries (
    announcement_id integer NOT NULL REFERENCES course_announcements (id) ON DELETE CASCADE,
    enrolment_id integer NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    sent_at timestamptz,
    PRIMARY KEY (announcement_id, enrolment_id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS course_announcement_deliveries, course_announcements, discussion_reports, discussion_votes, discussion_posts,
    discussion_threads, certificates, quiz_attempts, lesson_progress, enrolments, quiz_choices, quiz_questions, course_lessons,
    course_video_chunks, course_videos, course_weeks, course_sessions, course_instructors, courses CASCADE`.execute(db);
}
