import type { FastifyInstance } from 'fastify';
import { registerCourseHomeRoutes } from '../learning/home.route.js';
import { registerLessonRoutes } from '../learning/lesson.route.js';
import { registerVideoRoutes } from '../learning/video.route.js';
import { courseLinkOf } from './course-link.js';
import { learnerPersonalData } from './learner.personal-data.js';
import { registerCourseRoutes } from './courses.route.js';
import { registerMyCoursesRoute } from './my-courses.route.js';

export { CourseTabs, type CourseTab, courseTabHref } from '../learning/course-tabs.js';
export { computeProgress, markLessonSeen, settleCompletion, type Progress } from '../learning/progress.js';
export { readVideoRange, storeVideo, VIDEO_CHUNK_SIZE, VIDEO_MAX_BYTES } from '../learning/video.storage.js';
export { enrol, leave } from './enrolment.service.js';

/** The learner's side of the MOOCs: course list and pages, enrolment, course home, lessons, quizzes, videos. */
export function registerLearnerRoutes(app: FastifyInstance): void {
  registerCourseRoutes(app);
  registerCourseHomeRoutes(app);
  registerLessonRoutes(app);
  registerVideoRoutes(app);
  registerMyCoursesRoute(app);
  app.serviceLinks.push(courseLinkOf);
  app.personalData.push(learnerPersonalData);
}
