import type { Db } from '../../../platform/db/database.js';
import { findAccountByEmail, invalidateTokens } from '../accounts.repository.js';
import { emailProblem, normalizeEmail } from '../secure-tokens.js';
import { deleteAccountSessions } from '../sessions.repository.js';
import type { OidcIdentity } from './oidc.client.js';
import { findAccountBySubject, insertLinkedAccount, linkAccount } from './oidc.repository.js';

export type AccountResolution = { ok: true; accountId: number } | { ok: false; message: string };

const NO_EMAIL = 'Le service de connexion ne nous a pas transmis d’adresse e-mail valide : votre compte ne peut pas être créé. Créez un compte avec votre adresse e-mail et un mot de passe.';
const UNVERIFIED =
  'Un compte existe déjà avec cette adresse e-mail, mais le service de connexion ne confirme pas qu’elle vous appartient. Connectez-vous avec votre mot de passe (ou utilisez « Mot de passe oublié »).';
const LINKED_ELSEWHERE = 'Le compte qui utilise cette adresse e-mail est déjà associé à un autre identifiant de ce service de connexion. Connectez-vous avec votre mot de passe.';

/**
 * The account of the person the provider vouched for: the one already linked to this subject;
 * else the one with the same address, linked now, only when the provider verified the address;
 * else a new candidate account without a password.
 */
export async function resolveAccount(db: Db, identity: OidcIdentity): Promise<AccountResolution> {
  const linked = await findAccountBySubject(db, identity.issuer, identity.subject);
  if (linked) return { ok: true, accountId: linked.id };
  if (!identity.email || emailProblem(identity.email)) return { ok: false, message: NO_EMAIL };
  const emailNormalized = normalizeEmail(identity.email);
  const existing = await findAccountByEmail(db, emailNormalized);
  if (existing) {
    if (!identity.emailVerified) return { ok: false, message: UNVERIFIED };
    if (!(await linkAccount(db, existing.id, identity.issuer, identity.subject))) {
      const raced = await findAccountBySubject(db, identity.issuer, identity.subject);
      return raced ? { ok: true, accountId: raced.id } : { ok: false, message: LINKED_ELSEWHERE };
    }
    if (!existing.email_verified_at) {
      // Whoever signed up with this address never proved it: their sessions and pending links end.
      await deleteAccountSessions(db, existing.id);
      await invalidateTokens(db, existing.id, 'changer-email');
      await invalidateTokens(db, existing.id, 'reinitialiser-mot-de-passe');
    }
    return { ok: true, accountId: existing.id };
  }
  const inserted = await insertLinkedAccount(db, { email: identity.email, emailNormalized, emailVerified: identity.emailVerified, issuer: identity.issuer, subject: identity.subject });
  if (inserted) return { ok: true, accountId: inserted.id };
  // Another request created it in the meantime (same subject), or took the address.
  const raced = await findAccountBySubject(db, identity.issuer, identity.subject);
  return raced ? { ok: true, accountId: raced.id } : { ok: false, message: UNVERIFIED };
}
