import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';

let n = 0;

export interface TestAccount {
  client: TestClient;
  id: number;
  email: string;
}

/** A signed-up, verified account with these roles, logged in (and holding a CSRF token). */
export async function verifiedAccount(t: TestApp, roles: string[] = ['candidat']): Promise<TestAccount> {
  const email = `dev${process.pid}-${++n}@exemple.fr`;
  const client = await signUp(t.app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[] WHERE email_normalized = ${email}`.execute(t.db);
  const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  await client.get('/mon-espace');
  return { client, id, email };
}

/** A verified account that became a developer through the terms page. */
export async function developerAccount(t: TestApp): Promise<TestAccount> {
  const account = await verifiedAccount(t);
  await account.client.get('/developpeurs/applications');
  const response = await account.client.post('/developpeurs/devenir', { accepte: 'oui' });
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
  return account;
}

/** The page's text with the entities the renderer writes turned back into characters. */
export const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export const APP_VALUES = { name: 'Mon agrégateur', description: 'Affiche les services de l’emploi utiles près de chez soi.', website: 'https://agregateur.example.fr' };

/** Creates an application through the form; returns its id, client id and the secret shown once. */
export async function createApplication(t: TestApp, client: TestClient, values: Partial<typeof APP_VALUES> = {}): Promise<{ id: number; clientId: string; secret: string; html: string }> {
  await client.get('/developpeurs/applications/nouvelle');
  const response = await client.post('/developpeurs/applications/nouvelle', { ...APP_VALUES, ...values });
  assert.equal(response.statusCode, 200, response.body.slice(0, 500));
  const secret = /id="client-secret"[^>]*value="([0-9a-f]{64})"/.exec(response.body)?.[1];
  const clientId = /id="client-id"[^>]*value="([^"]+)"/.exec(response.body)?.[1];
  assert.ok(secret && clientId, 'the result page shows the client id and the secret');
  const row = await t.db.selectFrom('developer_applications').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  return { id: row.id, clientId, secret, html: response.body };
}
