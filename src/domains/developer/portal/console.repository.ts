import type { Db } from '../../../platform/db/database.js';
import type { ApplicationStatus, SubscriptionStatus } from '../developer.table.js';

export interface ConsoleApplication {
  id: number;
  name: string;
  status: ApplicationStatus;
  /** The application's subscription to the API of the console, if any. */
  subscription: SubscriptionStatus | null;
}

/** The viewer's active applications, with their subscription to one API, by name. */
export async function listActiveApplications(db: Db, accountId: number, apiSlug: string): Promise<ConsoleApplication[]> {
  return db
    .selectFrom('developer_applications as a')
    .leftJoin('api_subscriptions as s', (join) => join.onRef('s.application_id', '=', 'a.id').on('s.api', '=', apiSlug))
    .select(['a.id', 'a.name', 'a.status', 's.status as subscription'])
    .where('a.owner_account_id', '=', accountId)
    .where('a.status', '=', 'active')
    .orderBy('a.name')
    .orderBy('a.id')
    .execute();
}

/** One application of the viewer (whatever its status), with its subscription to one API; undefined when not theirs. */
export async function findOwnApplication(db: Db, accountId: number, applicationId: number, apiSlug: string): Promise<ConsoleApplication | undefined> {
  return db
    .selectFrom('developer_applications as a')
    .leftJoin('api_subscriptions as s', (join) => join.onRef('s.application_id', '=', 'a.id').on('s.api', '=', apiSlug))
    .select(['a.id', 'a.name', 'a.status', 's.status as subscription'])
    .where('a.owner_account_id', '=', accountId)
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}
