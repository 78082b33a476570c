import type { FastifyInstance } from 'fastify';
import { ideasPersonalData } from './ideas.personal-data.js';
import { registerIdeaRoutes } from './ideas.route.js';

export { findIdea, findSimilarIdeas, hotScoreSql, type IdeaDetail, type IdeaSummary, listIdeas, lockIdea, type SimilarIdea } from './ideas.repository.js';
export { changeSupport, editIdea, proposeIdea, validateIdea } from './ideas.service.js';
export { IdeaCard, StatusBadge, SupportButton } from './pages/idea-components.js';
export { parseIdeaId } from './ideas.route.js';

/** The core of Emploi Store idées: routes, « Mes idées » in the personal space, personal data. */
export function registerIdeasCore(app: FastifyInstance): void {
  registerIdeaRoutes(app);
  app.personalData.push(ideasPersonalData);
  app.mySpaceSections.push({ title: 'Mes idées', description: 'Les idées que vous avez proposées, soutenues ou suivies.', href: '/mon-espace/idees' });
}
