import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import type { SubscriptionStatus } from '../developer.table.js';

/** Test fixtures of the portal (used by tests only). */
let sequence = 0;

/** A verified account with the developer role, logged in. */
export async function signUpDeveloper(app: FastifyInstance, db: Db, prefix = 'dev'): Promise<{ client: TestClient; accountId: number }> {
  const email = `${prefix}-${Date.now().toString(36)}-${++sequence}@exemple.fr`;
  const client = await signUp(app, email);
  await sql`UPDATE accounts SET roles = '{developpeur}', email_verified_at = now() WHERE email_normalized = ${email}`.execute(db);
  const { id } = await db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  return { client, accountId: id };
}

/** An application of an account, subscribed to the given APIs with the given status. */
export async function createApplication(db: Db, ownerId: number, subscriptions: Record<string, SubscriptionStatus> = {}, name = `Appli ${++sequence}`): Promise<number> {
  const { id } = await db
    .insertInto('developer_applications')
    .values({ owner_account_id: ownerId, name, description: 'Une application de test pour la console.', website: null, client_id: `test-${Date.now().toString(36)}-${++sequence}`, service_id: null, revoked_at: null, revoked_reason: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [api, status] of Object.entries(subscriptions)) {
    await db.insertInto('api_subscriptions').values({ application_id: id, api, status, staff_reason: null, submitted_at: null, decided_at: status === 'validee' ? new Date() : null }).execute();
  }
  return id;
}
