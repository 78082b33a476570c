import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAuthoring } from './authoring/index.js';
import { registerCertificates } from './certificates/index.js';
import { registerDiscussions } from './discussions/index.js';
import { registerLearnerRoutes } from './courses/index.js';
import './moocs.table.js';

export { seedMoocsDemo } from './content/seed.js';
export { type Course, findCourseById, listInstructors, listPublishedCourses, listSessions, loadOutline, type SessionWithCount, type WeekOutline } from './courses.repository.js';
export { enrolmentOpen, SESSION_STATE_LABELS, type SessionState, sessionState } from './session-state.js';
export { nextSession } from './api/moocs.json.js';
export { findLessonReferences, type LessonKey, type LessonReference } from './courses/lesson-references.js';

/**
 * Les MOOC de l'emploi: course pages and sessions, learning (lessons, videos, quizzes, progress),
 * certificates and Open Badges, discussions, instructors' authoring and statistics, the MOOC API.
 * Each part registers itself below.
 */
export const moocsPlugin = fp(
  async (app: FastifyInstance) => {
    registerLearnerRoutes(app);
    registerDiscussions(app);
    registerCertificates(app);
    registerAuthoring(app);
  },
  { name: 'moocs', dependencies: ['html', 'access', 'csrf', 'accounts', 'moderation', 'catalogue'] },
);
