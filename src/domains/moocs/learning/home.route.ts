import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { listInstructors } from '../courses.repository.js';
import { sessionParams } from '../courses/course-lookup.js';
import { ContentPage } from './content.page.js';
import { loadCourseHome } from './course-home.js';
import { progressOf, resumeLessonId } from './course-home.service.js';
import { InfosPage } from './infos.page.js';
import { ProgressPage } from './progress.page.js';

type SessionRoute = { Params: { slug: string; sessionId: string } };

/** The tabs of a course home (« Discussions » belongs to the discussions part). */
export function registerCourseHomeRoutes(app: FastifyInstance): void {
  const options = { config: { access: 'verified' as const }, schema: { hide: true, params: sessionParams } };

  app.get<SessionRoute>('/moocs/:slug/sessions/:sessionId/contenu', options, async (request, reply) => {
    const home = await loadCourseHome(request, reply);
    if (!home) return reply;
    const progress = await progressOf(app.db, home);
    return reply.header('cache-control', 'no-store').page({ title: `Contenu — ${home.course.name}` }, h(ContentPage, { home, progress, resumeId: resumeLessonId(home, progress) }));
  });

  app.get<SessionRoute>('/moocs/:slug/sessions/:sessionId/infos', options, async (request, reply) => {
    const home = await loadCourseHome(request, reply);
    if (!home) return reply;
    const instructors = await listInstructors(app.db, home.course.id);
    return reply.header('cache-control', 'no-store').page({ title: `Infos — ${home.course.name}` }, h(InfosPage, { home, instructors, csrfToken: reply.generateCsrf() }));
  });

  app.get<SessionRoute>('/moocs/:slug/sessions/:sessionId/progression', options, async (request, reply) => {
    const home = await loadCourseHome(request, reply);
    if (!home) return reply;
    const progress = await progressOf(app.db, home);
    return reply.header('cache-control', 'no-store').page({ title: `Progression — ${home.course.name}` }, h(ProgressPage, { home, progress }));
  });
}
