import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { computeProgress } from '../learning/progress.js';
import { type MyCourse, MyCoursesPage } from './my-courses.page.js';

/** « Mes MOOC » in the personal space. */
export function registerMyCoursesRoute(app: FastifyInstance): void {
  app.get('/mon-espace/moocs', { config: { access: 'account' }, schema: { hide: true } }, async (request, reply) => {
    const rows = await app.db
      .selectFrom('enrolments as e')
      .innerJoin('course_sessions as cs', 'cs.id', 'e.session_id')
      .innerJoin('courses as c', 'c.id', 'cs.course_id')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select([
        'e.id as enrolment_id',
        's.slug',
        's.name',
        'cs.id as session_id',
        'cs.name as session_name',
        'cs.self_paced',
        'cs.enrolment_opens_at',
        'cs.enrolment_closes_at',
        'cs.starts_at',
        'cs.ends_at',
        'cs.archived_at',
        'cs.capacity',
      ])
      .where('e.account_id', '=', request.viewer!.accountId)
      .where('e.status', '=', 'inscrit')
      .orderBy('e.last_activity_at', (ob) => ob.desc().nullsLast())
      .orderBy('e.enrolled_at', 'desc')
      .execute();
    const courses: MyCourse[] = [];
    for (const row of rows) {
      const progress = await computeProgress(app.db, row.enrolment_id);
      courses.push({ slug: row.slug, name: row.name, sessionId: row.session_id, sessionName: row.session_name, session: row, percent: progress.percent, complete: progress.complete });
    }
    return reply.header('cache-control', 'no-store').page({ title: 'Mes MOOC' }, h(MyCoursesPage, { courses, now: new Date() }));
  });
  app.mySpaceSections.push({ title: 'Mes MOOC', description: 'Les cours que vous suivez et votre progression.', href: '/mon-espace/moocs' });
}
