import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { DeveloperApplication } from '../developer.table.js';

/** An application id from a URL: anything but a positive integer is an unknown application. */
export function parseApplicationId(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}

export interface ApplicationInput {
  name: string;
  description: string;
  website: string | null;
}

/** The owner's application (another account's id reads as unknown); `forUpdate` locks the row. */
export async function findOwnApplication(db: Db, ownerId: number, id: number, options: { forUpdate?: boolean } = {}): Promise<DeveloperApplication | undefined> {
  let query = db.selectFrom('developer_applications').selectAll().where('id', '=', id).where('owner_account_id', '=', ownerId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findApplication(db: Db, id: number, options: { forUpdate?: boolean } = {}): Promise<DeveloperApplication | undefined> {
  let query = db.selectFrom('developer_applications').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export interface ApplicationSummary extends DeveloperApplication {
  subscriptions: { api: string; status: string }[];
}

/** The owner's applications, newest first, with their subscriptions (api, status). */
export async function listOwnApplications(db: Db, ownerId: number): Promise<ApplicationSummary[]> {
  const apps = await db.selectFrom('developer_applications').selectAll().where('owner_account_id', '=', ownerId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  if (!apps.length) return [];
  const subscriptions = await db
    .selectFrom('api_subscriptions')
    .select(['application_id', 'api', 'status'])
    .where(
      'application_id',
      'in',
      apps.map((app) => app.id),
    )
    .orderBy('api')
    .execute();
  return apps.map((app) => ({ ...app, subscriptions: subscriptions.filter((row) => row.application_id === app.id) }));
}

export async function countOwnApplications(db: Db, ownerId: number): Promise<number> {
  const row = await db.selectFrom('developer_applications').select((eb) => eb.fn.countAll<number>().as('count')).where('owner_account_id', '=', ownerId).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertApplication(db: Db, ownerId: number, input: ApplicationInput, clientId: string): Promise<number> {
  const row = await db
    .insertInto('developer_applications')
    .values({ owner_account_id: ownerId, name: input.name, description: input.description, website: input.website, client_id: clientId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateApplication(db: Db, id: number, input: ApplicationInput): Promise<void> {
  await db
    .updateTable('developer_applications')
    .set({ name: input.name, description: input.description, website: input.website, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function insertSecret(db: Db, applicationId: number, secretHash: string, hint: string): Promise<void> {
  await db.insertInto('application_secrets').values({ application_id: applicationId, secret_hash: secretHash, hint, expires_at: null }).execute();
}

export interface SecretRow {
  id: number;
  hint: string;
  created_at: Date;
  expires_at: Date | null;
}

/** Secrets still valid (no expiry, or an expiry in the future), newest first. */
export function listValidSecrets(db: Db, applicationId: number): Promise<SecretRow[]> {
  return db
    .selectFrom('application_secrets')
    .select(['id', 'hint', 'created_at', 'expires_at'])
    .where('application_id', '=', applicationId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Gives every still-valid secret an expiry `graceSeconds` from now — never later than the expiry
 * it already has (a rotation never extends a secret).
 */
export async function expireValidSecrets(db: Db, applicationId: number, graceSeconds: number): Promise<void> {
  await sql`
    UPDATE application_secrets
    SET expires_at = LEAST(COALESCE(expires_at, 'infinity'::timestamptz), now() + make_interval(secs => ${graceSeconds}))
    WHERE application_id = ${applicationId} AND (expires_at IS NULL OR expires_at > now())`.execute(db);
}

export async function markRevoked(db: Db, id: number, reason: string | null): Promise<void> {
  await db
    .updateTable('developer_applications')
    .set({ status: 'revoquee', revoked_at: sql<Date>`now()`, revoked_reason: reason, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function ownerEmail(db: Db, accountId: number): Promise<string | undefined> {
  const row = await db.selectFrom('accounts').select('email').where('id', '=', accountId).executeTakeFirst();
  return row?.email;
}

export interface AdminApplicationRow extends DeveloperApplication {
  owner_email: string;
}

/** Staff search over every application: name, client_id or the owner's e-mail; newest first. */
export async function searchApplications(db: Db, q: string, limit: number, offset: number): Promise<{ total: number; rows: AdminApplicationRow[] }> {
  const text = q.trim();
  const base = db
    .selectFrom('developer_applications as d')
    .innerJoin('accounts as a', 'a.id', 'd.owner_account_id')
    .$if(text !== '', (qb) =>
      qb.where(sql<boolean>`(d.name ILIKE '%' || ${escapeLike(text)} || '%' OR d.client_id = ${text} OR a.email_normalized ILIKE '%' || ${escapeLike(text.toLowerCase())} || '%')`),
    );
  const [rows, count] = await Promise.all([
    base.selectAll('d').select('a.email as owner_email').orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.count), rows };
}

export async function findAdminApplication(db: Db, id: number): Promise<AdminApplicationRow | undefined> {
  return db
    .selectFrom('developer_applications as d')
    .innerJoin('accounts as a', 'a.id', 'd.owner_account_id')
    .selectAll('d')
    .select('a.email as owner_email')
    .where('d.id', '=', id)
    .executeTakeFirst();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
