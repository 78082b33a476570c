import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../platform/db/database.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { newClientId } from '../oauth/credentials.js';

/** Test helpers of the dashboards' tests (not loaded by the app). */

export const decode = (html: string) =>
  html
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u202f\u00a0]/g, ' ');

/** A verified account with the developer role, logged in. */
export async function developer(app: FastifyInstance, db: Db, email: string): Promise<{ client: TestClient; accountId: number }> {
  const client = await signUp(app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ARRAY['candidat', 'developpeur']::text[] WHERE email_normalized = ${email}`.execute(db);
  const { id } = await db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  return { client, accountId: id };
}

export async function createApplication(db: Db, ownerId: number, values: { name?: string; description?: string; website?: string | null; status?: 'active' | 'revoquee' } = {}): Promise<number> {
  const revoked = values.status === 'revoquee';
  const { id } = await db
    .insertInto('developer_applications')
    .values({
      owner_account_id: ownerId,
      name: values.name ?? 'Application de test',
      description: values.description ?? 'Une application qui lit le catalogue des services.',
      website: values.website === undefined ? 'https://appli.example' : values.website,
      client_id: newClientId(),
      status: revoked ? 'revoquee' : 'active',
      revoked_at: revoked ? new Date() : null,
      service_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface UsageValues {
  calls: number;
  client_errors?: number;
  server_errors?: number;
  throttled?: number;
  latency_total_ms?: number;
  latency_histogram?: number[];
}

export async function insertUsage(db: Db, applicationId: number, api: string, day: string, values: UsageValues): Promise<void> {
  await db
    .insertInto('api_usage_daily')
    .values({ application_id: applicationId, api, day, ...values, latency_histogram: values.latency_histogram ?? [values.calls, 0, 0, 0, 0, 0, 0, 0] })
    .execute();
}
