import type { Db } from '../../platform/db/database.js';
import { findAccountByEmail, insertAccount, updateAccount } from './accounts.repository.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { emailProblem, normalizeEmail } from './secure-tokens.js';

/**
 * Makes (or promotes) an administrator with a verified e-mail. Returns a French message on bad
 * input. An existing account keeps its password unless a new one is given.
 */
export async function createAdministrator(db: Db, email: string, password: string | null): Promise<{ ok: true; created: boolean } | { ok: false; message: string }> {
  const emailError = emailProblem(email);
  if (emailError) return { ok: false, message: emailError };
  if (password !== null) {
    const problem = passwordProblem(password, email);
    if (problem) return { ok: false, message: problem };
  }
  const existing = await findAccountByEmail(db, normalizeEmail(email));
  if (existing) {
    const roles = [...new Set([...existing.roles, 'moderateur', 'administrateur'])];
    await updateAccount(db, existing.id, { roles, email_verified_at: existing.email_verified_at ?? new Date(), ...(password ? { password_hash: await hashPassword(password) } : {}) });
    return { ok: true, created: false };
  }
  if (password === null) return { ok: false, message: 'Indiquez un mot de passe pour créer le compte (--password).' };
  const inserted = await insertAccount(db, { email: email.trim(), emailNormalized: normalizeEmail(email), passwordHash: await hashPassword(password), displayName: 'Administrateur', roles: ['moderateur', 'administrateur'] });
  if (!inserted) return { ok: false, message: 'Un compte existe déjà avec cette adresse e-mail.' };
  await updateAccount(db, inserted.id, { email_verified_at: new Date() });
  return { ok: true, created: true };
}
