import type { Generated, Selectable } from 'kysely';

export type ApplicationStatus = 'active' | 'revoquee';
export type SubscriptionStatus = 'brouillon' | 'soumise' | 'modifications-demandees' | 'validee' | 'refusee' | 'revoquee';

export interface DeveloperApplicationsTable {
  id: Generated<number>;
  owner_account_id: number;
  name: string;
  description: string;
  website: string | null;
  client_id: string;
  status: Generated<ApplicationStatus>;
  revoked_at: Date | null;
  revoked_reason: string | null;
  service_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ApplicationSecretsTable {
  id: Generated<number>;
  application_id: number;
  /** keyed hash (see credentials.ts), never the secret */
  secret_hash: string;
  hint: string;
  created_at: Generated<Date>;
  /** null: valid until rotated; a date: valid until then (grace period after a rotation) */
  expires_at: Date | null;
}

export interface ApiSubscriptionsTable {
  id: Generated<number>;
  application_id: number;
  /** an API slug of apis.registry.ts */
  api: string;
  status: SubscriptionStatus;
  use_case: Generated<string>;
  staff_reason: string | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ApiSubscriptionEventsTable {
  id: Generated<number>;
  subscription_id: number;
  from_status: SubscriptionStatus | null;
  to_status: SubscriptionStatus;
  actor_account_id: number | null;
  reason: string | null;
  created_at: Generated<Date>;
}

export interface OauthSigningKeysTable {
  kid: string;
  alg: string;
  private_jwk: string;
  public_jwk: string;
  created_at: Generated<Date>;
  activates_at: Generated<Date>;
  retires_at: Date | null;
}

export interface ApiUsageDailyTable {
  application_id: number;
  api: string;
  /** Paris day, 'YYYY-MM-DD' */
  day: string;
  calls: Generated<number>;
  client_errors: Generated<number>;
  server_errors: Generated<number>;
  throttled: Generated<number>;
  latency_total_ms: Generated<number>;
  /** calls under 10, 25, 50, 100, 250, 500, 1000 ms and above (8 buckets) */
  latency_histogram: Generated<number[]>;
}

export interface TokenGrantsDailyTable {
  application_id: number;
  day: string;
  granted: Generated<number>;
  refused: Generated<number>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    developer_applications: DeveloperApplicationsTable;
    application_secrets: ApplicationSecretsTable;
    api_subscriptions: ApiSubscriptionsTable;
    api_subscription_events: ApiSubscriptionEventsTable;
    oauth_signing_keys: OauthSigningKeysTable;
    api_usage_daily: ApiUsageDailyTable;
    token_grants_daily: TokenGrantsDailyTable;
  }
}

export type DeveloperApplication = Selectable<DeveloperApplicationsTable>;
export type ApiSubscription = Selectable<ApiSubscriptionsTable>;
export type ApiSubscriptionEvent = Selectable<ApiSubscriptionEventsTable>;
