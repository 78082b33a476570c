import { randomBytes, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, type JWK, jwtVerify, SignJWT } from 'jose';
import type { Db } from '../../../platform/db/database.js';
import { apiOfScope, DEVELOPER_APIS } from '../apis.registry.js';
import type { ClientDirectory } from './client-directory.js';
import type { ClientEntry } from './clients.repository.js';
import { hashClientSecret } from './credentials.js';
import { loadSigningKeys, SIGNING_ALG, type SigningKey } from './signing-keys.js';
import { ACCESS_TOKEN_SECONDS, type AccessTokenClaims, TOKEN_AUDIENCE } from './token.claims.js';

/** An RFC 6749 §5.2 error of the token endpoint. */
export class OAuthError extends Error {
  constructor(
    readonly error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type',
    readonly description: string,
    /** The application concerned, when the client is known (for the refused grants' count). */
    readonly applicationId: number | null = null,
  ) {
    super(description);
  }
}

/** Why a bearer token is refused (the gate maps these to API errors). */
export type TokenProblem = 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
export class TokenRefused extends Error {
  constructor(readonly problem: TokenProblem) {
    super(problem);
  }
}

const KEYS_REFRESH_MS = 30_000;
/** A scope some clients add naming themselves: accepted and given back, grants nothing. */
const APPLICATION_SCOPE = /^application_(.+)$/;

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Scopes an application's subscriptions grant. */
export function grantedScopes(entry: ClientEntry): string[] {
  return DEVELOPER_APIS.filter((api) => entry.grantedApis.has(api.slug)).flatMap((api) => api.scopes);
}

/**
 * Issues and verifies access tokens: signed JWTs (EdDSA) with the application, its client id and
 * its scopes, verified with the public keys held in memory (reloaded every 30 seconds, or at once
 * for an unknown kid), so that an API call needs no database round trip.
 */
export class TokenService {
  private keys: SigningKey[] = [];
  private keysLoadedAt = 0;
  private keysLoading: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly directory: ClientDirectory,
    private readonly secretKey: string,
    private readonly issuer: string,
  ) {}

  async reloadKeys(): Promise<void> {
    this.keys = await loadSigningKeys(this.db);
    this.keysLoadedAt = Date.now();
  }

  /** Reloads stale keys in the background (or waits for the reload: `wait`, or no key yet). */
  private async freshKeys(force = false, wait = force): Promise<void> {
    const age = Date.now() - this.keysLoadedAt;
    if (!force && age >= 0 && age < KEYS_REFRESH_MS) return; // a clock set back counts as stale
    this.keysLoading ??= this.reloadKeys().finally(() => {
      this.keysLoading = null;
    });
    if (wait || this.keys.length === 0) await this.keysLoading;
  }

  /** The key that signs now: the newest whose activation is past. */
  private async signingKey(): Promise<SigningKey> {
    await this.freshKeys();
    const now = Date.now();
    const key = this.keys.find((candidate) => candidate.activatesAt.getTime() <= now);
    if (key) return key;
    await this.freshKeys(true);
    return this.keys.find((candidate) => candidate.activatesAt.getTime() <= now) ?? this.keys[this.keys.length - 1]!;
  }

  /** The published keys (JWKS): every key not retired, including the next one. */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.freshKeys(false, true);
    return { keys: this.keys.map((key) => key.publicJwk) };
  }

  /** Client authentication: the client id and one of its valid secrets. */
  async authenticate(clientId: string, secret: string): Promise<ClientEntry> {
    const entry = clientId.length <= 200 ? await this.directory.byClient(clientId) : undefined;
    if (!entry) throw new OAuthError('invalid_client', 'Client inconnu ou identifiants incorrects.');
    const hash = hashClientSecret(this.secretKey, secret);
    const now = Date.now();
    const valid = entry.secrets.some((candidate) => (candidate.expiresAt === null || candidate.expiresAt > now) && sameHash(candidate.hash, hash));
    if (!valid) throw new OAuthError('invalid_client', 'Client inconnu ou identifiants incorrects.', entry.applicationId);
    if (entry.status !== 'active') throw new OAuthError('invalid_client', 'Cette application a été révoquée.', entry.applicationId);
    return entry;
  }

  /**
   * The scopes to grant for a request: each asked scope must be granted (or name the application
   * itself); none asked means every granted scope.
   */
  resolveScopes(entry: ClientEntry, asked: string | undefined): string[] {
    const granted = grantedScopes(entry);
    const requested = (asked ?? '').split(/[\s+]+/).filter(Boolean);
    if (requested.length === 0) {
      if (granted.length === 0) throw new OAuthError('invalid_scope', "L'application n'est abonnée à aucune API : abonnez-la depuis le portail Emploi Store Dev.");
      return granted;
    }
    for (const scope of requested) {
      const self = APPLICATION_SCOPE.exec(scope);
      if (self) {
        if (self[1] !== entry.clientId) throw new OAuthError('invalid_scope', `Le scope « ${scope} » ne correspond pas à cette application.`);
        continue;
      }
      if (!apiOfScope(scope)) throw new OAuthError('invalid_scope', `Le scope « ${scope} » n'existe pas.`);
      if (!granted.includes(scope)) throw new OAuthError('invalid_scope', `L'application n'est pas abonnée à l'API du scope « ${scope} ».`);
    }
    return [...new Set(requested)];
  }

  async issue(entry: ClientEntry, scopes: string[]): Promise<{ token: string; expiresIn: number }> {
    const key = await this.signingKey();
    const token = await new SignJWT({ app: entry.applicationId, scope: scopes.join(' ') })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(entry.clientId)
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(key.privateKey);
    return { token, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  /** Checks signature, issuer, audience and expiry; throws TokenRefused. */
  async verify(token: string): Promise<AccessTokenClaims> {
    await this.freshKeys();
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          let key = this.keys.find((candidate) => candidate.kid === header.kid);
          if (!key && Date.now() - this.keysLoadedAt > 1000) {
            await this.freshKeys(true); // a key published by another process a moment ago
            key = this.keys.find((candidate) => candidate.kid === header.kid);
          }
          if (!key) throw new TokenRefused('TOKEN_INVALID');
          return key.publicKey;
        },
        { issuer: this.issuer, audience: TOKEN_AUDIENCE, algorithms: [SIGNING_ALG], typ: 'at+jwt', requiredClaims: ['exp', 'sub', 'scope'] },
      );
      if (typeof payload.app !== 'number' || typeof payload.scope !== 'string') throw new TokenRefused('TOKEN_INVALID');
      return payload as unknown as AccessTokenClaims;
    } catch (error) {
      if (error instanceof TokenRefused) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new TokenRefused('TOKEN_EXPIRED');
      throw new TokenRefused('TOKEN_INVALID');
    }
  }
}
