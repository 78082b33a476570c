import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { checkRateLimit, clearRateLimit, recordRateLimitHit } from '../../platform/http/rate-limit.js';
import { findAccountByEmail } from './accounts.repository.js';
import type { Result } from './accounts.service.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { normalizeEmail } from './secure-tokens.js';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const WRONG = 'Adresse e-mail ou mot de passe incorrect.';

/**
 * Checks credentials with throttling: after 5 failures for one account or 20 from one address
 * within 15 minutes, further attempts are refused (429) until the window has passed.
 */
export async function checkCredentials(db: Db, email: string, password: string, ip: string): Promise<Result<number>> {
  const normalized = normalizeEmail(email);
  const accountBucket = `login:account:${normalized}`;
  const ipBucket = `login:ip:${ip}`;
  for (const [bucket, max] of [
    [accountBucket, MAX_FAILURES_PER_ACCOUNT],
    [ipBucket, MAX_FAILURES_PER_IP],
  ] as const) {
    const limit = await checkRateLimit(db, bucket, max, LOGIN_WINDOW_SECONDS);
    if (!limit.allowed) {
      const minutes = Math.ceil(limit.retryAfter / 60);
      throw new AppError('LOGIN_THROTTLED', `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`);
    }
  }
  if (!normalized || !password) return { ok: false, errors: { email: WRONG } };
  const account = await findAccountByEmail(db, normalized);
  const valid = account?.password_hash ? await verifyPassword(account.password_hash, password) : (await verifyPassword(await decoyHash(), password), false);
  if (!account || !valid) {
    await recordRateLimitHit(db, accountBucket);
    await recordRateLimitHit(db, ipBucket);
    return { ok: false, errors: { email: WRONG } };
  }
  await clearRateLimit(db, accountBucket);
  return { ok: true, value: account.id };
}
