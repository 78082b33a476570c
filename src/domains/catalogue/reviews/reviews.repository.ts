import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ServiceRatingStatsView } from '../personal.table.js';

export interface ReviewedService {
  id: number;
  slug: string;
  name: string;
  provider_id: number;
  provider_name: string;
}

/** A service's rating figures (the view's row; no average without a review). */
export type RatingStatsRow = Omit<ServiceRatingStatsView, 'service_id' | 'average'> & { average: number | null };

export interface OwnReviewRow {
  id: number;
  rating: number;
  body: string;
  status: 'publie' | 'masque';
  created_at: Date;
  updated_at: Date;
}

export interface PublicReviewRow {
  id: number;
  account_id: number | null;
  author_name: string | null;
  rating: number;
  body: string;
  created_at: Date;
  updated_at: Date;
  reply_body: string | null;
  reply_organisation: string | null;
  reply_created_at: Date | null;
  reply_updated_at: Date | null;
}

export type ReviewWithService = PublicReviewRow & { status: 'publie' | 'masque'; service: ReviewedService };

const serviceColumns = sql`s.id, s.slug, s.name, s.provider_id, o.name AS provider_name`;

export async function findReviewedServiceBySlug(db: Db, slug: string): Promise<ReviewedService | undefined> {
  const { rows } = await sql<ReviewedService>`SELECT ${serviceColumns} FROM services s JOIN organisations o ON o.id = s.provider_id
    WHERE s.slug = ${slug} AND s.status = 'publie'`.execute(db);
  return rows[0];
}

export async function findReviewedServiceById(db: Db, id: number): Promise<ReviewedService | undefined> {
  const { rows } = await sql<ReviewedService>`SELECT ${serviceColumns} FROM services s JOIN organisations o ON o.id = s.provider_id
    WHERE s.id = ${id} AND s.status = 'publie'`.execute(db);
  return rows[0];
}

/** Published reviews only (hidden ones are not counted). */
export async function findRatingStats(db: Db, serviceId: number): Promise<RatingStatsRow> {
  const row = await db.selectFrom('service_rating_stats').select(['average', 'count', 'stars_1', 'stars_2', 'stars_3', 'stars_4', 'stars_5']).where('service_id', '=', serviceId).executeTakeFirst();
  return row ?? { average: null, count: 0, stars_1: 0, stars_2: 0, stars_3: 0, stars_4: 0, stars_5: 0 };
}

export async function findOwnReview(db: Db, serviceId: number, accountId: number): Promise<OwnReviewRow | undefined> {
  return db
    .selectFrom('service_reviews')
    .select(['id', 'rating', 'body', 'status', 'created_at', 'updated_at'])
    .where('service_id', '=', serviceId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Creates the account's review of the service, or edits it (one per account and service); a hidden review stays hidden. */
export async function upsertReview(db: Db, review: { serviceId: number; accountId: number; rating: number; body: string }): Promise<{ id: number; created: boolean }> {
  const { rows } = await sql<{ id: number; created: boolean }>`
    INSERT INTO service_reviews (service_id, account_id, rating, body) VALUES (${review.serviceId}, ${review.accountId}, ${review.rating}, ${review.body})
    ON CONFLICT (service_id, account_id) DO UPDATE SET rating = excluded.rating, body = excluded.body, updated_at = now()
    RETURNING id, (xmax = 0) AS created`.execute(db);
  return rows[0]!;
}

export async function deleteOwnReview(db: Db, serviceId: number, accountId: number): Promise<boolean> {
  const result = await db.deleteFrom('service_reviews').where('service_id', '=', serviceId).where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Published reviews of a service, newest first, with their author's display name and the provider's reply. */
export async function listPublishedReviews(db: Db, serviceId: number, limit: number, offset: number): Promise<PublicReviewRow[]> {
  const { rows } = await sql<PublicReviewRow>`
    SELECT r.id, r.account_id, nullif(a.display_name, '') AS author_name, r.rating, r.body, r.created_at, r.updated_at,
      p.body AS reply_body, o.name AS reply_organisation, p.created_at AS reply_created_at, p.updated_at AS reply_updated_at
    FROM service_reviews r
    LEFT JOIN accounts a ON a.id = r.account_id
    LEFT JOIN review_replies p ON p.review_id = r.id
    LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE r.service_id = ${serviceId} AND r.status = 'publie'
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return rows;
}

/** A review with its service (for reports and replies); hidden reviews included, the caller decides. */
export async function findReviewWithService(db: Db, reviewId: number): Promise<ReviewWithService | undefined> {
  const { rows } = await sql<ReviewWithService>`
    SELECT r.id, r.account_id, nullif(a.display_name, '') AS author_name, r.rating, r.body, r.status, r.created_at, r.updated_at,
      p.body AS reply_body, po.name AS reply_organisation, p.created_at AS reply_created_at, p.updated_at AS reply_updated_at,
      json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'provider_id', s.provider_id, 'provider_name', o.name) AS service
    FROM service_reviews r
    JOIN services s ON s.id = r.service_id AND s.status = 'publie'
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN accounts a ON a.id = r.account_id
    LEFT JOIN review_replies p ON p.review_id = r.id
    LEFT JOIN organisations po ON po.id = p.organisation_id
    WHERE r.id = ${reviewId}`.execute(db);
  return rows[0];
}
