import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import '../../../platform/audit/audit.table.js';

export interface JournalRow {
  /** bigint: kept as text. */
  id: string;
  actor_account_id: number | null;
  actor_name: string;
  action: string;
  subject_kind: string;
  subject_id: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  created_at: Date;
}

export interface JournalFilter {
  /** Words that must each appear in the summary or the actor's name (accents and case folded). */
  words: string[];
  action: string | null;
  subjectKind: string | null;
  actorId: number | null;
  /** Days (YYYY-MM-DD) in Europe/Paris, both included. */
  from: string | null;
  to: string | null;
  limit: number;
  offset: number;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function conditions(filter: JournalFilter): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  for (const word of filter.words) {
    const pattern = likePattern(word);
    where.push(sql`(fold(summary) LIKE fold(${pattern}) ESCAPE '\\' OR fold(actor_name) LIKE fold(${pattern}) ESCAPE '\\')`);
  }
  if (filter.action) where.push(sql`action = ${filter.action}`);
  if (filter.subjectKind) where.push(sql`subject_kind = ${filter.subjectKind}`);
  if (filter.actorId !== null) where.push(sql`actor_account_id = ${filter.actorId}`);
  if (filter.from) where.push(sql`created_at >= (${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Paris'`);
  if (filter.to) where.push(sql`created_at < (${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`);
  return where;
}

const columns = sql`id::text AS id, actor_account_id, actor_name, action, subject_kind, subject_id, summary, before, after, created_at`;

/** Entries matching the filter, newest first, and how many match in all. */
export async function searchJournal(db: Db, filter: JournalFilter): Promise<{ total: number; rows: JournalRow[] }> {
  const where = conditions(filter);
  const whereSql = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  const { rows } = await sql<JournalRow & { total: string | number }>`
    SELECT ${columns}, count(*) OVER () AS total FROM audit_log ${whereSql}
    ORDER BY created_at DESC, id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
  if (!rows.length && filter.offset > 0) {
    const { rows: count } = await sql<{ total: string | number }>`SELECT count(*) AS total FROM audit_log ${whereSql}`.execute(db);
    return { total: Number(count[0]?.total ?? 0), rows: [] };
  }
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function findJournalEntry(db: Db, id: string): Promise<JournalRow | undefined> {
  const { rows } = await sql<JournalRow>`SELECT ${columns} FROM audit_log WHERE id = ${id}::bigint`.execute(db);
  return rows[0];
}

/** What the filters offer: the actions, subject kinds and actors present in the journal. */
export async function journalChoices(db: Db): Promise<{ actions: string[]; subjectKinds: string[]; actors: { id: number; name: string }[] }> {
  const actions = await sql<{ value: string }>`SELECT DISTINCT action AS value FROM audit_log ORDER BY 1`.execute(db);
  const kinds = await sql<{ value: string }>`SELECT DISTINCT subject_kind AS value FROM audit_log ORDER BY 1`.execute(db);
  // An actor is shown with the name of their latest action.
  const actors = await sql<{ id: number; name: string }>`
    SELECT actor_account_id AS id, (array_agg(actor_name ORDER BY created_at DESC, id DESC))[1] AS name
    FROM audit_log WHERE actor_account_id IS NOT NULL GROUP BY actor_account_id ORDER BY 2, 1`.execute(db);
  return { actions: actions.rows.map((row) => row.value), subjectKinds: kinds.rows.map((row) => row.value), actors: actors.rows };
}
