import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema, safeReturnPath } from '../../../platform/http/form-body.js';
import { findPublishedServiceUrl } from '../services.repository.js';
import { FavouritesPage } from './favourites.page.js';
import { addFavourite, findServiceIdBySlug, listFavouriteServices, removeFavourite } from './favourites.repository.js';

const slugParams = { type: 'object', properties: { slug: { type: 'string', maxLength: 100 } }, required: ['slug'] } as const;

/** Favourites: add and remove from any page (plain forms), and the list in "Mon espace". */
export function registerFavouriteRoutes(app: FastifyInstance): void {
  const options = { config: { access: 'account' }, schema: { hide: true, params: slugParams, body: formBodySchema(['retour']) } } as const;

  app.post<{ Params: { slug: string }; Body: FormBody<'retour'> }>('/services/:slug/favori', options, async (request, reply) => {
    const service = await findPublishedServiceUrl(app.db, request.params.slug);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    await addFavourite(app.db, request.viewer!.accountId, service.id);
    return reply.redirect(safeReturnPath(request.body?.retour, `/services/${request.params.slug}`), 303);
  });

  app.post<{ Params: { slug: string }; Body: FormBody<'retour'> }>('/services/:slug/favori/retirer', options, async (request, reply) => {
    const serviceId = await findServiceIdBySlug(app.db, request.params.slug);
    if (serviceId === undefined) throw new AppError('SERVICE_NOT_FOUND');
    await removeFavourite(app.db, request.viewer!.accountId, serviceId);
    return reply.redirect(safeReturnPath(request.body?.retour, '/mon-espace/favoris'), 303);
  });

  app.get('/mon-espace/favoris', { config: { access: 'account' } }, async (request, reply) =>
    reply.page({ title: 'Mes favoris' }, h(FavouritesPage, { services: await listFavouriteServices(app.db, request.viewer!.accountId) })),
  );
}
