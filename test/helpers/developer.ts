import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { clientSecretKey, hashClientSecret, newClientId, newClientSecret, secretHint } from '../../src/domains/developer/oauth/credentials.js';
import type { Db } from '../../src/platform/db/database.js';

export interface TestApplication {
  applicationId: number;
  clientId: string;
  clientSecret: string;
  ownerAccountId: number;
}

let counter = 0;

/**
 * A developer application made with SQL (the portal's forms are tested elsewhere): an owner
 * account, a client id and secret, and validated subscriptions to the given API slugs.
 */
export async function createTestApplication(db: Db, options: { apis?: string[]; ownerAccountId?: number; name?: string } = {}): Promise<TestApplication> {
  counter += 1;
  let ownerAccountId = options.ownerAccountId;
  if (ownerAccountId === undefined) {
    const email = `dev-${process.pid}-${counter}-${Date.now()}@exemple.fr`;
    const { rows } = await sql<{ id: number }>`INSERT INTO accounts (email, email_normalized, display_name, password_hash, roles, email_verified_at)
      VALUES (${email}, ${email}, 'Développeuse test', NULL, '{developpeur}', now()) RETURNING id`.execute(db);
    ownerAccountId = rows[0]!.id;
  }
  const clientId = newClientId();
  const clientSecret = newClientSecret();
  const { rows } = await sql<{ id: number }>`INSERT INTO developer_applications (owner_account_id, name, description, client_id)
    VALUES (${ownerAccountId}, ${options.name ?? `Application de test ${counter}`}, 'Une application pour les tests automatiques.', ${clientId}) RETURNING id`.execute(db);
  const applicationId = rows[0]!.id;
  await sql`INSERT INTO application_secrets (application_id, secret_hash, hint)
    VALUES (${applicationId}, ${hashClientSecret(await clientSecretKey(db), clientSecret)}, ${secretHint(clientSecret)})`.execute(db);
  for (const api of options.apis ?? []) {
    await sql`INSERT INTO api_subscriptions (application_id, api, status, decided_at) VALUES (${applicationId}, ${api}, 'validee', now())`.execute(db);
  }
  return { applicationId, clientId, clientSecret, ownerAccountId };
}

/** Asks the token endpoint for a token, as a third-party client does (form body). */
export async function requestToken(app: FastifyInstance, application: Pick<TestApplication, 'clientId' | 'clientSecret'>, scope?: string) {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: application.clientId, client_secret: application.clientSecret });
  if (scope !== undefined) form.set('scope', scope);
  return app.inject({
    method: 'POST',
    url: '/connexion/oauth2/access_token?realm=/partenaire',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
}
