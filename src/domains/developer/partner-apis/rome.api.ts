import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { findJobTitleByCode, findRomeSheet, listJobTitlesOfSheets, listRomeDomains, pageJobTitles, searchRomeSheets } from '../../referentiels/index.js';
import { findApi } from '../apis.registry.js';
import { pageHeaders, parseRange, partnerErrors, pathParams, protectedRoute, rangeParameter, type RangeRule, sendPageHeaders } from './partner.schemas.js';
import {
  GRAND_DOMAIN_PATTERN,
  grandDomainSchema,
  jobTitleSchema,
  OGR_CODE_PATTERN,
  PROFESSIONAL_DOMAIN_PATTERN,
  professionalDomainSchema,
  ROME_CODE_PATTERN,
  romeSheetDetailSchema,
  romeSheetSchema,
  toJobTitleJson,
  toRomeSheetJson,
  treeSchema,
} from './rome.json.js';

const PAGE: RangeRule = { max: 100, defaultLast: 49 };
const textParameter = (description: string) => ({ type: 'string', minLength: 1, maxLength: 200, description }) as const;

/** ROME v1: the job referential (grands domaines, domaines professionnels, job sheets, job titles, tree). */
export function registerRomeApi(app: FastifyInstance): void {
  const api = findApi('rome');
  if (!api) throw new Error('rome is missing from the API registry');
  const base = api.basePath;

  app.get(
    `${base}/granddomaine`,
    protectedRoute(api, {
      summary: 'Lister les grands domaines',
      description: 'Les 14 grands domaines du ROME (une lettre, de A à N), par code.',
      response: { 200: { description: 'Les grands domaines', type: 'array', items: grandDomainSchema }, ...partnerErrors() },
    }),
    async () => (await listRomeDomains(app.db, 'grand-domaine')).map((domain) => ({ code: domain.code, libelle: domain.label })),
  );

  app.get<{ Querystring: { codeGrandDomaine?: string } }>(
    `${base}/domaineprofessionnel`,
    protectedRoute(api, {
      summary: 'Lister les domaines professionnels',
      description: 'Les domaines professionnels (lettre et deux chiffres), par code, chacun avec son grand domaine ; ceux d’un grand domaine avec codeGrandDomaine.',
      querystring: {
        type: 'object',
        properties: { codeGrandDomaine: { type: 'string', pattern: GRAND_DOMAIN_PATTERN, description: 'Code du grand domaine, par exemple D.' } },
      },
      response: { 200: { description: 'Les domaines professionnels', type: 'array', items: professionalDomainSchema }, ...partnerErrors() },
    }),
    async (request) => {
      const [grand, professional] = await Promise.all([
        listRomeDomains(app.db, 'grand-domaine'),
        listRomeDomains(app.db, 'domaine-professionnel', request.query.codeGrandDomaine),
      ]);
      const labels = new Map(grand.map((domain) => [domain.code, domain.label]));
      return professional.map((domain) => {
        const parent = domain.parentCode && labels.get(domain.parentCode);
        return { code: domain.code, libelle: domain.label, ...(parent ? { grandDomaine: { code: domain.parentCode, libelle: parent } } : {}) };
      });
    },
  );

  app.get<{ Querystring: { q?: string; codeDomaineProfessionnel?: string } }>(
    `${base}/metier`,
    protectedRoute(api, {
      summary: 'Lister ou chercher les fiches métiers',
      description:
        'Les fiches métiers ROME, par code, avec leur domaine professionnel. Avec q, celles dont le libellé ou une appellation contient le texte (sans tenir compte des majuscules ni des accents) ou en contient les mots, les libellés qui commencent par le texte d’abord.',
      querystring: {
        type: 'object',
        properties: {
          q: textParameter('Texte cherché dans les libellés, par exemple « boulangere ».'),
          codeDomaineProfessionnel: { type: 'string', pattern: PROFESSIONAL_DOMAIN_PATTERN, description: 'Code du domaine professionnel, par exemple D11.' },
        },
      },
      response: { 200: { description: 'Les fiches métiers (liste vide si aucune ne correspond)', type: 'array', items: romeSheetSchema }, ...partnerErrors() },
    }),
    async (request) => {
      const sheets = await searchRomeSheets(app.db, { text: request.query.q, domainCode: request.query.codeDomaineProfessionnel });
      return sheets.map(toRomeSheetJson);
    },
  );

  app.get<{ Params: { code: string } }>(
    `${base}/metier/:code`,
    protectedRoute(api, {
      summary: 'Lire une fiche métier',
      description: 'La fiche métier de ce code ROME, avec son domaine professionnel, son grand domaine et ses appellations.',
      params: pathParams('code', { type: 'string', pattern: ROME_CODE_PATTERN, description: 'Code ROME, par exemple D1102.' }),
      response: { 200: { description: 'La fiche métier', ...romeSheetDetailSchema }, ...partnerErrors('Code ROME inconnu : codeErreur ROME_SHEET_NOT_FOUND.') },
    }),
    async (request) => {
      const sheet = await findRomeSheet(app.db, request.params.code);
      if (!sheet) throw new AppError('ROME_SHEET_NOT_FOUND');
      const titles = await listJobTitlesOfSheets(app.db, [sheet.code]);
      return { ...toRomeSheetJson(sheet), appellations: titles.map((title) => toJobTitleJson(title, false)) };
    },
  );

  const titles = { type: 'array', items: jobTitleSchema } as const;
  app.get<{ Querystring: { q?: string; range?: string } }>(
    `${base}/appellation`,
    protectedRoute(api, {
      summary: 'Lister ou chercher les appellations',
      description:
        'Les appellations (intitulés de métiers, codes OGR) par libellé, chacune avec sa fiche métier. Avec q, celles dont le libellé contient le texte (sans tenir compte des majuscules ni des accents), en contient les mots, ou dont le code ROME est q. ' +
        'Pagination par le paramètre range : 200 quand tous les résultats tiennent dans la plage, 206 sinon, avec les en-têtes Content-Range et Accept-Range ; 204 sans contenu quand aucune ne correspond.',
      querystring: { type: 'object', properties: { q: textParameter('Texte cherché, par exemple « boulang ».'), range: rangeParameter(PAGE) } },
      response: {
        200: { description: 'Toutes les appellations correspondantes', headers: pageHeaders('appellations', PAGE), ...titles },
        204: { description: 'Aucune appellation ne correspond', type: 'null' },
        206: { description: 'Une partie des appellations correspondantes', headers: pageHeaders('appellations', PAGE), ...titles },
        ...partnerErrors(),
      },
    }),
    async (request, reply) => {
      const range = parseRange(request.query.range, PAGE);
      const { total, rows } = await pageJobTitles(app.db, request.query.q ?? '', range.first, range.last - range.first + 1);
      if (total === 0) return reply.code(204).send();
      sendPageHeaders(reply, 'appellations', PAGE, range, rows.length, total);
      return rows.map((row) => toJobTitleJson(row, true));
    },
  );

  app.get<{ Params: { code: string } }>(
    `${base}/appellation/:code`,
    protectedRoute(api, {
      summary: 'Lire une appellation',
      description: 'L’appellation de ce code OGR, avec sa fiche métier.',
      params: pathParams('code', { type: 'string', pattern: OGR_CODE_PATTERN, description: 'Code OGR, par exemple 11573.' }),
      response: { 200: { description: 'L’appellation', ...jobTitleSchema }, ...partnerErrors('Code OGR inconnu : codeErreur APPELLATION_NOT_FOUND.') },
    }),
    async (request) => {
      const title = await findJobTitleByCode(app.db, request.params.code);
      if (!title) throw new AppError('APPELLATION_NOT_FOUND');
      return toJobTitleJson(title, true);
    },
  );

  app.get(
    `${base}/arborescence`,
    protectedRoute(api, {
      summary: 'Arborescence des métiers',
      description: 'Tout l’arbre du ROME : chaque grand domaine, ses domaines professionnels, et leurs fiches métiers (code et libellé), par code.',
      response: { 200: { description: 'L’arborescence', ...treeSchema }, ...partnerErrors() },
    }),
    async (_request, reply) => {
      const [grand, professional, sheets] = await Promise.all([
        listRomeDomains(app.db, 'grand-domaine'),
        listRomeDomains(app.db, 'domaine-professionnel'),
        searchRomeSheets(app.db),
      ]);
      reply.header('cache-control', 'private, max-age=3600');
      return grand.map((top) => ({
        code: top.code,
        libelle: top.label,
        domainesProfessionnels: professional
          .filter((domain) => domain.parentCode === top.code)
          .map((domain) => ({
            code: domain.code,
            libelle: domain.label,
            metiers: sheets.filter((sheet) => sheet.domainCode === domain.code).map((sheet) => ({ code: sheet.code, libelle: sheet.label })),
          })),
      }));
    },
  );
}
