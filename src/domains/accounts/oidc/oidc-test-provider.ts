/**
 * For tests only: a real OpenID Connect provider (`oidc-provider`, a dev dependency) on
 * 127.0.0.1, whose log-in and consent interactions complete by themselves as the test decides,
 * and a tiny cookie-keeping browser to walk the redirects.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter } from 'oidc-provider';

export interface TestUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people the provider knows, by subject. */
  users: Map<string, TestUser>;
  /** Who logs in at the next interaction, and whether they refuse consent. */
  next: { loginAs: string; deny: boolean };
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (to know an address before something listens on it). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** oidc-provider's storage, in memory, for one provider instance. */
function memoryAdapter(): (name: string) => Adapter {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) store.delete(key);
    return store.get(key)?.payload;
  };
  return (name) => ({
    async upsert(id, payload, expiresIn) {
      store.set(`${name}:${id}`, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    },
    async find(id) {
      return live(`${name}:${id}`);
    },
    async findByUid(uid) {
      for (const key of store.keys()) if (key.startsWith(`${name}:`) && live(key)?.uid === uid) return live(key);
      return undefined;
    },
    async findByUserCode(userCode) {
      for (const key of store.keys()) if (key.startsWith(`${name}:`) && live(key)?.userCode === userCode) return live(key);
      return undefined;
    },
    async consume(id) {
      const payload = live(`${name}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      store.delete(`${name}:${id}`);
    },
    async revokeByGrantId(grantId) {
      for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    },
  });
}

/** Starts a provider with one confidential client allowed to return to `redirectUri`. */
export async function startTestProvider({ redirectUri, port = 0 }: { redirectUri: string; port?: number }): Promise<TestProvider> {
  const users = new Map<string, TestUser>();
  const next = { loginAs: '', deny: false };
  const clientId = 'emploi-store-test';
  const clientSecret = randomBytes(24).toString('base64url');
  const ready: { provider?: Provider } = {};

  const server = http.createServer((req, res) => {
    const { provider } = ready;
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) return void interact(provider, req, res).catch(() => res.writeHead(500).end());
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function interact(p: Provider, req: http.IncomingMessage, res: http.ServerResponse) {
    const details = await p.interactionDetails(req, res);
    if (next.deny) return p.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User refused' }, { mergeWithLastSubmission: false });
    if (details.prompt.name === 'login') return p.interactionFinished(req, res, { login: { accountId: next.loginAs } }, { mergeWithLastSubmission: false });
    const grant = (details.grantId && (await p.Grant.find(details.grantId))) || new p.Grant({ accountId: details.session!.accountId!, clientId: String(details.params.client_id) });
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    return p.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  ready.provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post' }],
    async findAccount(_ctx, sub) {
      const user = users.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => ({ ...user }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [randomBytes(24).toString('base64url')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
  });
  return {
    issuer,
    clientId,
    clientSecret,
    users,
    next,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies of one site, by name (paths and domains are not needed here). */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute) || (/^expires=/i.test(attribute) && new Date(attribute.slice(8)).getTime() < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [name, value] of this.cookies) jar.cookies.set(name, value);
    return jar;
  }
}

/** GET without following redirects, keeping cookies in the jar. */
export async function browse(url: string, jar: CookieJar): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(), 'user-agent': 'test-browser' } });
  jar.store(response);
  return response;
}

/** Follows the provider's redirects (log-in, consent) until it sends the browser back to `redirectUri`. */
export async function authorizeAtProvider(authorizationUrl: string, redirectUri: string, jar: CookieJar): Promise<string> {
  let url = authorizationUrl;
  for (let hop = 0; hop < 20; hop++) {
    const response = await browse(url, jar);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) throw new Error(`provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 500)}`);
    url = new URL(location, url).href;
    if (url.startsWith(`${redirectUri}?`)) return url;
  }
  throw new Error('too many redirects at the provider');
}
