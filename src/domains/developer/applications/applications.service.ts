import { sql } from 'kysely';
import { type AuditActor, auditActorOf, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import type { DeveloperApplication } from '../developer.table.js';
import { clientSecretKey, hashClientSecret, newClientId, newClientSecret, secretHint } from '../oauth/credentials.js';
import {
  type ApplicationInput,
  countOwnApplications,
  expireValidSecrets,
  findApplication,
  findOwnApplication,
  insertApplication,
  insertSecret,
  markRevoked,
  updateApplication,
} from './applications.repository.js';
import { revokeValidatedSubscriptions } from './subscriptions.repository.js';

export const MAX_APPLICATIONS = 10;
export const NAME_MIN = 3;
export const NAME_MAX = 80;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;
export const WEBSITE_MAX = 500;
export const REVOCATION_REASON_MAX = 1000;

/** How long the previous secrets stay valid after a rotation. */
export const GRACE_PERIODS = {
  immediat: { label: 'Immédiatement : l’ancien secret cesse de fonctionner tout de suite', seconds: 0 },
  '1h': { label: '1 heure', seconds: 3600 },
  '24h': { label: '24 heures', seconds: 24 * 3600 },
  '7j': { label: '7 jours', seconds: 7 * 24 * 3600 },
} as const;
export type GracePeriod = keyof typeof GRACE_PERIODS;
export const isGracePeriod = (value: string): value is GracePeriod => Object.hasOwn(GRACE_PERIODS, value);

export interface ApplicationFormValues {
  name: string;
  description: string;
  website: string;
}

const length = (text: string) => [...text].length;
const cleanText = (text: string) => text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();

/** Checks the application form; French messages by field. */
export function validateApplication(values: ApplicationFormValues): { ok: true; input: ApplicationInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = values.name.replace(/\s+/g, ' ').trim();
  const description = cleanText(values.description);
  const website = values.website.trim();
  if (!name) errors.name = 'Donnez un nom à votre application.';
  else if (length(name) < NAME_MIN || length(name) > NAME_MAX) errors.name = `Le nom doit compter de ${NAME_MIN} à ${NAME_MAX} caractères (il en compte ${length(name)}).`;
  if (!description) errors.description = 'Décrivez votre application.';
  else if (length(description) < DESCRIPTION_MIN || length(description) > DESCRIPTION_MAX)
    errors.description = `La description doit compter de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} caractères (elle en compte ${length(description)}).`;
  if (website && !isHttpsUrl(website)) errors.website = 'Indiquez une adresse web complète commençant par https://, par exemple https://mon-application.fr.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: { name, description, website: website || null } };
}

function isHttpsUrl(value: string): boolean {
  if (value.length > WEBSITE_MAX || !value.startsWith('https://') || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A secret to show once, with the application it belongs to. */
export interface IssuedSecret {
  applicationId: number;
  name: string;
  clientId: string;
  secret: string;
}

async function storeNewSecret(trx: Db, applicationId: number): Promise<string> {
  const secret = newClientSecret();
  await insertSecret(trx, applicationId, hashClientSecret(await clientSecretKey(trx), secret), secretHint(secret));
  return secret;
}

export type CreateResult = { kind: 'created'; issued: IssuedSecret } | { kind: 'invalid'; errors: FieldErrors };

/** Registers an application (10 at most per account) with its client id and first secret. */
export async function createApplication(db: Db, ownerId: number, values: ApplicationFormValues): Promise<CreateResult> {
  const checked = validateApplication(values);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const issued = await db.transaction().execute(async (trx) => {
    // The account row's lock serialises this account's creations, so two at once cannot pass the limit.
    await sql`SELECT id FROM accounts WHERE id = ${ownerId} FOR UPDATE`.execute(trx);
    if ((await countOwnApplications(trx, ownerId)) >= MAX_APPLICATIONS) throw new AppError('APPLICATION_LIMIT');
    const clientId = newClientId();
    const applicationId = await insertApplication(trx, ownerId, checked.input, clientId);
    return { applicationId, name: checked.input.name, clientId, secret: await storeNewSecret(trx, applicationId) };
  });
  return { kind: 'created', issued };
}

/** The owner's active application, locked for a change (404 for anyone else's, 409 once revoked). */
async function lockActive(trx: Db, ownerId: number, id: number): Promise<DeveloperApplication> {
  const application = await findOwnApplication(trx, ownerId, id, { forUpdate: true });
  if (!application) throw new AppError('APPLICATION_NOT_FOUND');
  if (application.status !== 'active') throw new AppError('APPLICATION_REVOKED');
  return application;
}

export async function editApplication(db: Db, ownerId: number, id: number, values: ApplicationFormValues): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const checked = validateApplication(values);
  return db.transaction().execute(async (trx) => {
    await lockActive(trx, ownerId, id);
    if (!checked.ok) return checked;
    await updateApplication(trx, id, checked.input);
    return { ok: true as const };
  });
}

/** A new secret; the valid ones expire after the grace period (never later than planned). */
export async function rotateSecret(db: Db, ownerId: number, id: number, grace: GracePeriod): Promise<IssuedSecret> {
  return db.transaction().execute(async (trx) => {
    const application = await lockActive(trx, ownerId, id);
    await expireValidSecrets(trx, id, GRACE_PERIODS[grace].seconds);
    return { applicationId: id, name: application.name, clientId: application.client_id, secret: await storeNewSecret(trx, id) };
  });
}

/**
 * Revokes an application for good: every secret expires now, its validated subscriptions are
 * revoked. By its owner, or by an administrator (then audited). Returns the application as it was.
 */
export async function revokeApplication(
  db: Db,
  id: number,
  by: { ownerId: number } | { administrator: AuditActor },
  reason: string,
): Promise<DeveloperApplication> {
  return db.transaction().execute(async (trx) => {
    const application = 'ownerId' in by ? await findOwnApplication(trx, by.ownerId, id, { forUpdate: true }) : await findApplication(trx, id, { forUpdate: true });
    if (!application) throw new AppError('APPLICATION_NOT_FOUND');
    if (application.status !== 'active') throw new AppError('APPLICATION_REVOKED');
    const actorId = 'ownerId' in by ? by.ownerId : by.administrator.accountId;
    await markRevoked(trx, id, reason || null);
    await expireValidSecrets(trx, id, 0);
    await revokeValidatedSubscriptions(trx, id, actorId ?? application.owner_account_id, `Application révoquée${reason ? ` : ${reason}` : '.'}`);
    if ('administrator' in by) {
      await recordAudit(trx, {
        actor: by.administrator,
        action: 'developer.application.revoke',
        subjectKind: 'application-developpeur',
        subjectId: id,
        summary: `Révocation de l’application « ${application.name} » (${application.client_id})`,
        before: { statut: application.status },
        after: { statut: 'revoquee', motif: reason },
      });
    }
    return application;
  });
}

/** Gives a verified account the developer role (the API terms accepted); audited. */
export async function becomeDeveloper(db: Db, viewer: { accountId: number; displayName: string; email: string }): Promise<void> {
  const actor = auditActorOf(viewer);
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: number }>`
      UPDATE accounts SET roles = array_append(roles, 'developpeur')
      WHERE id = ${viewer.accountId} AND NOT ('developpeur' = ANY (roles)) RETURNING id`.execute(trx);
    if (!rows.length) return;
    await recordAudit(trx, {
      actor,
      action: 'developer.become',
      subjectKind: 'compte',
      subjectId: viewer.accountId,
      summary: 'Acceptation des conditions d’utilisation des API : le compte devient développeur',
      before: { developpeur: false },
      after: { developpeur: true, conditionsAcceptees: new Date().toISOString() },
    });
  });
}
