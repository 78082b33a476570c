import type { ColumnType, Generated, Selectable } from 'kysely';

export interface AccountsTable {
  id: Generated<number>;
  email: string;
  email_normalized: string;
  password_hash: string | null;
  display_name: Generated<string>;
  roles: Generated<string[]>;
  email_verified_at: Date | null;
  situation: string | null;
  target_ogr_code: string | null;
  target_rome_code: string | null;
  target_job_label: string | null;
  department_code: string | null;
  guidance: ColumnType<unknown, string | null, string | null> | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SessionsTable {
  id_hash: string;
  account_id: number;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
}

export interface AccountTokensTable {
  token_hash: string;
  account_id: number;
  purpose: 'verifier-email' | 'reinitialiser-mot-de-passe' | 'changer-email';
  payload: ColumnType<unknown, string | null, string | null> | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface PlatformSecretsTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

export interface RateLimitHitsTable {
  bucket: string;
  hit_at: Generated<Date>;
}

export type AccountRow = Selectable<AccountsTable>;

declare module '../../platform/db/database.js' {
  interface Database {
    accounts: AccountsTable;
    sessions: SessionsTable;
    account_tokens: AccountTokensTable;
    platform_secrets: PlatformSecretsTable;
    rate_limit_hits: RateLimitHitsTable;
  }
}
