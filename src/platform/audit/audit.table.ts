import type { ColumnType, Generated, Selectable } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  actor_account_id: number | null;
  actor_name: string;
  action: string;
  subject_kind: string;
  subject_id: string | null;
  summary: string;
  before: ColumnType<unknown | null, string | null, never>;
  after: ColumnType<unknown | null, string | null, never>;
  created_at: Generated<Date>;
}

export type AuditLogRow = Selectable<AuditLogTable>;

declare module '../db/database.js' {
  interface Database {
    audit_log: AuditLogTable;
  }
}
