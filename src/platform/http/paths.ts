/** True for the JSON API (and its documents), which answer errors in JSON. */
export function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?') || isPartnerApiRequest(url) || url.startsWith('/connexion/oauth2/');
}

/**
 * The developer APIs compatible with the agency's (`/partenaire/…`): their errors keep the
 * original shape `{ codeHttp, message, codeErreur }`.
 */
export function isPartnerApiRequest(url: string): boolean {
  return url.startsWith('/partenaire/');
}
