import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { auditActorOf } from '../../../platform/audit/audit.repository.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { STAFF } from '../backoffice.access.js';
import { ThemeEditPage } from './theme-edit.page.js';
import { findEditableTheme, listEditableThemes, type ThemeTexts } from './themes.repository.js';
import { fingerprint, saveThemeTexts } from './themes.service.js';
import { ThemesPage } from './themes.page.js';

interface EditRoute {
  Params: { slug: string };
  Querystring: { enregistre?: string; inchange?: string };
  Body: FormBody<'name' | 'summary' | 'description' | 'empreinte'>;
}

const params = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
const notices = { type: 'object', properties: { enregistre: { type: 'string', maxLength: 10 }, inchange: { type: 'string', maxLength: 10 } } } as const;

/** Themes' texts, editable by moderators and administrators (every change is audited). */
export function registerThemeRoutes(app: FastifyInstance): void {
  app.get('/administration/thematiques', { config: { access: STAFF }, schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').page({ title: 'Thématiques — Administration' }, h(ThemesPage, { themes: await listEditableThemes(app.db) })),
  );

  const render = async (request: FastifyRequest<EditRoute>, reply: FastifyReply, values?: ThemeTexts, errors: FieldErrors = {}, formError?: string, notice?: string) => {
    const theme = await findEditableTheme(app.db, request.params.slug);
    if (!theme) throw new AppError('THEME_NOT_FOUND');
    const failed = Object.keys(errors).length > 0 || formError !== undefined;
    return reply.header('cache-control', 'no-store').page(
      { title: `${failed ? 'Erreur — ' : ''}Modifier la thématique « ${theme.name} » — Administration` },
      h(ThemeEditPage, { theme, values: values ?? theme, fingerprint: fingerprint(theme), csrfToken: reply.generateCsrf(), errors, formError, notice }),
    );
  };

  app.get<EditRoute>('/administration/thematiques/:slug', { config: { access: STAFF }, schema: { hide: true, params, querystring: notices } }, async (request, reply) => {
    const notice =
      request.query.enregistre !== undefined ? 'Les textes de la thématique sont enregistrés : ils sont déjà visibles sur le site.' : request.query.inchange !== undefined ? 'Aucun texte n’a changé : rien n’a été enregistré.' : undefined;
    return render(request, reply, undefined, {}, undefined, notice);
  });

  app.post<EditRoute>(
    '/administration/thematiques/:slug',
    { config: { access: STAFF }, schema: { hide: true, params, body: formBodySchema(['name', 'summary', 'description', 'empreinte']) } },
    async (request, reply) => {
      const body = request.body ?? {};
      if (!(await findEditableTheme(app.db, request.params.slug))) throw new AppError('THEME_NOT_FOUND');
      const values = { name: body.name ?? '', summary: body.summary ?? '', description: body.description ?? '' };
      const result = await saveThemeTexts(app.db, request.params.slug, { ...values, empreinte: body.empreinte }, auditActorOf(request.viewer!));
      if (!result.ok) return render(request, reply.status(result.status), values, result.errors, result.formError);
      return reply.redirect(`/administration/thematiques/${request.params.slug}?${result.changed ? 'enregistre' : 'inchange'}=1`, 303);
    },
  );
}
