import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { markdownToText, renderMarkdown } from '../../../platform/html/markdown.js';
import { jsonForScript } from '../../../platform/html/render.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import { findEnrolment, listInstructors, listPublishedCourses, listSessions, loadOutline } from '../courses.repository.js';
import { courseParams, requireCourse, requireSession, sessionParams } from './course-lookup.js';
import { callToAction, sessionState } from '../session-state.js';
import { courseJsonLd } from './course.jsonld.js';
import { CourseListPage, type CourseCardData } from './course-list.page.js';
import { CoursePage, type CourseSessionView } from './course.page.js';
import { enrol, leave } from './enrolment.service.js';
import { courseHref, sessionHref } from './session-display.js';

/** The session a course list shows: running, else the next upcoming, else the most recent. */
function pickNext(sessions: Awaited<ReturnType<typeof listSessions>>, now: Date): CourseCardData['next'] {
  const withState = sessions.map((session) => ({ ...session, state: sessionState(session, now) }));
  const rank = { 'en-cours': 0, 'inscriptions-ouvertes': 1, 'a-venir': 2, terminee: 3, archivee: 4 } as const;
  const sorted = withState.sort((a, b) => rank[a.state] - rank[b.state] || (a.starts_at?.getTime() ?? 0) - (b.starts_at?.getTime() ?? 0));
  const first = sorted[0];
  return first && first.state !== 'archivee' ? first : null;
}

/** The MOOC list, a course's page (sessions, call to action, JSON-LD), enrolling and leaving. */
export function registerCourseRoutes(app: FastifyInstance): void {
  app.get('/moocs', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const now = new Date();
    const courses = await listPublishedCourses(app.db);
    const cards = [];
    for (const course of courses) cards.push({ course, next: pickNext(await listSessions(app.db, course.id), now) });
    return reply.page({ title: 'Les MOOC de l’emploi', description: 'Des cours en ligne gratuits pour avancer dans votre recherche d’emploi.' }, h(CourseListPage, { cards }));
  });

  app.get<{ Params: { slug: string }; Querystring: { info?: string } }>(
    '/moocs/:slug',
    { config: { access: 'public' }, schema: { hide: true, params: courseParams, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 30 } } } } },
    async (request, reply) => {
      const course = await requireCourse(app, request.params.slug);
      const now = new Date();
      const [sessions, outline, instructors] = [await listSessions(app.db, course.id), await loadOutline(app.db, course.id), await listInstructors(app.db, course.id)];
      const viewer = request.viewer;
      const views: CourseSessionView[] = [];
      for (const session of sessions) {
        const enrolment = viewer ? await findEnrolment(app.db, session.id, viewer.accountId) : undefined;
        const isEnrolled = enrolment?.status === 'inscrit';
        views.push({ ...session, state: sessionState(session, now), action: callToAction(session, now, session.enrolled, isEnrolled), enrolled_by_viewer: isEnrolled });
      }
      const pageUrl = `${app.config.publicUrl}${courseHref(course.slug)}`;
      const workloadMinutes = outline.reduce((sum, week) => sum + week.lessons.reduce((total, lesson) => total + (lesson.duration_minutes ?? 0), 0), 0);
      const jsonLd = courseJsonLd(course, sessions, instructors, { pageUrl, publicUrl: app.config.publicUrl, description: markdownToText(course.description) || course.pitch, workloadMinutes });
      return reply.page(
        { title: course.name, description: course.pitch, canonical: pageUrl, head: h('script', { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: jsonForScript(jsonLd) } }) },
        h(CoursePage, {
          course,
          descriptionHtml: renderMarkdown(course.description),
          outline,
          instructors,
          sessions: views,
          csrfToken: viewer ? reply.generateCsrf() : undefined,
          notice: request.query.info,
        }),
      );
    },
  );

  app.post<{ Params: { slug: string; sessionId: string } }>(
    '/moocs/:slug/sessions/:sessionId/inscription',
    { config: { access: 'verified' }, schema: { hide: true, params: sessionParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireCourse(app, request.params.slug);
      const session = await requireSession(app, course, request.params.sessionId);
      await enrol(app.db, session.id, request.viewer!.accountId);
      return reply.redirect(sessionHref(course.slug, session.id), 303);
    },
  );

  app.post<{ Params: { slug: string; sessionId: string } }>(
    '/moocs/:slug/sessions/:sessionId/desinscription',
    { config: { access: 'verified' }, schema: { hide: true, params: sessionParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const course = await requireCourse(app, request.params.slug);
      const session = await requireSession(app, course, request.params.sessionId);
      await leave(app.db, session.id, request.viewer!.accountId);
      return reply.redirect(`${courseHref(course.slug)}?info=desinscrit`, 303);
    },
  );
}
