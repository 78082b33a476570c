import type { Db } from '../../platform/db/database.js';
import type { FieldErrors } from '../../platform/html/forms.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import {
  consumeToken,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  insertToken,
  invalidateTokens,
  updateAccount,
} from './accounts.repository.js';
import { changeEmailMail, emailChangedNoticeMail, passwordResetMail, verificationMail } from './accounts.mails.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { emailProblem, newToken, normalizeEmail, tokenHash } from './secure-tokens.js';

export const VERIFY_TTL_MINUTES = 48 * 60;
export const RESET_TTL_MINUTES = 60;
export const CHANGE_EMAIL_TTL_MINUTES = 24 * 60;

export type Result<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const TOKEN_MESSAGES = {
  unknown: 'Ce lien n’est pas valide. Vérifiez que vous avez copié l’adresse en entier.',
  expired: 'Ce lien a expiré. Demandez-en un nouveau.',
  used: 'Ce lien a déjà été utilisé : il ne sert qu’une fois.',
} as const;

export interface SignUpInput {
  email: string;
  password: string;
  passwordConfirmation: string;
  displayName: string;
  kind: string;
}

/** Account flows: sign-up, e-mail verification, password reset, e-mail and password changes. */
export class AccountsService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  async signUp(input: SignUpInput): Promise<Result<number>> {
    const errors: FieldErrors = {};
    const emailError = emailProblem(input.email);
    if (emailError) errors.email = emailError;
    if (input.displayName.trim().length > 100) errors.displayName = 'Le nom affiché doit compter au plus 100 caractères.';
    if (!['candidat', 'entreprise'].includes(input.kind)) errors.kind = 'Indiquez si vous êtes candidat ou entreprise.';
    const passwordError = passwordProblem(input.password, input.email);
    if (passwordError) errors.password = passwordError;
    else if (input.password !== input.passwordConfirmation) errors.passwordConfirmation = 'Les deux mots de passe ne sont pas identiques.';
    if (Object.keys(errors).length) return { ok: false, errors };
    const emailNormalized = normalizeEmail(input.email);
    if (await findAccountByEmail(this.db, emailNormalized)) {
      return { ok: false, errors: { email: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez « Mot de passe oublié ».' } };
    }
    const passwordHash = await hashPassword(input.password);
    const inserted = await insertAccount(this.db, { email: input.email.trim(), emailNormalized, passwordHash, displayName: input.displayName.trim(), roles: [input.kind] });
    if (!inserted) return { ok: false, errors: { email: 'Un compte existe déjà avec cette adresse e-mail.' } };
    await this.sendVerification(inserted.id, input.email.trim());
    return { ok: true, value: inserted.id };
  }

  async sendVerification(accountId: number, email: string): Promise<void> {
    const token = newToken();
    await invalidateTokens(this.db, accountId, 'verifier-email');
    await insertToken(this.db, accountId, 'verifier-email', tokenHash(token), VERIFY_TTL_MINUTES);
    await this.mailer.send(verificationMail(email, `${this.publicUrl}/verification-email?jeton=${token}`));
  }

  async verifyEmail(token: string): Promise<Result<number>> {
    const check = await consumeToken(this.db, 'verifier-email', tokenHash(token));
    if (check.status !== 'ok') return { ok: false, errors: { jeton: TOKEN_MESSAGES[check.status] } };
    await updateAccount(this.db, check.accountId, { email_verified_at: new Date() });
    return { ok: true, value: check.accountId };
  }

  /** Always behaves the same, whether the address is known or not. */
  async requestPasswordReset(email: string): Promise<Result> {
    const emailError = emailProblem(email);
    if (emailError) return { ok: false, errors: { email: emailError } };
    const account = await findAccountByEmail(this.db, normalizeEmail(email));
    if (account) {
      const token = newToken();
      await invalidateTokens(this.db, account.id, 'reinitialiser-mot-de-passe');
      await insertToken(this.db, account.id, 'reinitialiser-mot-de-passe', tokenHash(token), RESET_TTL_MINUTES);
      await this.mailer.send(passwordResetMail(account.email, `${this.publicUrl}/reinitialiser-mot-de-passe?jeton=${token}`));
    }
    return { ok: true, value: undefined };
  }

  async resetPassword(token: string, password: string, confirmation: string): Promise<Result<number>> {
    const problem = passwordProblem(password);
    if (problem) return { ok: false, errors: { password: problem } };
    if (password !== confirmation) return { ok: false, errors: { passwordConfirmation: 'Les deux mots de passe ne sont pas identiques.' } };
    const check = await consumeToken(this.db, 'reinitialiser-mot-de-passe', tokenHash(token));
    if (check.status !== 'ok') return { ok: false, errors: { jeton: TOKEN_MESSAGES[check.status] } };
    const account = await findAccountById(this.db, check.accountId);
    if (!account) return { ok: false, errors: { jeton: TOKEN_MESSAGES.unknown } };
    const emailProblemText = passwordProblem(password, account.email);
    if (emailProblemText) return { ok: false, errors: { password: emailProblemText } };
    // Following the link proves the address too.
    await updateAccount(this.db, account.id, { password_hash: await hashPassword(password), email_verified_at: account.email_verified_at ?? new Date() });
    return { ok: true, value: account.id };
  }

  async changePassword(accountId: number, current: string, password: string, confirmation: string): Promise<Result> {
    const account = await findAccountById(this.db, accountId);
    if (!account) return { ok: false, errors: { currentPassword: 'Compte introuvable.' } };
    if (account.password_hash && !(await verifyPassword(account.password_hash, current))) {
      return { ok: false, errors: { currentPassword: 'Le mot de passe actuel est incorrect.' } };
    }
    const problem = passwordProblem(password, account.email);
    if (problem) return { ok: false, errors: { password: problem } };
    if (password !== confirmation) return { ok: false, errors: { passwordConfirmation: 'Les deux mots de passe ne sont pas identiques.' } };
    await updateAccount(this.db, accountId, { password_hash: await hashPassword(password) });
    return { ok: true, value: undefined };
  }

  /** Sends a confirmation link to the new address; the change happens when it is followed. */
  async requestEmailChange(accountId: number, newEmail: string, currentPassword: string): Promise<Result> {
    const account = await findAccountById(this.db, accountId);
    if (!account) return { ok: false, errors: { newEmail: 'Compte introuvable.' } };
    const emailError = emailProblem(newEmail);
    if (emailError) return { ok: false, errors: { newEmail: emailError } };
    if (account.password_hash && !(await verifyPassword(account.password_hash, currentPassword))) {
      return { ok: false, errors: { emailPassword: 'Le mot de passe est incorrect.' } };
    }
    const normalized = normalizeEmail(newEmail);
    if (normalized === account.email_normalized) return { ok: false, errors: { newEmail: 'C’est déjà votre adresse e-mail.' } };
    if (await findAccountByEmail(this.db, normalized)) return { ok: false, errors: { newEmail: 'Un autre compte utilise déjà cette adresse e-mail.' } };
    const token = newToken();
    await invalidateTokens(this.db, accountId, 'changer-email');
    await insertToken(this.db, accountId, 'changer-email', tokenHash(token), CHANGE_EMAIL_TTL_MINUTES, { email: newEmail.trim() });
    await this.mailer.send(changeEmailMail(newEmail.trim(), `${this.publicUrl}/mon-espace/confirmer-email?jeton=${token}`));
    return { ok: true, value: undefined };
  }

  async confirmEmailChange(token: string): Promise<Result<string>> {
    const check = await consumeToken(this.db, 'changer-email', tokenHash(token));
    if (check.status !== 'ok') return { ok: false, errors: { jeton: TOKEN_MESSAGES[check.status] } };
    const email = (check.payload as { email: string }).email;
    const account = await findAccountById(this.db, check.accountId);
    if (!account) return { ok: false, errors: { jeton: TOKEN_MESSAGES.unknown } };
    if (await findAccountByEmail(this.db, normalizeEmail(email))) return { ok: false, errors: { jeton: 'Un autre compte utilise déjà cette adresse e-mail.' } };
    await updateAccount(this.db, account.id, { email, email_normalized: normalizeEmail(email), email_verified_at: new Date() });
    await this.mailer.send(emailChangedNoticeMail(account.email, email));
    return { ok: true, value: email };
  }
}
