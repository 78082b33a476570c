import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { jsonForScript } from '../../../platform/html/render.js';
import { AppError } from '../../../platform/http/errors.js';
import { declareScheduledJob } from '../../../platform/jobs/index.js';
import { type CommuneChoice, communeLabel, resolveCommuneText } from '../search/commune.resolver.js';
import { PAGE_FACETS } from '../search/search.criteria.js';
import { type OfferSearchResult, searchOffers } from '../search/search.repository.js';
import { offerAlertsJob } from './alerts.job.js';
import { registerCommunesApi } from './communes.api.js';
import { jobPostingJsonLd } from './offer.json-ld.js';
import { OfferPage } from './offer.page.js';
import { findOffer, findSimilarOffers } from './offer.repository.js';
import { registerSavedOffersRoutes } from './saved.route.js';
import { isSaved, offersPersonalData } from './saved.repository.js';
import { COMMUNE_AUTOCOMPLETE_SCRIPT, SearchPage } from './search.page.js';
import { canonicalQuery, criteriaOf, describeSearch, PAGE_SIZE, parseSearchForm, type RawSearchQuery, SearchParameterError, searchQuerySchema } from './search-query.js';

const NOTICES: Record<string, string> = {
  'alerte-creee': 'Votre alerte est créée : vous recevrez chaque jour par e-mail les nouvelles offres de cette recherche.',
  'alerte-existante': 'Cette recherche est déjà une de vos alertes.',
  sauvegardee: 'L’offre est sauvegardée dans Mon espace.',
  retiree: 'L’offre est retirée de vos offres sauvegardées.',
};

/** /offres, /offres/:id, saving offers and searches (alerts), « Mes offres sauvegardées », the communes autocomplete, the daily alerts job. */
export function registerOffersPages(app: FastifyInstance): void {
  app.get<{ Querystring: RawSearchQuery }>(
    '/offres',
    { config: { access: 'public' }, schema: { hide: true, querystring: searchQuerySchema } },
    async (request, reply) => {
      let form;
      try {
        form = parseSearchForm(request.query);
      } catch (error) {
        if (error instanceof SearchParameterError) throw new AppError('INVALID_PARAMETER', error.message, [{ field: error.field, message: error.message }]);
        throw error;
      }
      const errors: FieldErrors = {};
      let candidates: CommuneChoice[] = [];
      let commune: CommuneChoice | null = null;
      if (form.lieu) {
        const resolved = await resolveCommuneText(app.db, form.lieu);
        if (resolved.status === 'found') commune = resolved.commune;
        else if (resolved.status === 'unknown') errors.lieu = `La commune « ${form.lieu} » est introuvable : écrivez son nom ou son code postal, par exemple Lyon ou 69003.`;
        else {
          candidates = resolved.candidates;
          errors.lieu = `Plusieurs communes correspondent à « ${form.lieu} » : choisissez-en une (${candidates.map(communeLabel).join(', ')}) ou précisez le code postal.`;
        }
      }
      let result: OfferSearchResult | null = null;
      if (!errors.lieu) {
        result = await searchOffers(app.db, { ...criteriaOf(form, commune?.code ?? null), offset: (form.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, facets: PAGE_FACETS });
      }
      const viewer = request.viewer;
      const canAlert = !!viewer?.emailVerified && !!result;
      // The alert keeps the commune as resolved ("Lyon (69001)"), so that it resolves the same every day.
      const alertForm = { ...form, lieu: commune ? communeLabel(commune) : form.lieu, page: 1 };
      const failed = Object.keys(errors).length > 0;
      return reply
        .status(failed ? 400 : 200)
        .header('cache-control', viewer ? 'no-store' : 'no-cache')
        .page(
          {
            title: `${failed ? 'Erreur — ' : ''}Offres d’emploi${form.motsCles ? ` : ${form.motsCles}` : ''}${commune ? ` autour de ${commune.name}` : ''}${form.page > 1 ? ` — page ${form.page}` : ''}`,
            description: 'Rechercher parmi les offres d’emploi de l’opérateur et de ses sites partenaires.',
            head: h('script', { type: 'module', src: COMMUNE_AUTOCOMPLETE_SCRIPT }),
          },
          h(SearchPage, {
            form,
            errors,
            candidates,
            result,
            commune,
            csrfToken: canAlert ? reply.generateCsrf() : undefined,
            alertQuery: canAlert ? canonicalQuery(alertForm) : undefined,
            alertLabel: canAlert ? describeSearch(form, commune?.name ?? null) : undefined,
            notice: NOTICES[request.query.info ?? ''],
          }),
        );
    },
  );

  app.get<{ Params: { id: string }; Querystring: { info?: string } }>(
    '/offres/:id',
    {
      config: { access: 'public' },
      schema: { hide: true, params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } }, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } },
    },
    async (request, reply) => {
      const offer = await findOffer(app.db, request.params.id);
      if (!offer) throw new AppError('OFFER_NOT_FOUND');
      const viewer = request.viewer;
      const [similar, saved] = await Promise.all([findSimilarOffers(app.db, offer), viewer ? isSaved(app.db, viewer.accountId, offer.id) : Promise.resolve(null)]);
      const jsonLd = jobPostingJsonLd(offer, { publicUrl: app.config.publicUrl, operatorName: app.siteSettings.operatorName });
      const expired = offer.status === 'expiree';
      return reply
        .status(expired ? 410 : 200)
        .header('cache-control', viewer ? 'no-store' : 'no-cache')
        .page(
          {
            title: `${expired ? 'Offre expirée — ' : ''}${offer.intitule}`,
            description: offer.description.slice(0, 160),
            canonical: `${app.config.publicUrl.replace(/\/$/, '')}/offres/${offer.id}`,
            head: h('script', { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: jsonForScript(jsonLd) } }),
          },
          h(OfferPage, { offer, similar, saved, csrfToken: viewer ? reply.generateCsrf() : undefined, notice: NOTICES[request.query.info ?? ''] }),
        );
    },
  );

  registerSavedOffersRoutes(app);
  registerCommunesApi(app);
  app.personalData.push(offersPersonalData);
  app.mySpaceSections.push({ title: 'Mes offres sauvegardées', description: 'Les offres d’emploi que vous avez sauvegardées et vos alertes par e-mail.', href: '/mon-espace/offres' });
  declareScheduledJob(app, offerAlertsJob(app.mailer, app.config.publicUrl));
}
