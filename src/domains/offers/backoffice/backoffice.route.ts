import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { auditActorOf, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Role } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { JOB_AUTOCOMPLETE_SCRIPT } from '../../referentiels/index.js';
import type { JobOffer } from '../offers.table.js';
import { emptyOfferForm, OFFER_FORM_FIELDS, type OfferFormField, offerFormOf, readOfferForm, validateOfferForm } from './offer-form.service.js';
import { ADMIN_OFFERS_HREF, AdminOffersPage, OfferFormPage, type OfferFormPageProps } from './offers-admin.page.js';
import { findAdminOffer, insertAgencyOffer, listOfferSources, searchAdminOffers, setOfferStatus, updateOffer } from './offers-admin.repository.js';

const STAFF: readonly Role[] = ['moderateur', 'administrateur'];
const PAGE_SIZE = 30;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 20 } } } as const;
const NOTICES: Record<string, string> = {
  creee: 'L’offre est publiée.',
  modifiee: 'Les modifications sont enregistrées.',
  expiree: 'L’offre est retirée : elle répond désormais « expirée » (410) avec sa date d’expiration.',
  republiee: 'L’offre est de nouveau en ligne.',
};
const noticeQuery = { type: 'object', properties: { info: { type: 'string', maxLength: 20 } } } as const;

/** Staff (moderators, administrators): list, create, edit, expire and republish offers; audited. */
export function registerOffersBackoffice(app: FastifyInstance): void {
  const head = h('script', { type: 'module', src: JOB_AUTOCOMPLETE_SCRIPT });
  const renderForm = (reply: FastifyReply, props: Omit<OfferFormPageProps, 'csrfToken'>) =>
    reply
      .header('cache-control', 'no-store')
      .page({ title: `${Object.keys(props.errors).length ? 'Erreur — ' : ''}${props.offer ? `Modifier l’offre ${props.offer.id}` : 'Créer une offre'}`, head }, h(OfferFormPage, { ...props, csrfToken: reply.generateCsrf() }));
  const load = async (id: string): Promise<JobOffer> => {
    const offer = await findAdminOffer(app.db, id);
    if (!offer) throw new AppError('OFFER_NOT_FOUND');
    return offer;
  };

  app.get<{ Querystring: { q?: string; source?: string; statut?: '' | 'active' | 'expiree'; page?: number } }>(
    ADMIN_OFFERS_HREF,
    {
      config: { access: STAFF },
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          properties: { q: { type: 'string', maxLength: 200 }, source: { type: 'string', maxLength: 60 }, statut: { type: 'string', enum: ['', 'active', 'expiree'] }, page: { type: 'integer', minimum: 1, maximum: 10000 } },
        },
      },
    },
    async (request, reply) => {
      const filters = { q: request.query.q?.trim() ?? '', source: request.query.source ?? '', status: request.query.statut ?? '' };
      const page = request.query.page ?? 1;
      const [{ total, rows }, sources] = await Promise.all([searchAdminOffers(app.db, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE), listOfferSources(app.db)]);
      const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
      return reply.header('cache-control', 'no-store').page({ title: `Offres d’emploi${page > 1 ? ` — page ${page}` : ''}` }, h(AdminOffersPage, { filters, sources, page, pageCount, total, rows }));
    },
  );

  app.get(`${ADMIN_OFFERS_HREF}/nouvelle`, { config: { access: STAFF }, schema: { hide: true } }, async (_request, reply) =>
    renderForm(reply, { offer: null, values: emptyOfferForm(), errors: {}, suggestions: [] }),
  );

  app.post<{ Body: FormBody<OfferFormField> }>(`${ADMIN_OFFERS_HREF}/nouvelle`, { config: { access: STAFF }, schema: { hide: true, body: formBodySchema(OFFER_FORM_FIELDS) } }, async (request, reply) => {
    const values = readOfferForm(request.body ?? {});
    const now = new Date();
    const result = await validateOfferForm(app.db, values, null, now);
    if (result.errors) return renderForm(reply.status(400), { offer: null, values, errors: result.errors, suggestions: result.suggestions });
    const id = await app.db.transaction().execute(async (trx) => {
      const created = await insertAgencyOffer(trx, result.row, result.dedupKey);
      await recordAudit(trx, { actor: auditActorOf(request.viewer!), action: 'offer.create', subjectKind: 'offre', subjectId: created, summary: `Création de l’offre ${created} « ${values.intitule} »`, after: values });
      return created;
    });
    return reply.redirect(`${ADMIN_OFFERS_HREF}/${id}?info=creee`, 303);
  });

  app.get<{ Params: { id: string }; Querystring: { info?: string } }>(`${ADMIN_OFFERS_HREF}/:id`, { config: { access: STAFF }, schema: { hide: true, params: idParams, querystring: noticeQuery } }, async (request, reply) => {
    const offer = await load(request.params.id);
    return renderForm(reply, { offer, values: offerFormOf(offer), errors: {}, suggestions: [], notice: NOTICES[request.query.info ?? ''] });
  });

  app.post<{ Params: { id: string }; Body: FormBody<OfferFormField> }>(`${ADMIN_OFFERS_HREF}/:id`, { config: { access: STAFF }, schema: { hide: true, params: idParams, body: formBodySchema(OFFER_FORM_FIELDS) } }, async (request, reply) => {
    const offer = await load(request.params.id);
    const values = readOfferForm(request.body ?? {});
    const result = await validateOfferForm(app.db, values, offer, new Date());
    if (result.errors) return renderForm(reply.status(400), { offer, values, errors: result.errors, suggestions: result.suggestions });
    await app.db.transaction().execute(async (trx) => {
      await updateOffer(trx, offer.id, result.row, result.dedupKey);
      await recordAudit(trx, { actor: auditActorOf(request.viewer!), action: 'offer.update', subjectKind: 'offre', subjectId: offer.id, summary: `Modification de l’offre ${offer.id} « ${values.intitule} »`, before: offerFormOf(offer), after: values });
    });
    return reply.redirect(`${ADMIN_OFFERS_HREF}/${offer.id}?info=modifiee`, 303);
  });

  for (const [path, status, action, verb, info] of [
    ['expirer', 'expiree', 'offer.expire', 'Retrait', 'expiree'],
    ['republier', 'active', 'offer.republish', 'Remise en ligne', 'republiee'],
  ] as const) {
    app.post<{ Params: { id: string }; Body: FormBody<never> }>(`${ADMIN_OFFERS_HREF}/:id/${path}`, { config: { access: STAFF }, schema: { hide: true, params: idParams, body: formBodySchema([]) } }, async (request, reply) => {
      const offer = await load(request.params.id);
      if (offer.status !== status) {
        await app.db.transaction().execute(async (trx) => {
          await setOfferStatus(trx, offer.id, status, new Date());
          await recordAudit(trx, { actor: auditActorOf(request.viewer!), action, subjectKind: 'offre', subjectId: offer.id, summary: `${verb} de l’offre ${offer.id} « ${offer.intitule} »`, before: { status: offer.status }, after: { status } });
        });
      }
      return reply.redirect(`${ADMIN_OFFERS_HREF}/${offer.id}?info=${info}`, 303);
    });
  }
}
