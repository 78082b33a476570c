import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { ApiSubscription, SubscriptionStatus } from '../developer.table.js';

export function listSubscriptions(db: Db, applicationId: number): Promise<ApiSubscription[]> {
  return db.selectFrom('api_subscriptions').selectAll().where('application_id', '=', applicationId).orderBy('api').execute();
}

/** An application's subscription to an API; `forUpdate` locks the row. */
export async function findSubscription(db: Db, applicationId: number, api: string, options: { forUpdate?: boolean } = {}): Promise<ApiSubscription | undefined> {
  let query = db.selectFrom('api_subscriptions').selectAll().where('application_id', '=', applicationId).where('api', '=', api);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export interface SubscriptionChange {
  status: SubscriptionStatus;
  useCase?: string;
  staffReason?: string | null;
  submitted?: boolean;
  decided?: boolean;
}

/** Creates the subscription or changes it (the caller holds the application's lock). Returns its id. */
export async function saveSubscription(db: Db, applicationId: number, api: string, existing: ApiSubscription | undefined, change: SubscriptionChange): Promise<number> {
  const now = sql<Date>`now()`;
  const values = {
    status: change.status,
    ...(change.useCase !== undefined ? { use_case: change.useCase } : {}),
    ...(change.staffReason !== undefined ? { staff_reason: change.staffReason } : {}),
    ...(change.submitted ? { submitted_at: now } : {}),
    ...(change.decided ? { decided_at: now } : {}),
  };
  if (existing) {
    await db.updateTable('api_subscriptions').set({ ...values, updated_at: now }).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const row = await db
    .insertInto('api_subscriptions')
    .values({ application_id: applicationId, api, submitted_at: null, decided_at: null, staff_reason: null, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteSubscription(db: Db, id: number): Promise<void> {
  await db.deleteFrom('api_subscriptions').where('id', '=', id).execute();
}

export async function insertSubscriptionEvent(
  db: Db,
  event: { subscriptionId: number; from: SubscriptionStatus | null; to: SubscriptionStatus; actorAccountId: number | null; reason: string | null },
): Promise<void> {
  await db
    .insertInto('api_subscription_events')
    .values({ subscription_id: event.subscriptionId, from_status: event.from, to_status: event.to, actor_account_id: event.actorAccountId, reason: event.reason })
    .execute();
}

/** Revokes every validated subscription of an application (when the application is revoked). */
export async function revokeValidatedSubscriptions(db: Db, applicationId: number, actorAccountId: number, reason: string): Promise<void> {
  const validated = await db
    .selectFrom('api_subscriptions')
    .select('id')
    .where('application_id', '=', applicationId)
    .where('status', '=', 'validee')
    .forUpdate()
    .execute();
  for (const { id } of validated) {
    await db.updateTable('api_subscriptions').set({ status: 'revoquee', staff_reason: reason, decided_at: sql<Date>`now()`, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
    await insertSubscriptionEvent(db, { subscriptionId: id, from: 'validee', to: 'revoquee', actorAccountId, reason });
  }
}
