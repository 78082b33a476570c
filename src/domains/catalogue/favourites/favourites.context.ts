import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { favouriteServiceIds } from './favourites.repository.js';

/** What a page's service cards need to show the favourite button of a logged-in viewer. */
export interface FavouriteState {
  /** Ids of the viewer's favourite services. */
  ids: ReadonlySet<number>;
  csrfToken: string;
  /** Where the forms come back to (the current page). */
  returnPath: string;
}

const storage = new AsyncLocalStorage<FavouriteState>();

/** The favourites of the viewer of the request being rendered, or undefined (anonymous, or a page without cards). */
export function currentFavourites(): FavouriteState | undefined {
  return storage.getStore();
}

/**
 * For the GET pages listed (those showing service cards) and a logged-in viewer, loads the
 * viewer's favourites once per request and makes them available to every card rendered for it.
 * Anonymous pages are left alone (no query, no CSRF cookie).
 */
export function provideFavourites(app: FastifyInstance, pages: ReadonlySet<string>): void {
  app.addHook('preHandler', (request, reply, done) => {
    const viewer = request.viewer;
    if (request.method !== 'GET' || !viewer || !pages.has(request.routeOptions.url ?? '')) return done();
    favouriteServiceIds(app.db, viewer.accountId).then(
      (ids) => storage.run({ ids, csrfToken: reply.generateCsrf(), returnPath: request.url }, done),
      (error: Error) => done(error),
    );
  });
}
