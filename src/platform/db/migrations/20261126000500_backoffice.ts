import { sql, type Kysely } from 'kysely';

/**
 * Back-office: the order of the services « à la une » (chosen by staff), and indexes for the
 * audit log's filters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE services ADD COLUMN featured_position integer CHECK (featured_position > 0)`.execute(db);
  // Services already featured keep the order the home page showed (most viewed first).
  await sql`UPDATE services s SET featured_position = o.rank
    FROM (SELECT s.id, row_number() OVER (ORDER BY coalesce(c.views, 0) DESC, s.id) AS rank
          FROM services s LEFT JOIN service_counters c ON c.service_id = s.id WHERE s.featured) o
    WHERE s.id = o.id`.execute(db);
  await sql`CREATE INDEX audit_log_action_idx ON audit_log (action, created_at DESC)`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_account_id, created_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS audit_log_actor_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS audit_log_action_idx`.execute(db);
  await sql`ALTER TABLE services DROP COLUMN IF EXISTS featured_position`.execute(db);
}
