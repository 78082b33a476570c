import { sql } from 'kysely';
import { clientSecretKey, hashClientSecret } from '../../src/domains/developer/oauth/credentials.js';
import type { Db } from '../../src/platform/db/database.js';

/** Bench applications: a known secret each (derived from its number), subscribed to the catalogue and ROME APIs. */
export interface BenchApplication {
  clientId: string;
  clientSecret: string;
}

const OWNER_EMAIL = 'banc-developpeur@emploi-store.example';

/**
 * Creates (once) `count` applications owned by one bench account, so that the load spreads over
 * many applications: each has its own rate limit (10 calls/s, burst 20), which one application
 * alone would hit at once.
 */
export async function ensureBenchApplications(db: Db, count: number): Promise<BenchApplication[]> {
  const key = await clientSecretKey(db);
  await sql`INSERT INTO accounts (email, email_normalized, display_name, roles, email_verified_at)
    VALUES (${OWNER_EMAIL}, ${OWNER_EMAIL}, 'Banc de charge', '{developpeur}', now()) ON CONFLICT (email_normalized) DO NOTHING`.execute(db);
  const owner = (await sql<{ id: number }>`SELECT id FROM accounts WHERE email_normalized = ${OWNER_EMAIL}`.execute(db)).rows[0]!.id;
  const applications: BenchApplication[] = [];
  for (let n = 1; n <= count; n++) {
    const clientId = `PAR_banc_${String(n).padStart(5, '0')}`;
    const clientSecret = `${'banc'.repeat(8)}${String(n).padStart(32, '0')}`;
    applications.push({ clientId, clientSecret });
    const existing = await sql<{ id: number }>`SELECT id FROM developer_applications WHERE client_id = ${clientId}`.execute(db);
    if (existing.rows[0]) continue;
    const { rows } = await sql<{ id: number }>`INSERT INTO developer_applications (owner_account_id, name, description, client_id)
      VALUES (${owner}, ${`Banc ${n}`}, 'Application du banc de charge.', ${clientId}) RETURNING id`.execute(db);
    const id = rows[0]!.id;
    await sql`INSERT INTO application_secrets (application_id, secret_hash, hint) VALUES (${id}, ${hashClientSecret(key, clientSecret)}, ${clientSecret.slice(-4)})`.execute(db);
    await sql`INSERT INTO api_subscriptions (application_id, api, status, decided_at)
      VALUES (${id}, 'catalogue-des-services', 'validee', now()), (${id}, 'rome', 'validee', now())`.execute(db);
  }
  return applications;
}

/** The token requests of the bench: one per application, form-encoded as third-party clients send them. */
export function tokenRequests(applications: readonly BenchApplication[]) {
  return applications.map((application) => ({
    method: 'POST' as const,
    path: '/connexion/oauth2/access_token?realm=/partenaire',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: application.clientId, client_secret: application.clientSecret, scope: 'api_romev1' }).toString(),
  }));
}
