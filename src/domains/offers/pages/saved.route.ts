import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema, safeReturnPath } from '../../../platform/http/form-body.js';
import { MyOffersPage } from './my-offers.page.js';
import { findOffer } from './offer.repository.js';
import { createAlert, deleteAlert, listAlerts, listSavedOffers, saveOffer, unsaveOffer } from './saved.repository.js';
import { canonicalQuery, formOfQueryString, SearchParameterError } from './search-query.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;
const NOTICES: Record<string, string> = {
  'alerte-supprimee': 'L’alerte est supprimée : vous ne recevrez plus ses e-mails.',
  retiree: 'L’offre est retirée de vos offres sauvegardées.',
};

/** Save/unsave an offer, save a search as an alert, « Mes offres sauvegardées » with the alerts. */
export function registerSavedOffersRoutes(app: FastifyInstance): void {
  app.post<{ Params: { id: string }; Body: FormBody<'retour'> }>(
    '/offres/:id/sauvegarder',
    { config: { access: 'account' }, schema: { hide: true, params: idParams, body: formBodySchema(['retour']) } },
    async (request, reply) => {
      const offer = await findOffer(app.db, request.params.id);
      if (!offer) throw new AppError('OFFER_NOT_FOUND');
      if (offer.status === 'expiree') throw new AppError('OFFER_EXPIRED');
      await saveOffer(app.db, request.viewer!.accountId, offer.id);
      return reply.redirect(`/offres/${offer.id}?info=sauvegardee`, 303);
    },
  );

  app.post<{ Params: { id: string }; Body: FormBody<'retour'> }>(
    '/offres/:id/retirer',
    { config: { access: 'account' }, schema: { hide: true, params: idParams, body: formBodySchema(['retour']) } },
    async (request, reply) => {
      await unsaveOffer(app.db, request.viewer!.accountId, request.params.id);
      const back = safeReturnPath(request.body?.retour, `/offres/${encodeURIComponent(request.params.id)}`);
      return reply.redirect(`${back}${back.includes('?') ? '&' : '?'}info=retiree`, 303);
    },
  );

  app.post<{ Body: FormBody<'requete' | 'libelle'> }>(
    '/offres/alertes',
    { config: { access: 'verified' }, schema: { hide: true, body: formBodySchema(['requete', 'libelle']) } },
    async (request, reply) => {
      const raw = request.body?.requete ?? '';
      let query: string;
      try {
        if (raw.length > 2000) throw new SearchParameterError('requete', 'La recherche est trop longue pour une alerte.');
        query = canonicalQuery({ ...formOfQueryString(raw), page: 1 });
      } catch (error) {
        if (error instanceof SearchParameterError) throw new AppError('INVALID_PARAMETER', error.message, [{ field: error.field, message: error.message }]);
        throw error;
      }
      const label = (request.body?.libelle ?? '').trim().slice(0, 200) || 'Ma recherche d’offres';
      const outcome = await createAlert(app.db, request.viewer!.accountId, label, query);
      if (outcome === 'limit') throw new AppError('OFFER_ALERT_LIMIT');
      return reply.redirect(`/offres?${query}${query ? '&' : ''}info=${outcome === 'created' ? 'alerte-creee' : 'alerte-existante'}`, 303);
    },
  );

  app.get<{ Querystring: { info?: string } }>(
    '/mon-espace/offres',
    { config: { access: 'account' }, schema: { hide: true, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } },
    async (request, reply) => {
      const accountId = request.viewer!.accountId;
      const [saved, alerts] = await Promise.all([listSavedOffers(app.db, accountId), listAlerts(app.db, accountId)]);
      return reply
        .header('cache-control', 'no-store')
        .page({ title: 'Mes offres sauvegardées' }, h(MyOffersPage, { saved, alerts, csrfToken: reply.generateCsrf(), notice: NOTICES[request.query.info ?? ''] }));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/mon-espace/offres/alertes/:id/supprimer',
    { config: { access: 'account' }, schema: { hide: true, params: idParams, body: formBodySchema([]) } },
    async (request, reply) => {
      const id = /^[1-9]\d{0,8}$/.test(request.params.id) ? Number(request.params.id) : null;
      if (id === null || !(await deleteAlert(app.db, request.viewer!.accountId, id))) throw new AppError('OFFER_ALERT_NOT_FOUND');
      return reply.redirect('/mon-espace/offres?info=alerte-supprimee#alertes', 303);
    },
  );
}
