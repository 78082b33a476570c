import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createService } from '../../../../test/factories.js';
import type { Db } from '../../../platform/db/database.js';
import '../moocs.table.js';

/** Test fixtures for discussions and announcements: accounts, a course with a running session, enrolments. */
export class MoocFixtures {
  private n = 0;
  constructor(
    private readonly app: FastifyInstance,
    private readonly db: Db,
  ) {}

  async account(options: { roles?: string[]; displayName?: string; verified?: boolean } = {}): Promise<{ client: TestClient; id: number; email: string }> {
    const email = `mooc-${process.pid}-${++this.n}@exemple.fr`;
    const client = await signUp(this.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${options.verified === false ? null : sql`now()`}, roles = ${options.roles ?? ['candidat']}::text[],
      display_name = ${options.displayName ?? ''} WHERE email_normalized = ${email}`.execute(this.db);
    const { id } = await this.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }

  /** A published course with one week of two lessons and a running session (started 3 days ago). */
  async course(name = `Cours ${++this.n}`) {
    const service = await createService(this.db, { name });
    const course = await this.db.insertInto('courses').values({ service_id: service.id }).returning('id').executeTakeFirstOrThrow();
    const week = await this.db.insertInto('course_weeks').values({ course_id: course.id, position: 1, title: 'Se lancer' }).returning('id').executeTakeFirstOrThrow();
    const lessons = await this.db
      .insertInto('course_lessons')
      .values([
        { week_id: week.id, position: 1, kind: 'texte', title: 'Faire le point', body: 'Texte.' },
        { week_id: week.id, position: 2, kind: 'texte', title: 'Se fixer un cap', body: 'Texte.' },
      ])
      .returning('id')
      .execute();
    const session = await this.session(course.id, 'Session de test');
    return { id: course.id, slug: service.slug, name: service.name, sessionId: session, lessonIds: lessons.map((lesson) => lesson.id) };
  }

  async session(courseId: number, name = 'Autre session'): Promise<number> {
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const row = await this.db
      .insertInto('course_sessions')
      .values({
        course_id: courseId,
        name,
        enrolment_opens_at: new Date(now - 20 * day),
        enrolment_closes_at: new Date(now + 5 * day),
        starts_at: new Date(now - 3 * day),
        ends_at: new Date(now + 25 * day),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async enrol(sessionId: number, accountId: number, status: 'inscrit' | 'desinscrit' = 'inscrit'): Promise<number> {
    const row = await this.db.insertInto('enrolments').values({ session_id: sessionId, account_id: accountId, status, left_at: status === 'desinscrit' ? new Date() : null }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async instructor(courseId: number, accountId: number): Promise<void> {
    await this.db.insertInto('course_instructors').values({ course_id: courseId, account_id: accountId, name: 'Formatrice', kind: 'interne' }).execute();
  }
}

export const decode = (html: string) =>
  html
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
