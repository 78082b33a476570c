import { sql, type Kysely } from 'kysely';

/**
 * Reviews and moderation: indexes for "my reviews / my reports" (export, deletion) and for the
 * moderation queue (unsettled reports by age); a review change bumps the catalogue version so
 * that cached search results (which show ratings) stay exact.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX service_reviews_account_idx ON service_reviews (account_id)`.execute(db);
  await sql`CREATE INDEX review_reports_account_idx ON review_reports (account_id)`.execute(db);
  await sql`CREATE INDEX review_reports_unsettled_idx ON review_reports (created_at) WHERE settled_at IS NULL`.execute(db);
  await sql`CREATE INDEX service_reviews_hidden_idx ON service_reviews (updated_at) WHERE status = 'masque'`.execute(db);
  await sql`CREATE TRIGGER service_reviews_bump_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON service_reviews FOR EACH STATEMENT EXECUTE FUNCTION catalogue_bump_version()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS service_reviews_bump_catalogue_version ON service_reviews`.execute(db);
  await sql`DROP INDEX IF EXISTS service_reviews_hidden_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS review_reports_unsettled_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS review_reports_account_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS service_reviews_account_idx`.execute(db);
}
