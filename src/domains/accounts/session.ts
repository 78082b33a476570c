import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.js';
import { ROLES, type Role, type Viewer } from '../../platform/http/access.plugin.js';
import { newToken, tokenHash } from './secure-tokens.js';
import { deleteSession, findSession, insertSession, SESSION_DAYS, touchSession } from './sessions.repository.js';

export const SESSION_COOKIE = 'es_session';
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** Resolves the session cookie to the viewer (nothing is kept in process memory). */
export async function loadViewer(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<Viewer | null> {
  const id = request.cookies[SESSION_COOKIE];
  if (!id) return null;
  const idHash = tokenHash(id);
  const session = await findSession(db, idHash);
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return null;
  }
  if (Date.now() - new Date(session.last_seen_at).getTime() > TOUCH_AFTER_MS) await touchSession(db, idHash);
  return {
    accountId: session.account_id,
    email: session.email,
    displayName: session.display_name,
    roles: session.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    emailVerified: session.email_verified_at !== null,
    sessionIdHash: idHash,
  };
}

/** Opens a new session (a fresh id: any previous session of this browser is ended). */
export async function startSession(db: Db, request: FastifyRequest, reply: FastifyReply, accountId: number, secure: boolean): Promise<void> {
  if (request.viewer) await deleteSession(db, request.viewer.sessionIdHash);
  const id = newToken();
  await insertSession(db, tokenHash(id), accountId, request.headers['user-agent'] ?? null);
  reply.setCookie(SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 24 * 3600 });
}

export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.viewer) await deleteSession(db, request.viewer.sessionIdHash);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
