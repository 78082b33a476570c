import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** The ordered children of the authoring tree: each has a `position` among its parent's. */
export const ORDERED = {
  course_weeks: 'course_id',
  course_lessons: 'week_id',
  quiz_questions: 'lesson_id',
  quiz_choices: 'question_id',
  course_instructors: 'course_id',
} as const;
export type OrderedTable = keyof typeof ORDERED;

export type Direction = 'monter' | 'descendre';

async function orderedIds(trx: Db, table: OrderedTable, parentId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(ORDERED[table])} = ${parentId} ORDER BY position, id FOR UPDATE`.execute(trx);
  return rows.map((row) => row.id);
}

async function writePositions(trx: Db, table: OrderedTable, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const positions = ids.map((_, index) => index + 1);
  // One statement; the UNIQUE (parent, position) constraints are checked at commit (DEFERRABLE INITIALLY DEFERRED).
  await sql`UPDATE ${sql.table(table)} AS t SET position = v.position FROM unnest(${ids}::int[], ${positions}::int[]) AS v(id, position) WHERE t.id = v.id`.execute(trx);
}

/** Renumbers the parent's children 1…n in their current order (after a deletion). Call in a transaction. */
export async function renumber(trx: Db, table: OrderedTable, parentId: number): Promise<void> {
  await writePositions(trx, table, await orderedIds(trx, table, parentId));
}

/**
 * Moves a child one place up or down among its parent's and renumbers them all 1…n; a move past
 * either end changes nothing. False when the item is not a child of that parent. Call in a transaction.
 */
export async function move(trx: Db, table: OrderedTable, parentId: number, itemId: number, direction: Direction): Promise<boolean> {
  const ids = await orderedIds(trx, table, parentId);
  const index = ids.indexOf(itemId);
  if (index < 0) return false;
  const target = direction === 'monter' ? index - 1 : index + 1;
  if (target >= 0 && target < ids.length) [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  await writePositions(trx, table, ids);
  return true;
}

/** The position after the last child of the parent. */
export async function nextPosition(trx: Db, table: OrderedTable, parentId: number): Promise<number> {
  const { rows } = await sql<{ next: number }>`SELECT coalesce(max(position), 0)::int + 1 AS next FROM ${sql.table(table)} WHERE ${sql.ref(ORDERED[table])} = ${parentId}`.execute(trx);
  return rows[0]!.next;
}
