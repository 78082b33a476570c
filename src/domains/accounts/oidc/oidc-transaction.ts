import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OidcChecks } from './oidc.client.js';

/**
 * One log-in attempt through the provider lives in the browser, not in the process: a short-lived,
 * signed, HttpOnly, SameSite=Lax cookie sent only to /connexion/oidc/*, read once then cleared.
 * (Lax: the provider sends the browser back with a top-level GET, which carries it.)
 */
export const TRANSACTION_COOKIE = 'es_oidc';
const COOKIE_PATH = '/connexion/oidc';
export const TRANSACTION_TTL_SECONDS = 10 * 60;

export interface OidcTransaction extends OidcChecks {
  /** Local path to go back to after logging in. */
  retour: string;
  /** Expiry (ms since the epoch), checked here too: the cookie's Max-Age binds only the browser. */
  expiresAt: number;
}

export function saveTransaction(reply: FastifyReply, checks: OidcChecks, retour: string, secure: boolean): void {
  const transaction: OidcTransaction = { ...checks, retour, expiresAt: Date.now() + TRANSACTION_TTL_SECONDS * 1000 };
  const value = Buffer.from(JSON.stringify(transaction)).toString('base64url');
  reply.setCookie(TRANSACTION_COOKIE, value, { signed: true, httpOnly: true, sameSite: 'lax', secure, path: COOKIE_PATH, maxAge: TRANSACTION_TTL_SECONDS });
}

/** Reads the attempt and clears the cookie (single use); null when absent, forged or expired. */
export function takeTransaction(request: FastifyRequest, reply: FastifyReply, secure: boolean): OidcTransaction | null {
  const raw = request.cookies[TRANSACTION_COOKIE];
  if (raw === undefined) return null;
  reply.clearCookie(TRANSACTION_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<OidcTransaction>;
    const fields = [parsed.state, parsed.nonce, parsed.codeVerifier, parsed.retour];
    if (!fields.every((field) => typeof field === 'string' && field.length > 0) || typeof parsed.expiresAt !== 'number') return null;
    if (parsed.expiresAt <= Date.now()) return null;
    return parsed as OidcTransaction;
  } catch {
    return null;
  }
}
