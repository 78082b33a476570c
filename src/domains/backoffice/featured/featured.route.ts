import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { auditActorOf } from '../../../platform/audit/audit.repository.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { STAFF } from '../backoffice.access.js';
import { FeaturedPage } from './featured.page.js';
import { listFeatured, searchCandidates } from './featured.repository.js';
import { addFeatured, type FeaturedResult, moveFeatured, parseServiceId, removeFeatured } from './featured.service.js';

const NOTICES = {
  ajoute: 'Le service est à la une : il apparaît déjà sur la page d’accueil.',
  retire: 'Le service n’est plus à la une.',
  deplace: 'L’ordre des services à la une est enregistré.',
} as const;
type NoticeKey = keyof typeof NOTICES;

const CANDIDATES_SHOWN = 20;
// Checked after access (a schema pattern would answer 400 before the 403 of a visitor without rights).
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;
const clean = (value: string | undefined) => (value ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
const pageUrl = (q: string, notice: NoticeKey) => `/administration/a-la-une?${new URLSearchParams({ ...(q ? { q } : {}), [notice]: '1' }).toString()}`;

/** Featured services of the home page: list, order, add from a catalogue search, remove. */
export function registerFeaturedRoutes(app: FastifyInstance): void {
  const render = async (reply: FastifyReply, q: string, notice?: string, error?: string) => {
    const [featured, candidates] = [await listFeatured(app.db), q ? await searchCandidates(app.db, q, CANDIDATES_SHOWN) : null];
    return reply
      .header('cache-control', 'no-store')
      .page({ title: `${error ? 'Erreur — ' : ''}Services à la une — Administration` }, h(FeaturedPage, { featured, q, candidates, csrfToken: reply.generateCsrf(), notice, error }));
  };
  const answer = async (reply: FastifyReply, result: FeaturedResult, q: string, notice: NoticeKey) =>
    result.ok ? reply.redirect(pageUrl(q, notice), 303) : render(reply.status(result.status), q, undefined, result.message);

  app.get<{ Querystring: { q?: string } & Partial<Record<NoticeKey, string>> }>(
    '/administration/a-la-une',
    {
      config: { access: STAFF },
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 }, ...Object.fromEntries(Object.keys(NOTICES).map((key) => [key, { type: 'string', maxLength: 10 }])) } },
      },
    },
    async (request, reply) => {
      const notice = (Object.keys(NOTICES) as NoticeKey[]).find((key) => request.query[key] !== undefined);
      return render(reply, clean(request.query.q), notice ? NOTICES[notice] : undefined);
    },
  );

  app.post<{ Body: FormBody<'service' | 'q'> }>(
    '/administration/a-la-une/ajouter',
    { config: { access: STAFF }, schema: { hide: true, body: formBodySchema(['service', 'q']) } },
    async (request, reply) => {
      const q = clean(request.body?.q);
      const id = parseServiceId(request.body?.service);
      if (id === null) return render(reply.status(400), q, undefined, 'Choisissez un service à mettre à la une dans les résultats de la recherche.');
      return answer(reply, await addFeatured(app.db, id, auditActorOf(request.viewer!)), q, 'ajoute');
    },
  );

  app.post<{ Params: { id: string }; Body: FormBody<never> }>(
    '/administration/a-la-une/:id/retirer',
    { config: { access: STAFF }, schema: { hide: true, params: idParams, body: formBodySchema([]) } },
    async (request, reply) => answer(reply, await removeFeatured(app.db, parseServiceId(request.params.id) ?? 0, auditActorOf(request.viewer!)), '', 'retire'),
  );

  app.post<{ Params: { id: string }; Body: FormBody<'sens'> }>(
    '/administration/a-la-une/:id/deplacer',
    { config: { access: STAFF }, schema: { hide: true, params: idParams, body: formBodySchema(['sens']) } },
    async (request, reply) => {
      const direction = request.body?.sens;
      if (direction !== 'haut' && direction !== 'bas') return render(reply.status(400), '', undefined, 'Choisissez de monter ou de descendre le service.');
      return answer(reply, await moveFeatured(app.db, parseServiceId(request.params.id) ?? 0, direction, auditActorOf(request.viewer!)), '', 'deplace');
    },
  );
}
