import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import type { DeveloperApplication } from '../developer.table.js';
import { findOwnApplication, parseApplicationId } from './applications.repository.js';

/** The developer's pages: holders of the role (given by accepting the API terms). */
export const DEVELOPERS: readonly Role[] = ['developpeur'];

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;
export const infoQuery = { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } as const;

/** Messages after a redirect (`?info=`). */
export const NOTICES: Record<string, string> = {
  bienvenue: 'Votre profil développeur est activé : créez votre première application.',
  modifiee: 'Les informations de l’application sont enregistrées.',
  revoquee: 'L’application est révoquée.',
  abonnee: 'L’application est abonnée à l’API : ses prochains jetons d’accès en portent les portées.',
  desabonnee: 'L’abonnement est supprimé : les prochains jetons d’accès n’en portent plus les portées.',
  brouillon: 'Le brouillon de la demande est enregistré.',
  envoyee: 'La demande est envoyée à l’équipe Emploi Store : vous recevrez sa réponse par courriel.',
};

/** The viewer's own application; anyone else's, or a malformed id, is unknown (404). */
export async function ownApplication(app: FastifyInstance, ownerId: number, rawId: string): Promise<DeveloperApplication> {
  const id = parseApplicationId(rawId);
  const application = id ? await findOwnApplication(app.db, ownerId, id) : undefined;
  if (!application) throw new AppError('APPLICATION_NOT_FOUND');
  return application;
}

/** Revoked applications are read-only (409). */
export function activeOnly(application: DeveloperApplication): DeveloperApplication {
  if (application.status !== 'active') throw new AppError('APPLICATION_REVOKED');
  return application;
}
