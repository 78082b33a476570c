import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Access, isBearerAccess, type Role } from '../src/platform/http/access.plugin.js';
import { buildTestApp, type TestApp } from './helpers/app.js';
import { TestClient, signUp } from './helpers/client.js';

/**
 * Walks every registered route × every role and checks the answer against the route's declared
 * access: allowed (never 401/403, never 5xx), sent to log in (303 to /connexion or 401), or 403.
 */
interface Persona {
  name: string;
  roles: Role[];
  verified: boolean;
}

const PERSONAS: Persona[] = [
  { name: 'anonyme', roles: [], verified: false },
  { name: 'candidat non vérifié', roles: ['candidat'], verified: false },
  { name: 'candidat', roles: ['candidat'], verified: true },
  { name: 'entreprise', roles: ['entreprise'], verified: true },
  { name: 'partenaire', roles: ['partenaire'], verified: true },
  { name: 'développeur', roles: ['developpeur'], verified: true },
  { name: 'modérateur', roles: ['moderateur'], verified: true },
  { name: 'administrateur', roles: ['administrateur'], verified: true },
];

const SAMPLE_PARAMS: Record<string, string> = { slug: 'reussir-l-entretien-d-embauche', '*': 'inconnu' };

function concrete(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, (_match, name: string) => SAMPLE_PARAMS[name] ?? 'inconnu').replace('*', SAMPLE_PARAMS['*']!);
}

type Expected = 'allowed' | 'login' | 'forbidden';

function expectation(access: Access, persona: Persona): Expected {
  if (access === 'public') return 'allowed';
  if (isBearerAccess(access)) return 'login'; // developer APIs want a bearer token, whoever is logged in

  if (persona.name === 'anonyme') return 'login';
  if (access === 'account') return 'allowed';
  if (access === 'verified') return persona.verified ? 'allowed' : 'forbidden';
  return access.some((role) => persona.roles.includes(role)) ? 'allowed' : 'forbidden';
}

describe('authorisation of every route for every role', () => {
  let t: TestApp;
  const clients = new Map<string, TestClient | null>();

  before(async () => {
    t = await buildTestApp();
    let n = 0;
    for (const persona of PERSONAS) {
      if (persona.name === 'anonyme') {
        clients.set(persona.name, null);
        continue;
      }
      const email = `role${++n}@exemple.fr`;
      const client = await signUp(t.app, email);
      await sql`UPDATE accounts SET roles = ${persona.roles}::text[], email_verified_at = ${persona.verified ? sql`now()` : null}
        WHERE email_normalized = ${email}`.execute(t.db);
      clients.set(persona.name, client);
    }
  });
  after(async () => t.close());

  test('every route declares its access', () => {
    assert.ok(t.app.routeAccess.length > 20);
    for (const route of t.app.routeAccess) assert.ok(route.access, `${route.method} ${route.url}`);
  });

  for (const persona of PERSONAS) {
    test(`as ${persona.name}`, async () => {
      const client = clients.get(persona.name) ?? null;
      const csrfClient = client ?? new TestClient(t.app);
      if (!client) await csrfClient.get('/connexion'); // a CSRF token, as a visitor's browser would have
      const failures: string[] = [];
      for (const route of t.app.routeAccess) {
        if (route.method === 'HEAD' || route.method === 'OPTIONS') continue;
        if (route.url === '/deconnexion' || route.url === '/deconnexion-partout') continue; // would end the persona's session: covered in accounts.test.ts
        const url = concrete(route.url);
        const response = route.method === 'GET' ? await csrfClient.get(url) : await csrfClient.post(url, {});
        const expected = expectation(route.access, persona);
        const status = response.statusCode;
        const got: Expected | 'error' =
          status >= 500
            ? 'error'
            : status === 401 || (status === 303 && String(response.headers.location).startsWith('/connexion?retour='))
              ? 'login'
              : status === 403 && !/Le formulaire a expiré/.test(response.body)
                ? 'forbidden'
                : 'allowed';
        if (got !== expected) failures.push(`${route.method} ${url} (${JSON.stringify(route.access)}): expected ${expected}, got ${status}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
