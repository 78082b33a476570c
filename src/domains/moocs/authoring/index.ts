import type { FastifyInstance } from 'fastify';
import { registerContentRoutes } from './content.route.js';
import { isInstructorOfAny } from './courses.repository.js';
import { registerCourseRoutes } from './courses.route.js';
import { registerInstructorRoutes } from './instructors.route.js';
import { registerQuizRoutes } from './quiz.route.js';
import { registerSessionRoutes } from './sessions.route.js';
import { registerVideoUploadRoutes } from './video.route.js';
import { registerCourseStatisticsRoutes } from '../statistics/statistics.route.js';

export { authoringHref, AuthoringLayout, type AuthoringSection } from './authoring-layout.js';
export { dateToParisLocal, parisLocalToDate } from './paris-time.js';

/**
 * Instructors' space: /formateur (their courses; administrators: all, and creating one), then per
 * course its texts, instructors, sessions, weeks and lessons (text, video, quiz), previews and the
 * learners' statistics.
 */
export function registerAuthoring(app: FastifyInstance): void {
  registerCourseRoutes(app);
  registerInstructorRoutes(app);
  registerSessionRoutes(app);
  registerContentRoutes(app);
  registerQuizRoutes(app);
  registerVideoUploadRoutes(app);
  registerCourseStatisticsRoutes(app);
  app.mySpaceSections.push({
    title: 'Espace formateur',
    description: 'Les cours dont vous êtes formateur : contenu, sessions, statistiques.',
    href: '/formateur',
    visible: async (db, viewer) => viewer.emailVerified && (viewer.roles.includes('administrateur') || (await isInstructorOfAny(db, viewer.accountId))),
  });
}
