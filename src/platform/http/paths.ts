/** True for the JSON API (and its documents), which answer errors in JSON. */
export function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
