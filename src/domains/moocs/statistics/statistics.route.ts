import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { CSV_BOM, csvLine } from '../../catalogue/index.js';
import { type Course, listSessions, type SessionWithCount } from '../courses.repository.js';
import { requireInstructor } from '../instructors.js';
import type { Db } from '../../../platform/db/database.js';
import { CourseStatisticsPage } from './statistics.page.js';
import { buildCourseStatistics, type CourseStatistics } from './statistics.service.js';

const schema = {
  hide: true,
  params: { type: 'object', properties: { courseId: { type: 'integer', minimum: 1, maximum: 2147483647 } }, required: ['courseId'] },
  querystring: { type: 'object', properties: { session: { type: 'string', maxLength: 20 } } },
} as const;

type Request = { Params: { courseId: number }; Querystring: { session?: string } };

const SESSION_ERROR = 'Cette session ne fait pas partie des sessions du cours.';

/** The chosen session, or by default the most recent one that has learners (else the first listed). */
function chooseSession(sessions: SessionWithCount[], value: string | undefined): SessionWithCount | 'unknown' | null {
  if (value) return sessions.find((session) => String(session.id) === value) ?? 'unknown';
  return sessions.find((session) => session.enrolled > 0) ?? sessions[0] ?? null;
}

/** The statistics CSV: one line per figure (section, item, value, base, rate), for French spreadsheets. */
export function statisticsCsv(course: Pick<Course, 'name'>, stats: CourseStatistics): string {
  let body = CSV_BOM + csvLine(['Cours', 'Session', 'Rubrique', 'Élément', 'Valeur', 'Base', 'Taux (%)']);
  const line = (section: string, item: string, value: number, base: number | null = null) =>
    (body += csvLine([course.name, stats.session.name, section, item, value, base, base ? Math.round((value / base) * 1000) / 10 : null]));
  for (const point of stats.enrolments.points) line(stats.enrolments.granularity === 'jour' ? 'Inscriptions par jour' : 'Inscriptions par semaine', point.key, point.value);
  for (const point of stats.active) line('Apprenants actifs par semaine', point.label, point.value);
  const enrolled = stats.funnel[0]!.value;
  for (const step of stats.funnel) line('Entonnoir de progression', step.label, step.value, enrolled || null);
  for (const question of stats.questions) line('Réussite au premier essai', `Semaine ${question.weekPosition} · ${question.lessonTitle} · Q${question.position} : ${question.prompt}`, question.right, question.answered || null);
  return body;
}

async function load(db: Db, request: { params: Request['Params']; query: Request['Querystring']; viewer: Parameters<typeof requireInstructor>[2] }) {
  const course = await requireInstructor(db, request.params.courseId, request.viewer);
  const sessions = await listSessions(db, course.id);
  const session = chooseSession(sessions, request.query.session?.trim());
  return { course, sessions, session };
}

export function registerCourseStatisticsRoutes(app: FastifyInstance): void {
  app.get<Request>('/formateur/cours/:courseId/statistiques', { config: { access: 'verified' }, schema }, async (request, reply) => {
    const { course, sessions, session } = await load(app.db, request);
    if (session === 'unknown') reply.status(400);
    const stats = session && session !== 'unknown' ? await buildCourseStatistics(app.db, course.id, session, new Date()) : null;
    return reply.page(
      { title: `${session === 'unknown' ? 'Erreur – ' : ''}Statistiques – ${course.name}` },
      h(CourseStatisticsPage, { course, sessions, selected: session && session !== 'unknown' ? String(session.id) : (request.query.session ?? ''), stats, error: session === 'unknown' ? SESSION_ERROR : undefined }),
    );
  });

  app.get<Request>('/formateur/cours/:courseId/statistiques.csv', { config: { access: 'verified' }, schema }, async (request, reply) => {
    const { course, session } = await load(app.db, request);
    if (session === 'unknown') throw new AppError('INVALID_PARAMETER', SESSION_ERROR);
    if (!session) throw new AppError('SESSION_NOT_FOUND', 'Ce cours n’a pas encore de session.');
    const stats = await buildCourseStatistics(app.db, course.id, session, new Date());
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="statistiques-${course.slug.replace(/[^a-z0-9-]/gi, '')}-session-${session.id}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(statisticsCsv(course, stats));
  });
}
