import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type DeveloperApi, findApi } from '../apis.registry.js';
import type { DeveloperApplication } from '../developer.table.js';
import { findOwnApplication } from './applications.repository.js';
import { deleteSubscription, findSubscription, insertSubscriptionEvent, saveSubscription } from './subscriptions.repository.js';
import { nextSubscriptionState } from './subscriptions.workflow.js';

export const USE_CASE_MIN = 30;
export const USE_CASE_MAX = 2000;

/** The API of a URL segment, or 404. */
export function apiOrNotFound(slug: string): DeveloperApi {
  const api = findApi(slug);
  if (!api) throw new AppError('SUBSCRIPTION_NOT_FOUND', 'Cette API n’existe pas.');
  return api;
}

async function lockActive(trx: Db, ownerId: number, applicationId: number): Promise<DeveloperApplication> {
  const application = await findOwnApplication(trx, ownerId, applicationId, { forUpdate: true });
  if (!application) throw new AppError('APPLICATION_NOT_FOUND');
  if (application.status !== 'active') throw new AppError('APPLICATION_REVOKED');
  return application;
}

/** An open API: subscribed at once (status validee). Returns the application's client id. */
export async function subscribeOpen(db: Db, ownerId: number, applicationId: number, api: DeveloperApi): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const application = await lockActive(trx, ownerId, applicationId);
    const existing = await findSubscription(trx, applicationId, api.slug, { forUpdate: true });
    const to = nextSubscriptionState(existing?.status ?? null, 'souscrire', 'proprietaire', api.access)!;
    const id = await saveSubscription(trx, applicationId, api.slug, existing, { status: to, submitted: true, decided: true });
    await insertSubscriptionEvent(trx, { subscriptionId: id, from: existing?.status ?? null, to, actorAccountId: ownerId, reason: null });
    return application.client_id;
  });
}

/**
 * Unsubscribing from an open API deletes the subscription row (its events go with it, ON DELETE
 * CASCADE): subscribing again is one click and needs no history, whereas marking it 'revoquee'
 * would read as a staff sanction and block a new subscription. Restricted APIs are never
 * unsubscribed this way (the workflow refuses it): their history is kept for the staff.
 */
export async function unsubscribeOpen(db: Db, ownerId: number, applicationId: number, api: DeveloperApi): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const application = await lockActive(trx, ownerId, applicationId);
    const existing = await findSubscription(trx, applicationId, api.slug, { forUpdate: true });
    nextSubscriptionState(existing?.status ?? null, 'se-desabonner', 'proprietaire', api.access);
    await deleteSubscription(trx, existing!.id);
    return application.client_id;
  });
}

export type RequestIntent = 'enregistrer' | 'envoyer';
export type RequestResult = { ok: true; clientId: string } | { ok: false; errors: FieldErrors };

/**
 * A request for a restricted API: saved as a draft (any length up to the maximum) or sent to the
 * staff (30 to 2,000 characters). Sending again after changes were asked goes back to 'soumise'.
 */
export async function saveRequest(db: Db, ownerId: number, applicationId: number, api: DeveloperApi, rawUseCase: string, intent: RequestIntent): Promise<RequestResult> {
  const useCase = rawUseCase.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
  const count = [...useCase].length;
  const errors: FieldErrors = {};
  if (count > USE_CASE_MAX) errors.useCase = `La description de l’usage ne doit pas dépasser ${USE_CASE_MAX} caractères (elle en compte ${count}).`;
  else if (intent === 'envoyer' && !useCase) errors.useCase = 'Décrivez l’usage prévu des données avant d’envoyer la demande.';
  else if (intent === 'envoyer' && count < USE_CASE_MIN) errors.useCase = `Décrivez l’usage prévu en ${USE_CASE_MIN} caractères au moins (la description en compte ${count}).`;
  return db.transaction().execute(async (trx) => {
    const application = await lockActive(trx, ownerId, applicationId);
    const existing = await findSubscription(trx, applicationId, api.slug, { forUpdate: true });
    const from = existing?.status ?? null;
    const to = nextSubscriptionState(from, intent, 'proprietaire', api.access)!;
    if (Object.keys(errors).length) return { ok: false as const, errors };
    const id = await saveSubscription(trx, applicationId, api.slug, existing, { status: to, useCase, submitted: intent === 'envoyer' });
    // A draft saved again is not an event worth keeping; every change of status is.
    if (from !== to) await insertSubscriptionEvent(trx, { subscriptionId: id, from, to, actorAccountId: ownerId, reason: null });
    return { ok: true as const, clientId: application.client_id };
  });
}
