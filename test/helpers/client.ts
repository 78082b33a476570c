import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type FilePart, multipartBody } from './multipart.js';

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

/**
 * A browser-like client over app.inject(): keeps cookies, and sends back the CSRF token of the
 * last form it saw, as a browser submitting that form would.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader(), 'user-agent': BROWSER_UA } }));
  }

  /** Posts a form; the CSRF token is added unless `_csrf` is given (use `_csrf: ''` to omit it). */
  async post(url: string, form: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const fields = { _csrf: this.csrfToken, ...form };
    if (fields._csrf === '') delete (fields as Record<string, string>)._csrf;
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.ip,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER_UA },
        payload: new URLSearchParams(fields).toString(),
      }),
    );
  }

  /** Posts a form with files (`enctype="multipart/form-data"`); the CSRF token is added as in post(). */
  async postMultipart(url: string, form: Record<string, string | string[]> = {}, files: readonly FilePart[] = []): Promise<LightMyRequestResponse> {
    const fields = { _csrf: this.csrfToken, ...form };
    if (fields._csrf === '') delete (fields as Record<string, unknown>)._csrf;
    const { payload, contentType } = multipartBody(fields, files);
    return this.remember(
      await this.app.inject({ method: 'POST', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader(), 'content-type': contentType, 'user-agent': BROWSER_UA }, payload }),
    );
  }
}

export const STRONG_PASSWORD = 'Tr0mpette!Verte';

/** Signs up through the real form; the e-mail stays unverified (tests set `email_verified_at` when they need it). */
export async function signUp(app: FastifyInstance, email: string, options: { verified?: boolean; kind?: string } = {}): Promise<TestClient> {
  const client = new TestClient(app);
  await client.get('/inscription');
  const response = await client.post('/inscription', { email, password: STRONG_PASSWORD, passwordConfirmation: STRONG_PASSWORD, displayName: '', kind: options.kind ?? 'candidat' });
  if (response.statusCode !== 303) throw new Error(`sign-up failed: ${response.statusCode} ${response.body.slice(0, 500)}`);
  return client;
}
