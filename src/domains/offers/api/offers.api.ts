import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { findApi, pageHeaders, partnerErrors, pathParams, protectedRoute } from '../../developer/index.js';
import { searchOffers } from '../search/search.repository.js';
import { findOfferById, partnersOfOffers } from './offers-read.repository.js';
import { toOffreJson } from './offre.json.js';
import { expiredSchema, offreSchema, referentielSchema, searchResultSchema } from './offre.schema.js';
import { REFERENTIEL_NAMES, REFERENTIELS, type ReferentielEntry } from './referentiels.repository.js';
import { decodeCurseur, encodeCurseur, filtersFingerprint } from './search.curseur.js';
import { mapSearchQuery } from './search.mapping.js';
import { parseSearchRange, SEARCH_PAGE, type SearchQuery, searchQuerySchema } from './search.params.js';

const RESOURCE = 'offres';
const PAGE = { max: SEARCH_PAGE.max, defaultLast: SEARCH_PAGE.defaultLast };
const REFERENTIEL_CACHE_MS = 10 * 60 * 1000;

/** « Offres d'emploi v2 »: the search, one offer, the referentials — the agency's protocol, plus a cursor. */
export function registerOffersApi(app: FastifyInstance): void {
  const api = findApi('offres-d-emploi');
  if (!api) throw new Error('offres-d-emploi is missing from the API registry');
  const base = api.basePath;
  const publicUrl = app.config.publicUrl;

  app.get<{ Querystring: SearchQuery }>(
    `${base}/offres/search`,
    protectedRoute(api, {
      summary: 'Rechercher des offres d’emploi',
      description:
        'Les offres en cours correspondant à tous les critères donnés (les listes, séparées par des virgules, se lisent « l’une ou l’autre »). ' +
        'Pagination par range (au plus 150 résultats par appel, premier ≤ 3000, dernier ≤ 3149) : 200 quand tous les résultats tiennent dans la plage, 206 sinon, avec Content-Range (« offres 0-149/496 ») et Accept-Range (150) ; 204 sans contenu quand aucune offre ne correspond. ' +
        'filtresPossibles donne, pour typeContrat, experience, qualification et natureContrat, le nombre d’offres de chaque valeur. ' +
        'En plus de l’API d’origine : quand d’autres résultats suivent, le champ curseurSuivant et l’en-tête Link (rel="next") donnent un curseur opaque ; passé dans le paramètre curseur avec les mêmes critères, il renvoie la suite dans le même ordre, sans limite de 3 150 résultats (Content-Range donne la position). ' +
        'commune accepte aussi un code postal ; salaire donne aussi ses bornes numériques (min, max, periode) quand elles sont connues.',
      querystring: searchQuerySchema,
      response: {
        200: { ...searchResultSchema, description: 'Toutes les offres correspondantes', headers: pageHeaders(RESOURCE, PAGE) },
        204: { description: 'Aucune offre ne correspond', type: 'null' },
        206: {
          ...searchResultSchema,
          description: 'Une partie des offres correspondantes (il y en a d’autres)',
          headers: { ...pageHeaders(RESOURCE, PAGE), Link: { type: 'string', description: 'Extension : <adresse de la page suivante avec son curseur>; rel="next".' } },
        },
        ...partnerErrors(),
      },
    }),
    async (request, reply) => {
      const query = request.query;
      const range = parseSearchRange(query.range, query.curseur !== undefined);
      const mapped = await mapSearchQuery(app.db, query);
      if (mapped.empty) return reply.code(204).send();
      const fingerprint = filtersFingerprint(mapped.criteria);
      const size = range.last - range.first + 1;
      const continued = query.curseur ? decodeCurseur(query.curseur, fingerprint) : undefined;
      const result = await searchOffers(app.db, {
        ...mapped.criteria,
        limit: size,
        ...(continued ? { cursor: continued.keyset } : { offset: range.first }),
      });
      if (result.total === 0) return reply.code(204).send();
      const position = continued?.position ?? range.first;
      if (!result.offers.length) {
        const message = `La plage de résultats demandée commence après le dernier résultat : il y en a ${result.total}, numérotés de 0 à ${result.total - 1}.`;
        throw new AppError('RANGE_PAST_RESULTS', message, [{ field: 'range', message }]);
      }
      const last = position + result.offers.length - 1;
      reply.code(!continued && position === 0 && last >= result.total - 1 ? 200 : 206);
      reply.header('content-range', `${RESOURCE} ${position}-${last}/${result.total}`);
      reply.header('accept-range', String(SEARCH_PAGE.max));
      const next = result.nextCursor ? encodeCurseur(result.nextCursor, last + 1, fingerprint) : undefined;
      if (next) {
        const params = new URLSearchParams(request.url.split('?')[1] ?? '');
        params.delete('range');
        params.set('curseur', next);
        params.set('range', `0-${size - 1}`);
        reply.header('link', `<${publicUrl}${base}/offres/search?${params.toString()}>; rel="next"`);
      }
      const partners = await partnersOfOffers(app.db, result.offers.map((offer) => offer.id));
      return {
        resultats: result.offers.map((offer) => toOffreJson(offer, partners.get(offer.id) ?? [])),
        filtresPossibles: result.facets.map((facet) => ({
          filtre: facet.name,
          agregation: facet.values.map((value) => ({ valeurPossible: value.value, nbResultats: value.count })),
        })),
        ...(next ? { curseurSuivant: next } : {}),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    `${base}/offres/:id`,
    protectedRoute(api, {
      summary: 'Lire une offre d’emploi',
      description:
        'L’offre de cet identifiant, au même format que dans la recherche. 404 quand l’identifiant est inconnu ; en plus de l’API d’origine, 410 avec la date d’expiration (dateExpiration) quand l’offre a expiré.',
      params: pathParams('id', { type: 'string', pattern: '^[0-9A-Z]{7}$', description: 'Identifiant de l’offre (7 chiffres ou lettres majuscules), par exemple 048XKLM.' }),
      response: {
        200: { ...offreSchema, description: 'L’offre' },
        ...partnerErrors('Aucune offre ne porte cet identifiant : codeErreur OFFER_NOT_FOUND.'),
        410: { ...expiredSchema, description: 'L’offre a expiré : codeErreur OFFER_EXPIRED, avec sa date d’expiration.' },
      },
    }),
    async (request, reply) => {
      const offer = await findOfferById(app.db, request.params.id);
      if (!offer) throw new AppError('OFFER_NOT_FOUND');
      if (offer.status === 'expiree') {
        const expired = new AppError('OFFER_EXPIRED');
        return reply.code(410).type('application/json; charset=utf-8').send({
          codeHttp: 410,
          message: expired.message,
          codeErreur: expired.code,
          dateExpiration: new Date(offer.expired_at ?? offer.ends_at ?? offer.updated_at).toISOString(),
        });
      }
      const partners = await partnersOfOffers(app.db, [offer.id]);
      return toOffreJson(offer, partners.get(offer.id) ?? []);
    },
  );

  const cache = new Map<string, { at: number; entries: ReferentielEntry[] }>();
  app.get<{ Params: { name: string } }>(
    `${base}/referentiel/:name`,
    protectedRoute(api, {
      summary: 'Lire un référentiel',
      description:
        `Les codes et libellés d’un référentiel, pour construire les paramètres de recherche : ${REFERENTIEL_NAMES.join(', ')}. ` +
        'Les métiers, appellations, domaines, communes et NAF viennent des référentiels officiels importés ; themes donne les grands domaines du ROME ; pays suit l’ISO 3166-1 et langues l’ISO 639-1. ' +
        'Réponse à garder en cache (Cache-Control). 404 pour un référentiel inconnu.',
      params: pathParams('name', { type: 'string', pattern: '^[A-Za-z]{1,40}$', description: 'Nom du référentiel, par exemple typesContrats.' }),
      response: { 200: { ...referentielSchema, description: 'Les entrées du référentiel' }, ...partnerErrors('Référentiel inconnu : codeErreur REFERENTIEL_NOT_FOUND.') },
    }),
    async (request, reply) => {
      const name = request.params.name;
      const load = Object.hasOwn(REFERENTIELS, name) ? REFERENTIELS[name] : undefined;
      if (!load) throw new AppError('REFERENTIEL_NOT_FOUND');
      let cached = cache.get(name);
      if (!cached || Date.now() - cached.at > REFERENTIEL_CACHE_MS) {
        cached = { at: Date.now(), entries: await load(app.db) };
        cache.set(name, cached);
      }
      reply.header('cache-control', 'private, max-age=86400');
      return cached.entries;
    },
  );
}
