import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './database.js';

/** A random secret generated once and kept in the database, shared by every server process. */
export async function getOrCreateSecret(db: Db, name: string): Promise<string> {
  const candidate = randomBytes(32).toString('base64url');
  await sql`INSERT INTO platform_secrets (name, value) VALUES (${name}, ${candidate}) ON CONFLICT (name) DO NOTHING`.execute(db);
  const { rows } = await sql<{ value: string }>`SELECT value FROM platform_secrets WHERE name = ${name}`.execute(db);
  return rows[0]!.value;
}
