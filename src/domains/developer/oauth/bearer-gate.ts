import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/http/errors.js';
import { apiOfScope } from '../apis.registry.js';
import type { LimitStore } from '../limits/limit-store.js';
import { parisDay, secondsToParisMidnight } from '../usage/paris-day.js';
import type { ClientDirectory } from './client-directory.js';
import { TokenRefused, type TokenService } from './token.service.js';

/** The application and API of a developer API call, for the usage statistics. */
export interface ApiCall {
  applicationId: number;
  api: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiCall: ApiCall | null;
  }
}

const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

/**
 * The gate of every developer API route (`access: { bearer: scope }`): a valid token (signature,
 * expiry — no database), an application still active and still subscribed (the directory, reloaded
 * every 30 s), the scope, the rate limit with its RateLimit-* headers, the daily quota.
 */
export function createBearerGate(tokens: TokenService, directory: ClientDirectory, limits: LimitStore) {
  return async function verify(request: FastifyRequest, reply: FastifyReply, scope: string): Promise<void> {
    const api = apiOfScope(scope);
    if (!api) throw new Error(`Route ${request.routeOptions.url} declares an unknown scope ${scope}`);
    const header = request.headers.authorization;
    if (!header) throw new AppError('TOKEN_MISSING');
    const match = BEARER.exec(header);
    if (!match) throw new AppError('TOKEN_INVALID', "L'en-tête Authorization doit être de la forme « Bearer <jeton> ».");
    let claims;
    try {
      claims = await tokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof TokenRefused) {
        reply.header('www-authenticate', `Bearer realm="/partenaire", error="invalid_token"`);
        throw new AppError(error.problem);
      }
      throw error;
    }
    const entry = await directory.byApplication(claims.app);
    if (!entry || entry.status !== 'active' || entry.clientId !== claims.sub) {
      reply.header('www-authenticate', `Bearer realm="/partenaire", error="invalid_token"`);
      throw new AppError('TOKEN_REVOKED');
    }
    request.apiCall = { applicationId: entry.applicationId, api: api.slug };
    const tokenScopes = claims.scope.split(' ');
    if (!api.scopes.some((candidate) => tokenScopes.includes(candidate))) {
      reply.header('www-authenticate', `Bearer realm="/partenaire", error="insufficient_scope", scope="${api.scopes[0]}"`);
      throw new AppError('SCOPE_MISSING', `Ce jeton ne donne pas accès à l'API « ${api.name} » : demandez un jeton avec la portée ${api.scopes[0]}.`);
    }
    if (!entry.grantedApis.has(api.slug)) {
      throw new AppError('SCOPE_MISSING', `L'abonnement de l'application à l'API « ${api.name} » n'est plus valide : voyez son état sur le portail Emploi Store Dev.`);
    }
    const { perSecond, burst } = api.rateLimit;
    const rate = await limits.take(`${entry.applicationId}:${api.slug}`, perSecond, burst);
    reply.header('ratelimit-limit', String(burst));
    reply.header('ratelimit-remaining', String(rate.remaining));
    reply.header('ratelimit-reset', String(rate.resetSeconds));
    reply.header('ratelimit-policy', `${burst};w=${Math.max(1, Math.round(burst / perSecond))}, ${api.dailyQuota};w=86400`);
    if (!rate.allowed) {
      reply.header('retry-after', String(rate.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', `Trop d'appels : ${perSecond} par seconde au plus (${burst} d'un coup) pour l'API « ${api.name} ». Réessayez dans ${rate.retryAfterSeconds} s.`);
    }
    const count = await limits.countDaily(`${entry.applicationId}:${api.slug}`, parisDay());
    if (count > api.dailyQuota) {
      reply.header('retry-after', String(secondsToParisMidnight()));
      throw new AppError('QUOTA_EXCEEDED', `Le quota de ${api.dailyQuota.toLocaleString('fr-FR')} appels par jour pour l'API « ${api.name} » est atteint : il est remis à zéro à minuit (heure de Paris).`);
    }
  };
}
