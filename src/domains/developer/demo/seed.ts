import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { addDays, parisDay } from '../../catalogue/index.js';
import { clientSecretKey, hashClientSecret, newClientId, newClientSecret, secretHint } from '../oauth/credentials.js';
import { DEMO_DEVELOPER, DEMO_USAGE_DAYS, type DemoApplication, demoApplications } from './demo.data.js';
import { demoGrantsOfDay, demoUsageOfDay } from './demo.usage.js';

/** The demo developer's account (no password: it cannot log in), created once. */
async function demoDeveloper(trx: Db, now: Date): Promise<number> {
  await trx
    .insertInto('accounts')
    .values({ email: DEMO_DEVELOPER.email, email_normalized: DEMO_DEVELOPER.email, display_name: DEMO_DEVELOPER.name, password_hash: null, roles: ['candidat', 'developpeur'], email_verified_at: now })
    .onConflict((oc) => oc.column('email_normalized').doNothing())
    .execute();
  return (await trx.selectFrom('accounts').select('id').where('email_normalized', '=', DEMO_DEVELOPER.email).executeTakeFirstOrThrow()).id;
}

/** A new demo application: a random client id and secret (the secret is thrown away: only its hash is kept). */
async function createApplication(trx: Db, ownerId: number, demo: DemoApplication, key: string, createdAt: Date): Promise<number> {
  const service = demo.serviceSlug ? await trx.selectFrom('services').select('id').where('slug', '=', demo.serviceSlug).where('status', '=', 'publie').executeTakeFirst() : undefined;
  const { id } = await trx
    .insertInto('developer_applications')
    .values({ owner_account_id: ownerId, name: demo.name, description: demo.description, website: demo.website, client_id: newClientId(), service_id: service?.id ?? null, created_at: createdAt, updated_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  const secret = newClientSecret();
  await trx.insertInto('application_secrets').values({ application_id: id, secret_hash: hashClientSecret(key, secret), hint: secretHint(secret), created_at: createdAt, expires_at: null }).execute();
  for (const subscription of demo.subscriptions) {
    const decidedAt = new Date(createdAt.getTime() + (subscription.reviewed ? 2 : 0) * 86_400_000);
    const row = await trx
      .insertInto('api_subscriptions')
      .values({ application_id: id, api: subscription.api, status: 'validee', use_case: subscription.useCase, submitted_at: subscription.reviewed ? createdAt : null, decided_at: decidedAt, created_at: createdAt, updated_at: decidedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const events = subscription.reviewed
      ? [
          { from_status: null, to_status: 'soumise' as const, reason: null, created_at: createdAt },
          { from_status: 'soumise' as const, to_status: 'validee' as const, reason: 'Usage conforme aux conditions de l’API.', created_at: decidedAt },
        ]
      : [{ from_status: null, to_status: 'validee' as const, reason: null, created_at: createdAt }];
    await trx
      .insertInto('api_subscription_events')
      .values(events.map((event) => ({ ...event, subscription_id: row.id, actor_account_id: subscription.reviewed && event.to_status === 'validee' ? null : ownerId })))
      .execute();
  }
  return id;
}

/** The usage of the last DEMO_USAGE_DAYS Paris days before today; rows already there are kept. */
async function loadUsage(trx: Db, applicationId: number, demo: DemoApplication, today: string): Promise<void> {
  const days = Array.from({ length: DEMO_USAGE_DAYS }, (_, index) => addDays(today, index - DEMO_USAGE_DAYS));
  const usage = demo.usage.flatMap((api) =>
    days.map((day, index) => ({ application_id: applicationId, api: api.api, day, ...demoUsageOfDay(demo.key, api, day, index / (DEMO_USAGE_DAYS - 1)) })),
  );
  await trx.insertInto('api_usage_daily').values(usage).onConflict((oc) => oc.columns(['application_id', 'api', 'day']).doNothing()).execute();
  const grants = days.map((day) => ({ application_id: applicationId, day, ...demoGrantsOfDay(demo.key, demo.tokensPerWeekday, day) }));
  await trx.insertInto('token_grants_daily').values(grants).onConflict((oc) => oc.columns(['application_id', 'day']).doNothing()).execute();
}

/**
 * Loads the developer demo: an account, two applications with validated subscriptions (one of
 * them in the Store as the « Trajet Emploi » service) and 60 days of usage. Idempotent: what
 * exists is kept, so a second run changes nothing.
 */
export async function seedDeveloperDemo(db: Db, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('seed-developer'))`.execute(trx);
    const ownerId = await demoDeveloper(trx, now);
    const key = await clientSecretKey(trx);
    const today = parisDay(now);
    const createdAt = new Date(now.getTime() - (DEMO_USAGE_DAYS + 5) * 86_400_000);
    for (const demo of demoApplications) {
      const existing = await trx.selectFrom('developer_applications').select('id').where('owner_account_id', '=', ownerId).where('name', '=', demo.name).executeTakeFirst();
      const id = existing?.id ?? (await createApplication(trx, ownerId, demo, key, createdAt));
      await loadUsage(trx, id, demo, today);
    }
  });
}
