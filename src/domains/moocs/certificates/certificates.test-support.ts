import { sql } from 'kysely';
import type { TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';

let n = 0;

/** A signed-up, verified, logged-in account (with a CSRF token), with these roles and display name. */
export async function verifiedAccount(t: TestApp, options: { roles?: string[]; displayName?: string; prefix?: string } = {}): Promise<{ client: TestClient; id: number; email: string }> {
  const email = `${options.prefix ?? 'apprenant'}${process.pid}-${++n}@exemple.fr`;
  const client = await signUp(t.app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ${options.roles ?? ['candidat']}::text[], display_name = ${options.displayName ?? ''}
    WHERE email_normalized = ${email}`.execute(t.db);
  const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  await client.get('/mon-espace');
  return { client, id, email };
}

/** The seeded course of this slug (the demo catalogue has the four MOOCs' entries). */
export async function seededCourse(t: TestApp, slug = 'reussir-l-entretien-d-embauche') {
  return t.db
    .selectFrom('courses as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select(['c.id', 's.slug', 's.name'])
    .where('s.slug', '=', slug)
    .executeTakeFirstOrThrow();
}

const DAY = 24 * 3600 * 1000;

/** A dated session of the course starting `startDays` from now (negative: started), four weeks long. */
export async function insertSession(t: TestApp, courseId: number, startDays: number, name = `Session de test ${++n}`) {
  const now = Date.now();
  const starts = new Date(now + startDays * DAY);
  return t.db
    .insertInto('course_sessions')
    .values({
      course_id: courseId,
      name,
      enrolment_opens_at: new Date(starts.getTime() - 30 * DAY),
      enrolment_closes_at: new Date(starts.getTime() + 7 * DAY),
      starts_at: starts,
      ends_at: new Date(starts.getTime() + 28 * DAY),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertEnrolment(t: TestApp, sessionId: number, accountId: number, values: { completed?: boolean; status?: 'inscrit' | 'desinscrit' } = {}) {
  return t.db
    .insertInto('enrolments')
    .values({ session_id: sessionId, account_id: accountId, status: values.status ?? 'inscrit', completed_at: values.completed ? new Date() : null, left_at: values.status === 'desinscrit' ? new Date() : null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The text a PDF shows, from pdfkit's uncompressed output (hex strings in TJ operators), line by line. */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((match) =>
    [...match[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''),
  );
  return lines.join('\n');
}

/** The page's text with the entities the renderer writes turned back into characters. */
export const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
