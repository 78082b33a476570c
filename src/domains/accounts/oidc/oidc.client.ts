import * as client from 'openid-client';
import type { OidcConfig } from '../../../config.js';

export const CALLBACK_PATH = '/connexion/oidc/retour';

/** Rediscovered after a day, so a provider's new endpoints are picked up without a restart. */
const DISCOVERY_TTL_MS = 24 * 3600 * 1000;
const TIMEOUT_SECONDS = 10;

/** What the browser carries between the redirect to the provider and its return (in a signed cookie). */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The person the provider vouched for. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** True only when the provider says `email_verified: true`. */
  emailVerified: boolean;
}

/** Why a log-in through the provider failed (each has a French message). */
export type OidcFailure = 'unavailable' | 'denied' | 'expired' | 'mismatch' | 'failed';

export class OidcError extends Error {
  override name = 'OidcError';
  constructor(
    readonly reason: OidcFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The portal as a client of one OpenID Connect provider (authorisation code flow with PKCE,
 * `state` and `nonce`). Only the provider's metadata is cached in the process: discovered on
 * first use, forgotten on failure so the next request tries again.
 */
export class OidcClient {
  private discovered: { at: number; configuration: Promise<client.Configuration> } | null = null;
  readonly redirectUri: string;

  constructor(
    private readonly settings: OidcConfig,
    publicUrl: string,
  ) {
    this.redirectUri = `${publicUrl}${CALLBACK_PATH}`;
  }

  private configuration(): Promise<client.Configuration> {
    if (this.discovered && Date.now() - this.discovered.at < DISCOVERY_TTL_MS) return this.discovered.configuration;
    const insecure = new URL(this.settings.issuer).protocol === 'http:'; // only loopback addresses pass the configuration
    const configuration = client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        timeout: TIMEOUT_SECONDS,
        execute: insecure ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        if (this.discovered?.configuration === configuration) this.discovered = null;
        throw new OidcError('unavailable', `discovery of ${this.settings.issuer} failed`, { cause: error });
      });
    this.discovered = { at: Date.now(), configuration };
    return configuration;
  }

  /** The provider's authorisation URL, and the checks to keep until the browser comes back. */
  async start(): Promise<{ url: URL; checks: OidcChecks }> {
    const configuration = await this.configuration();
    const checks: OidcChecks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, checks };
  }

  /**
   * Checks the provider's answer (`state`, issuer), exchanges the code (PKCE), validates the ID
   * token (signature, audience, `nonce`) and reads the e-mail from it, or from userinfo.
   */
  async finish(query: string, checks: OidcChecks): Promise<OidcIdentity> {
    const configuration = await this.configuration();
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      if (error instanceof client.AuthorizationResponseError && error.error === 'access_denied') throw new OidcError('denied', 'consent refused', { cause: error });
      if (isNetworkError(error)) throw new OidcError('unavailable', 'token endpoint unreachable', { cause: error });
      throw new OidcError('failed', error instanceof Error ? error.message : 'code exchange failed', { cause: error });
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcError('failed', 'no ID token');
    let email: unknown = claims.email;
    let verified: unknown = claims.email_verified;
    if (email === undefined && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        email = info.email;
        verified = info.email_verified;
      } catch (error) {
        throw new OidcError(isNetworkError(error) ? 'unavailable' : 'failed', 'userinfo failed', { cause: error });
      }
    }
    return {
      issuer: configuration.serverMetadata().issuer,
      subject: claims.sub,
      email: typeof email === 'string' && email.trim() ? email.trim() : null,
      emailVerified: verified === true,
    };
  }
}

/** The provider could not be reached (refused, reset, timed out), as opposed to an answer we refuse. */
function isNetworkError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return (error instanceof TypeError && error.message === 'fetch failed') || name === 'TimeoutError' || name === 'AbortError';
}
