import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ApplicationStatus } from '../developer.table.js';

/** What the token endpoint and the API gate need to know about an application. */
export interface ClientEntry {
  applicationId: number;
  clientId: string;
  status: ApplicationStatus;
  /** Keyed hashes of the valid secrets, with the end of their grace period (null: no end). */
  secrets: { hash: string; expiresAt: number | null }[];
  /** Slugs of the APIs the application is granted (validated subscriptions). */
  grantedApis: Set<string>;
}

interface ClientRow {
  id: number;
  client_id: string;
  status: ApplicationStatus;
  secrets: { hash: string; expires_at: string | null }[] | null;
  apis: string[] | null;
}

function toEntry(row: ClientRow): ClientEntry {
  return {
    applicationId: row.id,
    clientId: row.client_id,
    status: row.status,
    secrets: (row.secrets ?? []).map((secret) => ({ hash: secret.hash, expiresAt: secret.expires_at ? Date.parse(secret.expires_at) : null })),
    grantedApis: new Set(row.apis ?? []),
  };
}

const SELECT_CLIENTS = sql`SELECT a.id, a.client_id, a.status,
    (SELECT json_agg(json_build_object('hash', s.secret_hash, 'expires_at', s.expires_at)) FROM application_secrets s
      WHERE s.application_id = a.id AND (s.expires_at IS NULL OR s.expires_at > now())) AS secrets,
    (SELECT array_agg(sub.api ORDER BY sub.api) FROM api_subscriptions sub WHERE sub.application_id = a.id AND sub.status = 'validee') AS apis
  FROM developer_applications a`;

export async function findClientByClientId(db: Db, clientId: string): Promise<ClientEntry | undefined> {
  const { rows } = await sql<ClientRow>`${SELECT_CLIENTS} WHERE a.client_id = ${clientId}`.execute(db);
  return rows[0] && toEntry(rows[0]);
}

export async function findClientByApplicationId(db: Db, applicationId: number): Promise<ClientEntry | undefined> {
  const { rows } = await sql<ClientRow>`${SELECT_CLIENTS} WHERE a.id = ${applicationId}`.execute(db);
  return rows[0] && toEntry(rows[0]);
}

/**
 * Every application that may hold a live token: active ones, and those revoked within the
 * lifetime of a token (the gate must refuse their tokens).
 */
export async function loadClientDirectory(db: Db): Promise<ClientEntry[]> {
  const { rows } = await sql<ClientRow>`${SELECT_CLIENTS}
    WHERE a.status = 'active' OR a.revoked_at > now() - interval '1 hour'`.execute(db);
  return rows.map(toEntry);
}
