/** Lifetime of an access token, as the agency's token endpoint gives it. */
export const ACCESS_TOKEN_SECONDS = 1499;
/** `aud` of every access token: the developer APIs. */
export const TOKEN_AUDIENCE = 'emploi-store-partenaire';

/** The claims of an access token (a JWS, EdDSA). */
export interface AccessTokenClaims {
  iss: string;
  aud: string;
  /** the client_id */
  sub: string;
  /** the application id */
  app: number;
  /** granted scopes, separated by spaces */
  scope: string;
  iat: number;
  exp: number;
  jti: string;
}
