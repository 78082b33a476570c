import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { IdeaRow, IdeaStatus } from '../ideas.table.js';
import type { IdeaSort } from '../ideas.vocabulary.js';

export interface IdeaListCriteria {
  sort: IdeaSort;
  status?: IdeaStatus;
  theme?: string;
  q?: string;
  page: number;
  perPage: number;
}

export type ApiIdeaRow = Pick<IdeaRow, 'id' | 'title' | 'description' | 'status' | 'theme' | 'audience' | 'supports_count' | 'comments_count' | 'merged_into_id' | 'created_at' | 'realised_service_id' | 'realised_application'>;

const columns = sql`id, title, description, status, theme, audience, supports_count, comments_count, merged_into_id, created_at, realised_service_id, realised_application`;

/** The « tendance » order, same formula as hotScore(): (supports + 1) / (age in hours + 2) ^ 1.5. */
const ORDER: Record<IdeaSort, ReturnType<typeof sql>> = {
  tendance: sql`(supports_count + 1) / power(greatest(0, extract(epoch FROM (now() - created_at)) / 3600) + 2, 1.5) DESC, id DESC`,
  soutenues: sql`supports_count DESC, id DESC`,
  recentes: sql`created_at DESC, id DESC`,
  commentees: sql`comments_count DESC, id DESC`,
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Visible ideas; duplicates (merged) only when asked for with the status filter. */
export async function listVisibleIdeas(db: Db, criteria: IdeaListCriteria): Promise<{ total: number; rows: ApiIdeaRow[] }> {
  const conditions = [sql`visibility = 'publie'`];
  conditions.push(criteria.status ? sql`status = ${criteria.status}` : sql`status <> 'doublon'`);
  if (criteria.theme) conditions.push(sql`theme = ${criteria.theme}`);
  const q = criteria.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(sql`(title_folded LIKE fold(${pattern}) OR fold(description) LIKE fold(${pattern}))`);
  }
  const where = sql.join(conditions, sql` AND `);
  const { rows: counts } = await sql<{ total: number }>`SELECT count(*)::int AS total FROM ideas WHERE ${where}`.execute(db);
  const { rows } = await sql<ApiIdeaRow>`
    SELECT ${columns} FROM ideas WHERE ${where}
    ORDER BY ${ORDER[criteria.sort]}
    LIMIT ${criteria.perPage} OFFSET ${(criteria.page - 1) * criteria.perPage}`.execute(db);
  return { total: counts[0]?.total ?? 0, rows };
}

export async function findVisibleIdea(db: Db, id: number): Promise<ApiIdeaRow | undefined> {
  const { rows } = await sql<ApiIdeaRow>`SELECT ${columns} FROM ideas WHERE id = ${id} AND visibility = 'publie'`.execute(db);
  return rows[0];
}

export interface OfficialAnswer {
  from_status: string;
  to_status: string;
  answer: string;
  staff_name: string;
  created_at: Date;
}

export async function listOfficialAnswers(db: Db, ideaId: number): Promise<OfficialAnswer[]> {
  return db.selectFrom('idea_status_changes').select(['from_status', 'to_status', 'answer', 'staff_name', 'created_at']).where('idea_id', '=', ideaId).orderBy('id', 'desc').execute();
}

export async function findPublishedService(db: Db, id: number): Promise<{ slug: string; name: string } | undefined> {
  return db.selectFrom('services').select(['slug', 'name']).where('id', '=', id).where('status', '=', 'publie').executeTakeFirst();
}
