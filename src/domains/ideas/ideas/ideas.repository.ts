import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { IdeaRow, IdeaStatus } from '../ideas.table.js';
import type { IdeaSort } from '../ideas.vocabulary.js';

export const IDEAS_PER_PAGE = 20;
/** pg_trgm similarity above which an existing title counts as « proche ». */
export const SIMILARITY_THRESHOLD = 0.3;

/** An idea as the lists and the idea page show it. */
export interface IdeaSummary {
  id: number;
  title: string;
  theme: string;
  audience: IdeaRow['audience'];
  status: IdeaStatus;
  visibility: IdeaRow['visibility'];
  mergedIntoId: number | null;
  supportsCount: number;
  commentsCount: number;
  accountId: number | null;
  authorName: string | null;
  createdAt: Date;
  /** Whether the viewer supports it (false for visitors). */
  supported: boolean;
}

export interface IdeaDetail extends IdeaSummary {
  description: string;
  updatedAt: Date;
  realisedServiceId: number | null;
  realisedApplication: string | null;
  followed: boolean;
}

export interface IdeaListFilters {
  sort: IdeaSort;
  status?: IdeaStatus;
  theme?: string;
  q?: string;
  page: number;
  /** The « tendance » score's reference time (tests pass their own). */
  now?: Date;
}

/**
 * The « tendance » score in SQL: the same formula as `hotScore()` in ideas.vocabulary.ts,
 * (supports + 1) / (age in hours + 2) ^ 1.5, in double precision like JavaScript.
 */
export function hotScoreSql(now: Date) {
  return sql<number>`((i.supports_count + 1)::float8 / power(greatest(0::float8, extract(epoch FROM (${now}::timestamptz - i.created_at))::float8 / 3600) + 2, 1.5))`;
}

const ORDER: Record<Exclude<IdeaSort, 'tendance'>, ReturnType<typeof sql.raw>> = {
  soutenues: sql.raw('i.supports_count DESC, i.id DESC'),
  recentes: sql.raw('i.created_at DESC, i.id DESC'),
  commentees: sql.raw('i.comments_count DESC, i.supports_count DESC, i.id DESC'),
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search words (at most 8), each one must appear in the title or the description (accents and case ignored). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .split(/[\s,;:.!?'’"()]+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

function summaryColumns(viewerId: number | null) {
  return sql`i.id, i.title, i.theme, i.audience, i.status, i.visibility, i.merged_into_id AS "mergedIntoId",
    i.supports_count AS "supportsCount", i.comments_count AS "commentsCount", i.account_id AS "accountId",
    nullif(a.display_name, '') AS "authorName", i.created_at AS "createdAt",
    ${viewerId === null ? sql`false` : sql`EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = i.id AND s.account_id = ${viewerId})`} AS supported`;
}

/**
 * Published ideas for the list. Merged ideas (status « doublon ») appear only when that status is
 * asked for; hidden ideas never.
 */
export async function listIdeas(db: Db, filters: IdeaListFilters, viewerId: number | null): Promise<{ ideas: IdeaSummary[]; total: number }> {
  const conditions = [sql`i.visibility = 'publie'`];
  if (filters.status) conditions.push(sql`i.status = ${filters.status}`);
  else conditions.push(sql`i.status <> 'doublon'`);
  if (filters.theme) conditions.push(sql`i.theme = ${filters.theme}`);
  for (const word of searchWords(filters.q)) {
    conditions.push(sql`fold(i.title || ' ' || i.description) LIKE '%' || fold(${escapeLike(word)}) || '%'`);
  }
  const where = sql.join(conditions, sql` AND `);
  const order = filters.sort === 'tendance' ? sql`${hotScoreSql(filters.now ?? new Date())} DESC, i.id DESC` : ORDER[filters.sort];
  const offset = (filters.page - 1) * IDEAS_PER_PAGE;
  const [rows, count] = await Promise.all([
    sql<IdeaSummary>`SELECT ${summaryColumns(viewerId)} FROM ideas i LEFT JOIN accounts a ON a.id = i.account_id
      WHERE ${where} ORDER BY ${order} LIMIT ${IDEAS_PER_PAGE} OFFSET ${offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM ideas i WHERE ${where}`.execute(db),
  ]);
  return { ideas: rows.rows, total: count.rows[0]?.total ?? 0 };
}

/** One idea whatever its visibility (the caller decides who may see it). */
export async function findIdea(db: Db, id: number, viewerId: number | null): Promise<IdeaDetail | undefined> {
  const { rows } = await sql<IdeaDetail>`SELECT ${summaryColumns(viewerId)}, i.description, i.updated_at AS "updatedAt",
      i.realised_service_id AS "realisedServiceId", i.realised_application AS "realisedApplication",
      ${viewerId === null ? sql`false` : sql`EXISTS (SELECT 1 FROM idea_followers f WHERE f.idea_id = i.id AND f.account_id = ${viewerId})`} AS followed
    FROM ideas i LEFT JOIN accounts a ON a.id = i.account_id WHERE i.id = ${id}`.execute(db);
  return rows[0];
}

export interface SimilarIdea {
  id: number;
  title: string;
  supportsCount: number;
  status: IdeaStatus;
}

/** Published, not merged ideas whose title is close to this one (pg_trgm), closest first. */
export async function findSimilarIdeas(db: Db, title: string, limit = 5): Promise<SimilarIdea[]> {
  const text = title.trim().slice(0, 200);
  if (text.length < 3) return [];
  const { rows } = await sql<SimilarIdea>`
    SELECT id, title, supports_count AS "supportsCount", status FROM (
      SELECT i.id, i.title, i.supports_count, i.status, similarity(i.title_folded, fold(${text})) AS score
      FROM ideas i WHERE i.visibility = 'publie' AND i.status <> 'doublon') AS candidates
    WHERE score > ${SIMILARITY_THRESHOLD} ORDER BY score DESC, supports_count DESC, id DESC LIMIT ${limit}`.execute(db);
  return rows;
}

/** Ideas an account created in the last 24 hours, and when the oldest of them was created. */
export async function recentIdeasOf(db: Db, accountId: number): Promise<{ count: number; oldest: Date | null }> {
  const { rows } = await sql<{ count: number; oldest: Date | null }>`
    SELECT count(*)::int AS count, min(created_at) AS oldest FROM ideas
    WHERE account_id = ${accountId} AND created_at > now() - interval '1 day'`.execute(db);
  return rows[0] ?? { count: 0, oldest: null };
}

export interface IdeaInput {
  title: string;
  description: string;
  theme: string;
  audience: IdeaRow['audience'];
}

/** Creates an idea; its author follows it. */
export async function insertIdea(trx: Db, accountId: number, input: IdeaInput): Promise<number> {
  const { id } = await trx.insertInto('ideas').values({ account_id: accountId, ...input }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('idea_followers').values({ idea_id: id, account_id: accountId }).onConflict((oc) => oc.doNothing()).execute();
  return id;
}

/** The idea row locked for this transaction (supports, edits and merges all take this lock). */
export async function lockIdea(trx: Db, id: number): Promise<Pick<IdeaRow, 'id' | 'account_id' | 'status' | 'visibility' | 'supports_count' | 'comments_count'> | undefined> {
  const { rows } = await sql<Pick<IdeaRow, 'id' | 'account_id' | 'status' | 'visibility' | 'supports_count' | 'comments_count'>>`
    SELECT id, account_id, status, visibility, supports_count, comments_count FROM ideas WHERE id = ${id} FOR UPDATE`.execute(trx);
  return rows[0];
}

export async function updateIdea(trx: Db, id: number, input: IdeaInput): Promise<void> {
  await trx.updateTable('ideas').set({ ...input, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}

/** Adds or removes a support; true when something changed (the trigger keeps the count). */
export async function setSupport(trx: Db, ideaId: number, accountId: number, supported: boolean): Promise<boolean> {
  if (supported) {
    const inserted = await trx.insertInto('idea_supports').values({ idea_id: ideaId, account_id: accountId }).onConflict((oc) => oc.doNothing()).returning('idea_id').execute();
    return inserted.length > 0;
  }
  const deleted = await trx.deleteFrom('idea_supports').where('idea_id', '=', ideaId).where('account_id', '=', accountId).returning('idea_id').execute();
  return deleted.length > 0;
}

export async function isSupporting(db: Db, ideaId: number, accountId: number): Promise<boolean> {
  return !!(await db.selectFrom('idea_supports').select('idea_id').where('idea_id', '=', ideaId).where('account_id', '=', accountId).executeTakeFirst());
}

export async function setFollow(db: Db, ideaId: number, accountId: number, followed: boolean): Promise<void> {
  if (followed) await db.insertInto('idea_followers').values({ idea_id: ideaId, account_id: accountId }).onConflict((oc) => oc.doNothing()).execute();
  else await db.deleteFrom('idea_followers').where('idea_id', '=', ideaId).where('account_id', '=', accountId).execute();
}

export async function isFollowing(db: Db, ideaId: number, accountId: number): Promise<boolean> {
  return !!(await db.selectFrom('idea_followers').select('idea_id').where('idea_id', '=', ideaId).where('account_id', '=', accountId).executeTakeFirst());
}

export interface StatusChange {
  id: number;
  fromStatus: IdeaStatus;
  toStatus: IdeaStatus;
  answer: string;
  staffName: string;
  createdAt: Date;
}

/** Official answers, latest first. */
export async function listStatusChanges(db: Db, ideaId: number): Promise<StatusChange[]> {
  return db
    .selectFrom('idea_status_changes')
    .select(['id', 'from_status as fromStatus', 'to_status as toStatus', 'answer', 'staff_name as staffName', 'created_at as createdAt'])
    .where('idea_id', '=', ideaId)
    .orderBy('id', 'desc')
    .execute() as Promise<StatusChange[]>;
}

/** Title of an idea (for « fusionnée avec … »), whatever its state. */
export async function findIdeaTitle(db: Db, id: number): Promise<{ id: number; title: string; visibility: string } | undefined> {
  return db.selectFrom('ideas').select(['id', 'title', 'visibility']).where('id', '=', id).executeTakeFirst();
}

export async function findRealisedService(db: Db, serviceId: number): Promise<{ slug: string; name: string } | undefined> {
  return db.selectFrom('services').select(['slug', 'name']).where('id', '=', serviceId).executeTakeFirst();
}

/** « Mes idées »: mine, those I support, those I follow (any visibility for mine). */
export async function listIdeasOfAccount(db: Db, accountId: number): Promise<{ mine: IdeaSummary[]; supported: IdeaSummary[]; followed: IdeaSummary[] }> {
  const base = (condition: ReturnType<typeof sql>) =>
    sql<IdeaSummary>`SELECT ${summaryColumns(accountId)} FROM ideas i LEFT JOIN accounts a ON a.id = i.account_id WHERE ${condition} ORDER BY i.created_at DESC, i.id DESC LIMIT 200`
      .execute(db)
      .then((result) => result.rows);
  const [mine, supported, followed] = await Promise.all([
    base(sql`i.account_id = ${accountId}`),
    base(sql`i.visibility = 'publie' AND EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = i.id AND s.account_id = ${accountId})`),
    base(sql`i.visibility = 'publie' AND i.account_id IS DISTINCT FROM ${accountId} AND EXISTS (SELECT 1 FROM idea_followers f WHERE f.idea_id = i.id AND f.account_id = ${accountId})`),
  ]);
  return { mine, supported, followed };
}
