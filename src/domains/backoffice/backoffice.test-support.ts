import { sql } from 'kysely';
import type { TestApp } from '../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../test/helpers/client.js';

let n = 0;

/** A signed-up, verified account with these roles, logged in (and holding a CSRF token). */
export async function staffAccount(t: TestApp, roles: string[], displayName = ''): Promise<{ client: TestClient; id: number; email: string }> {
  const email = `equipe${process.pid}-${++n}@exemple.fr`;
  const client = await signUp(t.app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[], display_name = ${displayName} WHERE email_normalized = ${email}`.execute(t.db);
  const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  await client.get('/mon-espace');
  return { client, id, email };
}

/** The page's text with the entities the renderer writes turned back into characters. */
export const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export const auditEntries = (t: TestApp, action?: string) => {
  const query = t.db.selectFrom('audit_log').selectAll().orderBy('id');
  return (action ? query.where('action', '=', action) : query).execute();
};
