import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { findMediaInfo, mediaIdFromPath } from '../../../platform/media/index.js';
import { AUDIENCES, findPublishedServiceSheet, searchServiceSheets, SERVICE_TYPES, THEME_SLUGS } from '../../catalogue/index.js';
import { findApi } from '../apis.registry.js';
import { type ImageFacts, serviceImageSchema, serviceSheetSchema, toServiceImageJson, toServiceSheetJson } from './catalogue.json.js';
import {
  commaList,
  commaListPattern,
  idSchema,
  pageHeaders,
  parseRange,
  partnerErrors,
  pathParams,
  protectedRoute,
  rangeParameter,
  type RangeRule,
  sendPageHeaders,
} from './partner.schemas.js';

const PAGE: RangeRule = { max: 100, defaultLast: 49 };
const RESOURCE = 'fichesservices';
const NOT_FOUND = 'Fiche inconnue ou non publiée : codeErreur SERVICE_NOT_FOUND.';

interface ListQuery {
  motsCles?: string;
  thematique?: string;
  typeService?: string;
  public?: string;
  range?: string;
}

const listQuery = {
  type: 'object',
  properties: {
    motsCles: {
      type: 'string',
      maxLength: 200,
      description: 'Mots-clés séparés par des virgules ou des espaces (recherche en français ; un intitulé de métier trouve aussi les services de sa fiche ROME).',
      examples: ['entretien,embauche'],
    },
    thematique: { type: 'string', maxLength: 300, pattern: commaListPattern(THEME_SLUGS), description: `Thématiques, séparées par des virgules (l’une ou l’autre) : ${THEME_SLUGS.join(', ')}.` },
    typeService: { type: 'string', maxLength: 200, pattern: commaListPattern(SERVICE_TYPES), description: `Types de service, séparés par des virgules : ${SERVICE_TYPES.join(', ')}.` },
    public: {
      type: 'string',
      maxLength: 40,
      pattern: commaListPattern(AUDIENCES),
      description: 'Public visé, séparé par des virgules : candidats, entreprises, tous (les services pour tous répondent aux deux premiers).',
    },
    range: rangeParameter(PAGE),
  },
} as const;

const idParams = pathParams('id', { ...idSchema, description: 'Identifiant numérique de la fiche.' });

/** « Catalogue des services Emploi Store v1 »: the published service sheets and their images. */
export function registerCatalogueApi(app: FastifyInstance): void {
  const api = findApi('catalogue-des-services');
  if (!api) throw new Error('catalogue-des-services is missing from the API registry');
  const publicUrl = app.config.publicUrl;

  const listed = { type: 'object', required: ['resultats'], properties: { resultats: { type: 'array', items: serviceSheetSchema } } } as const;
  app.get<{ Querystring: ListQuery }>(
    `${api.basePath}/fichesservices`,
    protectedRoute(api, {
      summary: 'Lister les fiches de services',
      description:
        'Les fiches publiées du catalogue, filtrées par mots-clés, thématique, type de service et public. Sans mots-clés, par ordre alphabétique ; avec, les plus pertinentes d’abord. ' +
        `Pagination par le paramètre range : 200 quand tous les résultats tiennent dans la plage, 206 sinon, avec les en-têtes Content-Range et Accept-Range ; 204 sans contenu quand aucune fiche ne correspond.`,
      querystring: listQuery,
      response: {
        200: { description: 'Toutes les fiches correspondantes', headers: pageHeaders(RESOURCE, PAGE), ...listed },
        204: { description: 'Aucune fiche ne correspond', type: 'null' },
        206: { description: 'Une partie des fiches correspondantes (il y en a d’autres)', headers: pageHeaders(RESOURCE, PAGE), ...listed },
        ...partnerErrors(),
      },
    }),
    async (request, reply) => {
      const range = parseRange(request.query.range, PAGE);
      const { total, rows } = await searchServiceSheets(
        app.db,
        {
          keywords: (request.query.motsCles ?? '').replaceAll(',', ' '),
          themes: commaList(request.query.thematique),
          types: commaList(request.query.typeService),
          audiences: commaList(request.query.public),
        },
        range.first,
        range.last - range.first + 1,
      );
      if (total === 0) return reply.code(204).send();
      sendPageHeaders(reply, RESOURCE, PAGE, range, rows.length, total);
      return { resultats: rows.map((row) => toServiceSheetJson(row, publicUrl)) };
    },
  );

  app.get<{ Params: { id: number } }>(
    `${api.basePath}/fichesservices/:id`,
    protectedRoute(api, {
      summary: 'Lire une fiche de service',
      description: 'La fiche publiée de ce numéro, avec son fournisseur, son type, ses thématiques, son public, son prix, ses plateformes et son adresse.',
      params: idParams,
      response: { 200: { description: 'La fiche', ...serviceSheetSchema }, ...partnerErrors(NOT_FOUND) },
    }),
    async (request) => {
      const sheet = await findPublishedServiceSheet(app.db, request.params.id);
      if (!sheet) throw new AppError('SERVICE_NOT_FOUND');
      return toServiceSheetJson(sheet, publicUrl);
    },
  );

  app.get<{ Params: { id: number } }>(
    `${api.basePath}/fichesservices/:id/images`,
    protectedRoute(api, {
      summary: 'Images d’une fiche de service',
      description: 'Le logo puis les captures d’écran du service, avec leur adresse, leur format, un texte alternatif et leurs dimensions quand elles sont connues.',
      params: idParams,
      response: { 200: { description: 'Les images (liste vide si la fiche n’en a pas)', type: 'array', items: serviceImageSchema }, ...partnerErrors(NOT_FOUND) },
    }),
    async (request) => {
      const sheet = await findPublishedServiceSheet(app.db, request.params.id);
      if (!sheet) throw new AppError('SERVICE_NOT_FOUND');
      const images = [
        ...(sheet.logo_path ? [{ path: sheet.logo_path, kind: 'logo' as const, position: 1 }] : []),
        ...sheet.screenshots.map((path, index) => ({ path, kind: 'capture-ecran' as const, position: index + 1 })),
      ];
      return Promise.all(images.map(async (image) => toServiceImageJson(image, sheet.name, await imageFacts(app, image.path), publicUrl)));
    },
  );
}

/** Format and size of an uploaded image (/media/…); unknown for the others. */
async function imageFacts(app: FastifyInstance, path: string): Promise<ImageFacts | undefined> {
  const id = mediaIdFromPath(path);
  const info = id ? await findMediaInfo(app.db, id) : undefined;
  return info ? { contentType: info.content_type, width: info.width, height: info.height } : undefined;
}
