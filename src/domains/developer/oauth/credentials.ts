import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/database.js';
import { getOrCreateSecret } from '../../../platform/db/secrets.js';

/**
 * Client credentials. A client secret is 256 random bits: a fast keyed hash (HMAC-SHA-256 with a
 * server-side key kept in platform_secrets) is enough to store it — a slow password hash would
 * only cap the token endpoint's throughput, and a stolen table without the key is useless.
 */
export const CLIENT_SECRET_PEPPER = 'oauth-client-secret-key';

/** `PAR_` followed by 40 hexadecimal characters, in the style of the agency's client ids. */
export function newClientId(): string {
  return `PAR_emploistore_${randomBytes(20).toString('hex')}`;
}

/** 256 random bits, hexadecimal (64 characters): shown once, then only its hash is kept. */
export function newClientSecret(): string {
  return randomBytes(32).toString('hex');
}

export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/** The keyed hash of a secret (base64url); compare hashes with a lookup or timingSafeEqual. */
export function hashClientSecret(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret, 'utf8').digest('base64url');
}

/** The hashing key, created once for all processes. */
export function clientSecretKey(db: Db): Promise<string> {
  return getOrCreateSecret(db, CLIENT_SECRET_PEPPER);
}
