import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { JOB_AUTOCOMPLETE_SCRIPT, type JobTitle } from '../../referentiels/index.js';
import { findProfile, saveProfile } from '../profile.repository.js';
import { checkProfileForm } from '../profile.service.js';
import { ProfilePage, type ProfileFormValues } from './profile.page.js';

const FIELDS = ['situation', 'metier', 'metierOgr', 'metierSuggestion', 'departement'] as const;
const noticeQuery = { type: 'object', properties: { enregistre: { type: 'string', maxLength: 10 } } } as const;

function render(reply: FastifyReply, values: ProfileFormValues, errors: FieldErrors = {}, suggestions: JobTitle[] = [], notice?: string) {
  const title = Object.keys(errors).length ? 'Erreur — Mon profil' : 'Mon profil';
  return reply.page(
    { title, head: h('script', { type: 'module', src: JOB_AUTOCOMPLETE_SCRIPT }) },
    h(ProfilePage, { csrfToken: reply.generateCsrf(), values, errors, suggestions, notice }),
  );
}

/** "Mon profil": situation, target job (ROME job titles), département. */
export function registerProfileRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { enregistre?: string } }>('/mon-espace/profil', { config: { access: 'account' }, schema: { querystring: noticeQuery } }, async (request, reply) => {
    const profile = await findProfile(app.db, request.viewer!.accountId);
    const values: ProfileFormValues = {
      situation: profile?.situation ?? '',
      metier: profile?.targetJob?.label ?? '',
      metierOgr: profile?.targetJob?.ogrCode ?? '',
      departement: profile?.departmentCode ?? '',
    };
    return render(reply, values, {}, [], request.query.enregistre ? 'Votre profil est enregistré.' : undefined);
  });

  app.post<{ Body: FormBody<(typeof FIELDS)[number]> }>('/mon-espace/profil', { config: { access: 'account' }, schema: { body: formBodySchema(FIELDS) } }, async (request, reply) => {
    const body = request.body ?? {};
    const form = { situation: body.situation ?? '', metier: body.metier ?? '', metierOgr: body.metierOgr ?? '', metierSuggestion: body.metierSuggestion ?? '', departement: body.departement ?? '' };
    const check = await checkProfileForm(app.db, form);
    if (!check.ok) {
      // A title already resolved is shown as such; otherwise the text typed is kept as is.
      const kept = { ...form, metier: check.job?.label ?? form.metier, metierOgr: check.job?.ogrCode ?? '' };
      return render(reply.status(400), kept, check.errors, check.suggestions);
    }
    await saveProfile(app.db, request.viewer!.accountId, check.values);
    return reply.redirect('/mon-espace/profil?enregistre=1', 303);
  });
}
