import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { type MultipartBody, multipartBodySchema, uploadedFile } from '../../../platform/http/multipart.js';
import type { ScenarioRow } from '../simulator.table.js';
import { access, slugParams } from './authoring.route.js';
import { type AuthorScope, authorScope, mayAuthor, requireEditableScenario } from './authoring-access.js';
import { importScenario, parseJsonText } from './authoring.service.js';
import { NOT_AN_AUTHOR, OPERATOR_OWNER, RESERVED_SLUGS } from './metadata-form.js';
import { EDITOR_HOME, editorHref } from './pages/editor-frame.js';
import { ImportPage } from './pages/import.page.js';
import { simulatorHead } from '../simulator-head.js';

type ImportBody = MultipartBody<'json' | 'organisation' | 'genre', 'fichier'>;
const importBody = multipartBodySchema(['json', 'organisation', 'genre'], ['fichier']);

interface ImportState {
  json: string;
  organisation: string;
  genre: string;
  errors: Record<string, string>;
  issues: string[];
}

function renderImport(reply: FastifyReply, scope: AuthorScope, scenario: ScenarioRow | undefined, state: ImportState) {
  const failed = Object.keys(state.errors).length > 0 || state.issues.length > 0;
  return reply.header('cache-control', 'no-store').page(
    { title: `${failed ? 'Erreur — ' : ''}Importer un scénario`, head: simulatorHead() },
    h(ImportPage, { scenario: scenario ? { slug: scenario.slug, title: scenario.title } : undefined, ...state, scope, csrfToken: reply.generateCsrf() }),
  );
}

/** The document sent: the file when one was chosen, else the text area; or the error to show. */
function documentText(body: ImportBody | undefined): { json: string } | { errors: Record<string, string>; json: string } {
  const typed = body?.json ?? '';
  const file = uploadedFile(body?.fichier);
  if (file) {
    if (file.truncated) return { errors: { fichier: 'Le fichier dépasse 2 Mo.' }, json: typed };
    const text = file.data.toString('utf8');
    return { json: text.replace(/^\uFEFF/, '') };
  }
  if (!typed.trim()) return { errors: { json: 'Collez le document JSON ou choisissez un fichier.' }, json: typed };
  return { json: typed };
}

/** Importing a scenario document (a new scenario, or a new version of one): a text area or a file. */
export function registerImportRoutes(app: FastifyInstance): void {
  const empty: ImportState = { json: '', organisation: '', genre: 'entretien', errors: {}, issues: [] };

  app.get(`${EDITOR_HOME}/importer`, { config: access, schema: { hide: true } }, async (request, reply) => {
    const scope = await authorScope(app.db, request.viewer!);
    return mayAuthor(scope) ? renderImport(reply, scope, undefined, empty) : reply.redirect(EDITOR_HOME, 303);
  });

  app.post<{ Body: ImportBody }>(`${EDITOR_HOME}/importer`, { config: { ...access, multipart: true }, schema: { hide: true, body: importBody } }, async (request, reply) => {
    const viewer = request.viewer!;
    const scope = await authorScope(app.db, viewer);
    const organisation = request.body?.organisation ?? '';
    const genre = request.body?.genre === 'jeu-serieux' ? 'jeu-serieux' : 'entretien';
    const sent = documentText(request.body);
    const state: ImportState = { ...empty, json: sent.json, organisation, genre };
    const owner = scope.organisations.find((item) => String(item.id) === organisation);
    const errors: Record<string, string> = 'errors' in sent ? { ...sent.errors } : {};
    if (!mayAuthor(scope)) errors.organisation = NOT_AN_AUTHOR;
    else if (!owner && !(scope.staff && (organisation === OPERATOR_OWNER || (!organisation && !scope.organisations.length)))) errors.organisation = 'Choisissez pour quelle organisation vous importez ce scénario.';
    const parsed = 'errors' in sent ? null : parseJsonText(sent.json);
    if (parsed && !parsed.ok) errors[uploadedFile(request.body?.fichier) ? 'fichier' : 'json'] = parsed.message;
    if (Object.keys(errors).length || !parsed?.ok) return renderImport(reply.status(400), scope, undefined, { ...state, errors });
    const id = (parsed.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && RESERVED_SLUGS.includes(id)) return renderImport(reply.status(400), scope, undefined, { ...state, issues: [`L’identifiant « ${id} » est réservé : changez l’« id » du document.`] });
    const outcome = await importScenario(app.db, viewer, parsed.value, { organisationId: owner?.id ?? null, kind: genre });
    if (!outcome.ok) return renderImport(reply.status(400), scope, undefined, { ...state, issues: outcome.issues });
    return reply.redirect(`${editorHref(outcome.slug)}?info=importe`, 303);
  });

  app.get<{ Params: { slug: string } }>(`${EDITOR_HOME}/:slug/importer`, { config: access, schema: { hide: true, params: slugParams } }, async (request, reply) => {
    const { scenario, scope } = await requireEditableScenario(app.db, request.viewer!, request.params.slug);
    return renderImport(reply, scope, scenario, empty);
  });

  app.post<{ Params: { slug: string }; Body: ImportBody }>(
    `${EDITOR_HOME}/:slug/importer`,
    { config: { ...access, multipart: true }, schema: { hide: true, params: slugParams, body: importBody } },
    async (request, reply) => {
      const viewer = request.viewer!;
      const { scenario, scope } = await requireEditableScenario(app.db, viewer, request.params.slug);
      const sent = documentText(request.body);
      const state: ImportState = { ...empty, json: sent.json };
      if ('errors' in sent) return renderImport(reply.status(400), scope, scenario, { ...state, errors: sent.errors });
      const parsed = parseJsonText(sent.json);
      if (!parsed.ok) return renderImport(reply.status(400), scope, scenario, { ...state, errors: { [uploadedFile(request.body?.fichier) ? 'fichier' : 'json']: parsed.message } });
      const outcome = await importScenario(app.db, viewer, parsed.value, { scenario });
      if (!outcome.ok) return renderImport(reply.status(400), scope, scenario, { ...state, issues: outcome.issues });
      return reply.redirect(`${editorHref(scenario.slug)}?info=importe`, 303);
    },
  );
}
