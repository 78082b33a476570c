import type { Db } from '../../platform/db/database.js';
import type { FieldErrors } from '../../platform/html/forms.js';
import { findAccountById } from './accounts.repository.js';
import type { Result } from './accounts.service.js';
import { verifyPassword } from './passwords.js';
import type { PersonalDataProvider, ReviewsOnDeletion } from './personal-data.js';
import { findProfile } from './profile.repository.js';
import { SITUATION_LABELS } from './profile.vocabulary.js';
import { deleteAccountRow, listAccountSessions } from './rgpd.repository.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Everything the portal holds about an account (RGPD right of access): the account (never its
 * password hash), the profile, the open sessions, then each domain's share.
 */
export async function exportPersonalData(db: Db, accountId: number, providers: readonly PersonalDataProvider[]): Promise<Record<string, unknown>> {
  const account = await findAccountById(db, accountId);
  if (!account) throw new Error(`account ${accountId} not found`);
  const profile = await findProfile(db, accountId);
  const data: Record<string, unknown> = {
    exporteLe: new Date().toISOString(),
    compte: {
      id: account.id,
      email: account.email,
      nomAffiche: account.display_name,
      roles: account.roles,
      emailConfirmeLe: iso(account.email_verified_at),
      creeLe: iso(account.created_at),
      modifieLe: iso(account.updated_at),
      connexionExterne: account.oidc_issuer ? { fournisseur: account.oidc_issuer, identifiant: account.oidc_subject } : null,
    },
    profil: {
      situation: profile?.situation ?? null,
      situationLibelle: profile?.situation ? SITUATION_LABELS[profile.situation] : null,
      metierVise: profile?.targetJob ? { codeOgr: profile.targetJob.ogrCode, libelle: profile.targetJob.label, codeRome: profile.targetJob.romeCode } : null,
      departement: profile?.departmentCode ?? null,
      servicesPourMoi: profile?.guidance ? { envie: profile.guidance.theme, enregistreLe: profile.guidance.savedAt } : null,
    },
    sessions: (await listAccountSessions(db, accountId)).map((session) => ({
      ouverteLe: iso(session.created_at),
      derniereActiviteLe: iso(session.last_seen_at),
      expireLe: iso(session.expires_at),
      navigateur: session.user_agent,
    })),
  };
  for (const provider of providers) data[provider.name] = await provider.export(db, accountId);
  return data;
}

export interface DeletionForm {
  motDePasse: string;
  confirmation: string;
  avis: string;
}

/** Checks the confirmation (the password, or the box for an account without one) and the choice for reviews. */
export async function checkDeletionForm(db: Db, accountId: number, form: DeletionForm): Promise<Result<ReviewsOnDeletion>> {
  const errors: FieldErrors = {};
  const account = await findAccountById(db, accountId);
  if (!account) return { ok: false, errors: { motDePasse: 'Compte introuvable.' } };
  if (form.avis !== 'supprimer' && form.avis !== 'anonymiser') errors.avis = 'Indiquez si vos avis doivent être supprimés ou conservés de façon anonyme.';
  if (account.password_hash) {
    if (!form.motDePasse) errors.motDePasse = 'Saisissez votre mot de passe pour confirmer la suppression.';
    else if (!(await verifyPassword(account.password_hash, form.motDePasse))) errors.motDePasse = 'Le mot de passe est incorrect.';
  } else if (form.confirmation !== 'oui') {
    errors.confirmation = 'Cochez la case pour confirmer la suppression de votre compte.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: form.avis as ReviewsOnDeletion };
}

/**
 * Deletes the account in one transaction: each domain first does what it must (its reviews
 * deleted or kept anonymously…), then the account row goes with everything that cascades from it
 * (sessions, tokens, favourites, history). If any step fails, nothing is deleted.
 */
export async function deleteAccount(db: Db, accountId: number, providers: readonly PersonalDataProvider[], reviews: ReviewsOnDeletion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const provider of providers) await provider.onAccountDeletion?.(trx, accountId, { reviews });
    await deleteAccountRow(trx, accountId);
  });
}

export async function accountHasPassword(db: Db, accountId: number): Promise<boolean> {
  return Boolean((await findAccountById(db, accountId))?.password_hash);
}
