import type { FastifyInstance } from 'fastify';
import { registerAnnouncements } from '../announcements/index.js';
import { postsModerationSource, threadsModerationSource } from './discussions.moderation.js';
import { discussionsPersonalData } from './discussions.personal-data.js';
import { registerThreadRoutes } from './pages/thread.route.js';
import { registerThreadsRoutes } from './pages/threads.route.js';

export { requireDiscussionAccess, type DiscussionContext, type Participation } from './discussion-access.js';
export { discussionsHref, threadHref } from './discussions.paths.js';
export { postsModerationSource, threadsModerationSource } from './discussions.moderation.js';

/**
 * Discussions of MOOC sessions (threads, replies, « utile » votes, reports into the moderation
 * queue, reply notifications) and instructors' announcements to a session's learners.
 */
export function registerDiscussions(app: FastifyInstance): void {
  registerThreadsRoutes(app);
  registerThreadRoutes(app);
  app.moderationSources.push(threadsModerationSource, postsModerationSource);
  app.personalData.push(discussionsPersonalData);
  registerAnnouncements(app);
}
