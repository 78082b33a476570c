import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { requireMembership } from '../partners/membership.js';
import { CSV_BOM, csvLine } from './csv.js';
import { parisDay, parsePeriod, type Period } from './period.js';
import { listOrganisationServices, type OrganisationService } from './statistics.repository.js';
import { averageRating, buildDashboard, dailyRowsForExport } from './statistics.service.js';
import { type StatisticsForm, StatisticsPage } from './statistics.page.js';

interface Query {
  periode?: string;
  du?: string;
  au?: string;
  service?: string;
}

const schema = {
  hide: true,
  params: { type: 'object', properties: { org: { type: 'string', maxLength: 100 } }, required: ['org'] },
  querystring: {
    type: 'object',
    properties: {
      periode: { type: 'string', maxLength: 20 },
      du: { type: 'string', maxLength: 20 },
      au: { type: 'string', maxLength: 20 },
      service: { type: 'string', maxLength: 100 },
    },
  },
} as const;

const SERVICE_ERROR = 'Ce service ne fait pas partie des services de l’organisation.';

interface Selection {
  form: StatisticsForm;
  errors: FieldErrors;
  period: Period | null;
  /** The services the figures are about: the chosen one, or all of the organisation's. */
  services: OrganisationService[];
}

/** Reads the period and the service filter; only the organisation's own services can be chosen. */
function select(query: Query, all: OrganisationService[], now: Date): Selection {
  const form: StatisticsForm = { periode: query.periode?.trim() ?? '', du: query.du?.trim() ?? '', au: query.au?.trim() ?? '', service: query.service?.trim() ?? '' };
  const parsed = parsePeriod(query, parisDay(now));
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const chosen = form.service ? all.find((service) => service.slug === form.service) : undefined;
  if (form.service && !chosen) errors.service = SERVICE_ERROR;
  if (!parsed.ok || errors.service) return { form, errors, period: null, services: [] };
  const { period } = parsed;
  return { form: { ...form, periode: period.choice, du: period.from, au: period.to }, errors, period, services: chosen ? [chosen] : all };
}

async function loadSelection(db: Db, orgId: number, query: Query) {
  const all = await listOrganisationServices(db, orgId);
  return { all, ...select(query, all, new Date()) };
}

export function registerStatisticsRoutes(app: FastifyInstance): void {
  app.get<{ Params: { org: string }; Querystring: Query }>('/espace-partenaire/:org/statistiques', { config: { access: 'verified' }, schema }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer);
    const { all, form, errors, period, services } = await loadSelection(app.db, membership.organisation.id, request.query);
    const dashboard = period && all.length ? await buildDashboard(app.db, services, period) : null;
    const csv = new URLSearchParams({ du: form.du, au: form.au, ...(form.service ? { service: form.service } : {}) });
    if (Object.keys(errors).length) reply.status(400);
    return reply.page(
      { title: `${Object.keys(errors).length ? 'Erreur – ' : ''}Statistiques – ${membership.organisation.name}` },
      h(StatisticsPage, { membership, form, services: all, errors, dashboard, csvHref: period ? `/espace-partenaire/${membership.organisation.slug}/statistiques.csv?${csv}` : null }),
    );
  });

  // One line per service and per day, for spreadsheets (French Excel: `;`, BOM).
  app.get<{ Params: { org: string }; Querystring: Query }>('/espace-partenaire/:org/statistiques.csv', { config: { access: 'verified' }, schema }, async (request, reply) => {
    const membership = await requireMembership(app.db, request.params.org, request.viewer);
    const { errors, period, services } = await loadSelection(app.db, membership.organisation.id, request.query);
    if (!period) {
      const message = Object.values(errors)[0];
      throw errors.service && !errors.du && !errors.au && !errors.periode ? new AppError('INVALID_PARAMETER', SERVICE_ERROR) : new AppError('INVALID_PERIOD', message);
    }
    const rows = await dailyRowsForExport(app.db, services, period);
    let body = CSV_BOM + csvLine(['Date', 'Service', 'Adresse du service', 'Vues', 'Accès au service', 'Favoris ajoutés', 'Favoris retirés', 'Notes', 'Note moyenne']);
    for (const { service, day, totals } of rows) {
      const average = averageRating(totals);
      body += csvLine([day, service.name, service.slug, totals.views, totals.link_outs, totals.favourites_added, totals.favourites_removed, totals.ratings, average === null ? null : Math.round(average * 100) / 100]);
    }
    const file = `statistiques-${membership.organisation.slug.replace(/[^a-z0-9-]/gi, '')}-${period.from}-${period.to}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  });
}
