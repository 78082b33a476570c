import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import { findProfile, saveGuidanceAnswers } from '../../accounts/index.js';
import { JOB_AUTOCOMPLETE_SCRIPT } from '../../referentiels/index.js';
import { type GuidancePageProps, GuidancePage } from './guidance.page.js';
import { answersToForm, checkGuidanceForm, EMPTY_GUIDANCE_FORM, type GuidanceForm, guidanceHref, savedAnswers, servicesForMe } from './guidance.service.js';

const FIELDS = ['situation', 'envie', 'metier', 'metierOgr', 'metierSuggestion'] as const;
type Query = Partial<Record<(typeof FIELDS)[number] | 'enregistre', string>>;
const guidanceQuery = { type: 'object', properties: Object.fromEntries([...FIELDS, 'enregistre'].map((name) => [name, { type: 'string', maxLength: 300 }])) } as const;

function toForm(input: Query): GuidanceForm {
  return Object.fromEntries(FIELDS.map((name) => [name, input[name] ?? ''])) as unknown as GuidanceForm;
}

/** "Les services faits pour moi": three questions (GET, anonymous or not), the ranked selection, saving the answers. */
export function registerGuidanceRoutes(app: FastifyInstance): void {
  const render = (request: FastifyRequest, reply: FastifyReply, props: Omit<GuidancePageProps, 'viewer'>) => {
    const viewer = request.viewer ? ({ kind: 'member', csrfToken: reply.generateCsrf() } as const) : ({ kind: 'visitor', logInHref: `/connexion?retour=${encodeURIComponent(request.url)}` } as const);
    const title = Object.keys(props.errors).length ? 'Erreur — Les services faits pour moi' : 'Les services faits pour moi';
    const head = [h('script', { type: 'module', src: JOB_AUTOCOMPLETE_SCRIPT }), props.results ? h('meta', { name: 'robots', content: 'noindex, follow' }) : null];
    return reply.page({ title, description: 'Trois questions pour trouver les services numériques faits pour vous.', head }, h(GuidancePage, { ...props, viewer }));
  };

  app.get<{ Querystring: Query }>('/services-pour-moi', { config: { access: 'public' }, schema: { querystring: guidanceQuery } }, async (request, reply) => {
    let form = toForm(request.query);
    let check = await checkGuidanceForm(app.db, form);
    if (check.status === 'blank' && request.viewer) {
      // A member who saved answers finds them again, with the selection.
      const saved = savedAnswers(await findProfile(app.db, request.viewer.accountId));
      if (saved) [form, check] = [answersToForm(saved), { status: 'ok', answers: saved }];
    }
    if (check.status === 'blank') return render(request, reply, { values: EMPTY_GUIDANCE_FORM, errors: {}, suggestions: [], results: null });
    if (check.status === 'invalid') {
      const values = { ...form, metier: check.job?.label ?? form.metier, metierOgr: check.job?.ogrCode ?? '' };
      return render(request, reply.status(400), { values, errors: check.errors, suggestions: check.suggestions, results: null });
    }
    const notice = request.query.enregistre ? 'Vos réponses sont enregistrées dans votre profil : cette sélection vous attend sur la page d’accueil.' : undefined;
    return render(request, reply, { values: answersToForm(check.answers), errors: {}, suggestions: [], results: await servicesForMe(app.db, check.answers), notice });
  });

  app.post<{ Body: FormBody<(typeof FIELDS)[number]> }>('/services-pour-moi', { config: { access: 'account' }, schema: { body: formBodySchema(FIELDS) } }, async (request, reply) => {
    const form = toForm(request.body ?? {});
    const check = await checkGuidanceForm(app.db, form);
    if (check.status !== 'ok') {
      const errors = check.status === 'invalid' ? check.errors : { situation: 'Indiquez votre situation.', envie: 'Indiquez ce que vous voulez faire en ce moment.' };
      const suggestions = check.status === 'invalid' ? check.suggestions : [];
      return render(request, reply.status(400), { values: form, errors, suggestions, results: null });
    }
    await saveGuidanceAnswers(app.db, request.viewer!.accountId, check.answers);
    return reply.redirect(`${guidanceHref(check.answers)}&enregistre=1`, 303);
  });
}
