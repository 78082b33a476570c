import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export interface VisitRow {
  slug: string;
  name: string;
  published: boolean;
  visits: number;
  first_visited_at: Date;
  last_visited_at: Date;
}

/** Counts one more visit of a service by an account (first and last dates kept). */
export async function recordVisit(db: Db, accountId: number, serviceId: number): Promise<void> {
  await sql`
    INSERT INTO service_visits (account_id, service_id) VALUES (${accountId}, ${serviceId})
    ON CONFLICT (account_id, service_id) DO UPDATE SET visits = service_visits.visits + 1, last_visited_at = now()`.execute(db);
}

/** One page of the account's history, the most recent visit first, and the total count. */
export async function listVisits(db: Db, accountId: number, page: number, perPage: number): Promise<{ rows: VisitRow[]; total: number }> {
  const { rows } = await sql<VisitRow & { total: number }>`
    SELECT s.slug, s.name, s.status = 'publie' AS published, v.visits, v.first_visited_at, v.last_visited_at, count(*) OVER ()::int AS total
    FROM service_visits v JOIN services s ON s.id = v.service_id
    WHERE v.account_id = ${accountId}
    ORDER BY v.last_visited_at DESC, s.id
    LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`.execute(db);
  if (rows.length || page === 1) return { rows, total: rows[0]?.total ?? 0 };
  const count = await db.selectFrom('service_visits').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirst();
  return { rows: [], total: Number(count?.n ?? 0) };
}

export async function clearVisits(db: Db, accountId: number): Promise<void> {
  await db.deleteFrom('service_visits').where('account_id', '=', accountId).execute();
}

/** The account's history for the RGPD export. */
export async function exportVisits(db: Db, accountId: number) {
  const { rows } = await listVisits(db, accountId, 1, 100_000);
  return rows.map((row) => ({
    service: row.slug,
    nom: row.name,
    consultations: row.visits,
    premiereConsultation: new Date(row.first_visited_at).toISOString(),
    derniereConsultation: new Date(row.last_visited_at).toISOString(),
  }));
}
