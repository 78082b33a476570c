import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export interface ModeratedReviewRow {
  id: number;
  account_id: number | null;
  author_name: string | null;
  rating: number;
  body: string;
  status: 'publie' | 'masque';
  created_at: Date;
  service_slug: string;
  service_name: string;
  last_decision: string | null;
  /** Unsettled reports by reason. */
  reasons: { reason: string; count: number }[];
  waiting_since: Date | null;
}

const lastDecision = (id: RawBuilder<unknown>) =>
  sql`(SELECT d.decision FROM moderation_decisions d WHERE d.subject_kind = 'avis' AND d.subject_id = ${id} ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`;

/** Reviews awaiting a decision: reported (unsettled reports), or hidden without a moderator having hidden them. */
const pendingIds = sql`
  SELECT review_id AS id FROM review_reports WHERE settled_at IS NULL
  UNION
  SELECT r.id FROM service_reviews r WHERE r.status = 'masque' AND ${lastDecision(sql`r.id`)} IS DISTINCT FROM 'masquer'`;

function selectReviews(where: RawBuilder<boolean>, waitingBefore: Date | null, limit: number) {
  return sql<ModeratedReviewRow & { total: number }>`
    WITH items AS (
      SELECT r.*, ${lastDecision(sql`r.id`)} AS last_decision,
        CASE WHEN r.id IN (${pendingIds}) THEN coalesce(
          (SELECT min(p.created_at) FROM review_reports p WHERE p.review_id = r.id AND p.settled_at IS NULL), r.updated_at) END AS waiting_since
      FROM service_reviews r WHERE ${where}
    )
    SELECT i.id, i.account_id, nullif(a.display_name, '') AS author_name, i.rating, i.body, i.status, i.created_at,
      s.slug AS service_slug, s.name AS service_name, i.last_decision, i.waiting_since,
      (SELECT coalesce(json_agg(json_build_object('reason', x.reason, 'count', x.n) ORDER BY x.n DESC, x.reason), '[]'::json)
        FROM (SELECT p.reason, count(*)::int AS n FROM review_reports p WHERE p.review_id = i.id AND p.settled_at IS NULL GROUP BY p.reason) x) AS reasons,
      count(*) OVER () AS total
    FROM items i JOIN services s ON s.id = i.service_id LEFT JOIN accounts a ON a.id = i.account_id
    WHERE ${waitingBefore ? sql`i.waiting_since <= ${waitingBefore}` : sql`true`}
    ORDER BY i.waiting_since NULLS LAST, i.id
    LIMIT ${limit}`;
}

export async function listPendingReviews(db: Db, waitingBefore: Date | null, limit: number): Promise<{ total: number; rows: ModeratedReviewRow[] }> {
  const { rows } = await selectReviews(sql<boolean>`r.id IN (${pendingIds})`, waitingBefore, limit).execute(db);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function findModeratedReview(db: Db, id: number): Promise<ModeratedReviewRow | undefined> {
  const { rows } = await selectReviews(sql<boolean>`r.id = ${id}`, null, 1).execute(db);
  return rows[0];
}

/** Hides or restores a review and settles the reports made so far (they no longer count towards hiding it). */
export async function applyReviewDecision(trx: Db, id: number, status: 'publie' | 'masque'): Promise<boolean> {
  const locked = await sql`SELECT id FROM service_reviews WHERE id = ${id} FOR UPDATE`.execute(trx);
  if (!locked.rows.length) return false;
  await sql`UPDATE service_reviews SET status = ${status} WHERE id = ${id}`.execute(trx);
  await sql`UPDATE review_reports SET settled_at = now() WHERE review_id = ${id} AND settled_at IS NULL`.execute(trx);
  return true;
}

export async function describeReviews(db: Db, ids: number[]): Promise<{ id: number; service_slug: string; service_name: string }[]> {
  const { rows } = await sql<{ id: number; service_slug: string; service_name: string }>`
    SELECT r.id, s.slug AS service_slug, s.name AS service_name FROM service_reviews r JOIN services s ON s.id = r.service_id
    WHERE r.id = ANY (${ids}::int[])`.execute(db);
  return rows;
}

/** Reviews whose service, author or text matches a search (for the decision history). */
export async function searchReviewIds(db: Db, text: string, limit = 500): Promise<number[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await sql<{ id: number }>`
    SELECT r.id FROM service_reviews r JOIN services s ON s.id = r.service_id LEFT JOIN accounts a ON a.id = r.account_id
    WHERE s.name ILIKE ${pattern} OR a.display_name ILIKE ${pattern} OR r.body ILIKE ${pattern}
    ORDER BY r.id DESC LIMIT ${limit}`.execute(db);
  return rows.map((row) => row.id);
}
