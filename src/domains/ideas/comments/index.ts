import type { FastifyInstance } from 'fastify';
import { ideaCommentsModerationSource, ideasModerationSource } from '../moderation/ideas.moderation.js';
import { ideaCommentsPersonalData } from './comments.personal-data.js';
import { registerCommentRoutes } from './comments.route.js';

export { ANONYMOUS_AUTHOR, type CommentsData, type CommentView, HIDDEN_PLACEHOLDER, loadComments } from './comments-section.service.js';
export { CommentsSection, type CommentsSectionProps } from './comments-section.js';
export { COMMENT_WINDOW_SECONDS, COMMENTS_PER_WINDOW, MAX_COMMENT_LENGTH } from './comments.service.js';

/**
 * Comments on ideas (one level of replies) and their reports, the two moderation sources (ideas
 * and comments) and the comments' share of personal data.
 */
export function registerIdeaComments(app: FastifyInstance): void {
  registerCommentRoutes(app);
  app.moderationSources.push(ideasModerationSource, ideaCommentsModerationSource);
  app.personalData.push(ideaCommentsPersonalData);
}
