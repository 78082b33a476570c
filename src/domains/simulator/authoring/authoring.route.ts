import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { formBodySchema } from '../../../platform/http/form-body.js';
import type { ScenarioRow } from '../simulator.table.js';
import { readableJson } from '../storage/canonical-json.js';
import { findVersionDocument, listScenarios, listVersions } from '../storage/scenarios.repository.js';
import { type AuthorScope, authorScope, mayAuthor, requireEditableScenario } from './authoring-access.js';
import { createScenario, draftOf, mutateDraft, publishScenarioVersion, saveDraftAsVersion, withdrawScenario } from './authoring.service.js';
import { draftIssues, newDraft, withMetadata } from './draft.js';
import { metadataToForm, parseMetadataForm } from './metadata-form.js';
import { EDITOR_HOME, editorHref } from './pages/editor-frame.js';
import { MetadataPage } from './pages/metadata.page.js';
import { ScenarioEditorPage } from './pages/scenario-editor.page.js';
import { ScenariosListPage } from './pages/scenarios-list.page.js';
import type { StepFormValues } from './step-form-values.js';
import { simulatorHead } from '../simulator-head.js';

export const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
export type SlugRoute = { Params: { slug: string }; Body: StepFormValues };
/** Text fields, and the checkboxes sent as repeated names. */
export const editorBody = {
  type: 'object',
  additionalProperties: { anyOf: [{ type: 'string', maxLength: 20_000 }, { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } }] },
} as const;
export const access = { access: 'verified' } as const;

const NOTICES: Record<string, string> = {
  cree: 'Le scénario est créé : ajoutez ses étapes, puis enregistrez une version.',
  informations: 'Les informations sont enregistrées dans le brouillon.',
  etape: 'L’étape est enregistrée dans le brouillon.',
  'etape-supprimee': 'L’étape est supprimée du brouillon.',
  ordre: 'L’ordre des étapes est enregistré.',
  debut: 'L’entretien commence désormais par cette étape.',
  version: 'Une nouvelle version est enregistrée : publiez-la pour que les joueurs l’aient.',
  'version-identique': 'Le brouillon est identique à la dernière version : aucune nouvelle version n’a été créée.',
  publie: 'La version est publiée : les nouvelles parties la jouent.',
  retire: 'Le scénario n’est plus proposé aux joueurs.',
  importe: 'Le document est importé et enregistré comme nouvelle version.',
};

async function ownerName(db: Db, scenario: ScenarioRow): Promise<string> {
  if (scenario.organisation_id === null) return 'l’opérateur';
  const organisation = await db.selectFrom('organisations').select('name').where('id', '=', scenario.organisation_id).executeTakeFirst();
  return organisation?.name ?? 'une organisation';
}

/** The editor's overview of a scenario (also re-rendered with status 400 when a version is refused). */
export async function renderEditor(app: FastifyInstance, reply: FastifyReply, scenario: ScenarioRow, options: { notice?: string; refused?: boolean } = {}) {
  const [versions, owner] = await Promise.all([listVersions(app.db, scenario.id), ownerName(app.db, scenario)]);
  const published = versions.find((version) => version.id === scenario.published_version_id);
  const draft = draftOf(scenario);
  return reply.header('cache-control', 'no-store').page(
    { title: `${options.refused ? 'Erreur — ' : ''}${scenario.title} — éditeur de scénario`, head: simulatorHead() },
    h(ScenarioEditorPage, { scenario, ownerName: owner, draft, issues: draftIssues(draft), versions, publishedNumber: published?.number ?? null, csrfToken: reply.generateCsrf(), ...options }),
  );
}

const renderMetadata = (reply: FastifyReply, props: { scenario?: ScenarioRow; values: StepFormValues; errors?: Record<string, string>; scope: AuthorScope }) =>
  reply.header('cache-control', 'no-store').page(
    { title: `${props.errors && Object.keys(props.errors).length ? 'Erreur — ' : ''}${props.scenario ? `Informations — ${props.scenario.title}` : 'Nouveau scénario'}`, head: simulatorHead() },
    h(MetadataPage, { scenario: props.scenario ? { slug: props.scenario.slug, title: props.scenario.title } : undefined, values: props.values, errors: props.errors ?? {}, scope: props.scope, csrfToken: reply.generateCsrf() }),
  );

const viewerOf = (request: { viewer: Viewer | null }) => request.viewer!;

/** The scenario editor: list, creation, overview, information, versions, publication, JSON export. */
export function registerAuthoringRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { info?: string } }>(EDITOR_HOME, { config: access, schema: { hide: true, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } }, async (request, reply) => {
    const scope = await authorScope(app.db, viewerOf(request));
    const scenarios = await listScenarios(app.db, scope.staff ? { all: true } : { all: false, organisationIds: scope.organisations.map((item) => item.id), operator: false });
    return reply.header('cache-control', 'no-store').page({ title: 'Scénarios du simulateur', head: simulatorHead() }, h(ScenariosListPage, { scenarios, author: mayAuthor(scope), notice: NOTICES[request.query.info ?? ''] }));
  });

  app.get(`${EDITOR_HOME}/nouveau`, { config: access, schema: { hide: true } }, async (request, reply) => {
    const scope = await authorScope(app.db, viewerOf(request));
    if (!mayAuthor(scope)) return reply.redirect(EDITOR_HOME, 303);
    return renderMetadata(reply, { values: { genre: 'entretien', typesEntretien: ['premier_entretien'], competences: ['presentation', 'motivation', 'connaissance_entreprise', 'savoir_etre', 'argumentation'] }, scope });
  });

  app.post<{ Body: StepFormValues }>(`${EDITOR_HOME}/nouveau`, { config: access, schema: { hide: true, body: editorBody } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const scope = await authorScope(app.db, viewer);
    const values = request.body ?? {};
    // Someone who is neither staff nor a partner has no organisation to write for: a form error.
    const parsed = parseMetadataForm(values, scope, true);
    if (!parsed.ok) return renderMetadata(reply.status(400), { values, errors: parsed.errors, scope });
    const { slug, kind, organisationId, metadata } = parsed.result;
    const created = await createScenario(app.db, viewer, { slug, kind, organisationId, draft: newDraft(slug, metadata) });
    if (created === 'slug-taken') return renderMetadata(reply.status(400), { values, errors: { adresse: `L’adresse « ${slug} » est déjà prise par un autre scénario : choisissez-en une autre.` }, scope });
    return reply.redirect(`${editorHref(slug)}?info=cree`, 303);
  });

  app.get<{ Params: { slug: string }; Querystring: { info?: string } }>(
    `${EDITOR_HOME}/:slug`,
    { config: access, schema: { hide: true, params: slugParams, querystring: { type: 'object', properties: { info: { type: 'string', maxLength: 40 } } } } },
    async (request, reply) => {
      const { scenario } = await requireEditableScenario(app.db, viewerOf(request), request.params.slug);
      return renderEditor(app, reply, scenario, { notice: NOTICES[request.query.info ?? ''] });
    },
  );

  app.get<{ Params: { slug: string } }>(`${EDITOR_HOME}/:slug/informations`, { config: access, schema: { hide: true, params: slugParams } }, async (request, reply) => {
    const { scenario, scope } = await requireEditableScenario(app.db, viewerOf(request), request.params.slug);
    return renderMetadata(reply, { scenario, values: metadataToForm(draftOf(scenario), scenario.kind), scope });
  });

  app.post<SlugRoute>(`${EDITOR_HOME}/:slug/informations`, { config: access, schema: { hide: true, params: slugParams, body: editorBody } }, async (request, reply) => {
    const { scenario, scope } = await requireEditableScenario(app.db, viewerOf(request), request.params.slug);
    const values = request.body ?? {};
    const parsed = parseMetadataForm(values, scope, false, draftOf(scenario));
    if (!parsed.ok) return renderMetadata(reply.status(400), { scenario, values, errors: parsed.errors, scope });
    await mutateDraft(app.db, scenario.id, (draft) => withMetadata(draft, parsed.result.metadata), { title: parsed.result.metadata.title, kind: parsed.result.kind });
    return reply.redirect(`${editorHref(scenario.slug)}?info=informations`, 303);
  });

  app.post<SlugRoute>(`${EDITOR_HOME}/:slug/versions`, { config: access, schema: { hide: true, params: slugParams, body: formBodySchema([]) } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { scenario } = await requireEditableScenario(app.db, viewer, request.params.slug);
    const saved = await saveDraftAsVersion(app.db, viewer, scenario.id);
    if (!saved.ok) return renderEditor(app, reply.status(400), scenario, { refused: true });
    return reply.redirect(`${editorHref(scenario.slug)}?info=${saved.unchanged ? 'version-identique' : 'version'}`, 303);
  });

  app.post<SlugRoute>(`${EDITOR_HOME}/:slug/publier`, { config: access, schema: { hide: true, params: slugParams, body: editorBody } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { scenario } = await requireEditableScenario(app.db, viewer, request.params.slug);
    const number = Number(request.body?.version);
    if (!Number.isInteger(number) || number < 1) throw new AppError('SIMULATOR_NOT_PUBLISHABLE');
    await publishScenarioVersion(app.db, viewer, scenario.id, number);
    return reply.redirect(`${editorHref(scenario.slug)}?info=publie`, 303);
  });

  app.post<SlugRoute>(`${EDITOR_HOME}/:slug/retirer`, { config: access, schema: { hide: true, params: slugParams, body: formBodySchema([]) } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { scenario } = await requireEditableScenario(app.db, viewer, request.params.slug);
    await withdrawScenario(app.db, viewer, scenario.id);
    return reply.redirect(`${editorHref(scenario.slug)}?info=retire`, 303);
  });

  app.get<{ Params: { slug: string }; Querystring: { version?: number } }>(
    `${EDITOR_HOME}/:slug/export.json`,
    { config: access, schema: { hide: true, params: slugParams, querystring: { type: 'object', properties: { version: { type: 'integer', minimum: 1, maximum: 100000 } } } } },
    async (request, reply) => {
      const { scenario } = await requireEditableScenario(app.db, viewerOf(request), request.params.slug);
      const number = request.query.version;
      const version = number ? await findVersionDocument(app.db, scenario.id, number) : undefined;
      if (number && !version) throw new AppError('NOT_FOUND', "Cette version du scénario n'existe pas.");
      const document = version?.document ?? draftOf(scenario);
      const name = number ? `${scenario.slug}-version-${number}.json` : `${scenario.slug}-brouillon.json`;
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${name}"`)
        .type('application/json; charset=utf-8')
        .send(readableJson(document));
    },
  );
}
