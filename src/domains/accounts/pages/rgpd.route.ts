import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { type FormBody, formBodySchema } from '../../../platform/http/form-body.js';
import type { PersonalDataProvider } from '../personal-data.js';
import { accountHasPassword, checkDeletionForm, deleteAccount, exportPersonalData } from '../rgpd.service.js';
import { endSession } from '../session.js';
import { DeleteAccountPage, type DeleteAccountValues, MyDataPage } from './rgpd.page.js';

const FIELDS = ['motDePasse', 'confirmation', 'avis'] as const;

/** RGPD: the data page, the JSON export and the deletion of the account. */
export function registerRgpdRoutes(app: FastifyInstance, providers: readonly PersonalDataProvider[]): void {
  const account = { access: 'account' } as const;

  app.get('/mon-espace/mes-donnees', { config: account }, async (_request, reply) => reply.page({ title: 'Mes données personnelles' }, h(MyDataPage, {})));

  app.get('/mon-espace/mes-donnees.json', { config: account }, async (request, reply) => {
    const data = await exportPersonalData(app.db, request.viewer!.accountId, providers);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="mes-donnees-emploi-store-${day}.json"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  const renderDeletion = async (request: FastifyRequest, reply: FastifyReply, values: DeleteAccountValues = { avis: '' }, errors: FieldErrors = {}) =>
    reply.page(
      { title: Object.keys(errors).length ? 'Erreur — Supprimer mon compte' : 'Supprimer mon compte' },
      h(DeleteAccountPage, { csrfToken: reply.generateCsrf(), values, errors, hasPassword: await accountHasPassword(app.db, request.viewer!.accountId) }),
    );

  app.get('/mon-espace/supprimer-mon-compte', { config: account }, async (request, reply) => renderDeletion(request, reply));

  app.post<{ Body: FormBody<(typeof FIELDS)[number]> }>('/mon-espace/supprimer-mon-compte', { config: account, schema: { body: formBodySchema(FIELDS) } }, async (request, reply) => {
    const body = request.body ?? {};
    const form = { motDePasse: body.motDePasse ?? '', confirmation: body.confirmation ?? '', avis: body.avis ?? '' };
    const check = await checkDeletionForm(app.db, request.viewer!.accountId, form);
    if (!check.ok) return renderDeletion(request, reply.status(400), { avis: form.avis }, check.errors);
    await deleteAccount(app.db, request.viewer!.accountId, providers, check.value);
    await endSession(app.db, request, reply);
    return reply.redirect('/?compte-supprime=1', 303);
  });
}
