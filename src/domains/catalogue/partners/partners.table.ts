import type { ColumnType, Generated, Selectable } from 'kysely';

export type MemberRole = 'proprietaire' | 'editeur';

export interface OrganisationInvitationsTable {
  id: Generated<number>;
  organisation_id: number;
  email: string;
  role: MemberRole;
  token_hash: string;
  invited_by: number | null;
  created_at: Generated<Date>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  accepted_at: Date | null;
  accepted_by: number | null;
  cancelled_at: Date | null;
}

export type RevisionStatus = 'brouillon' | 'soumis' | 'modifications-demandees' | 'publie' | 'abandonne';

export interface ServiceRevisionsTable {
  id: Generated<number>;
  organisation_id: number;
  service_id: number | null;
  /** A ServiceContent (see submissions/service-content.ts), as JSON. */
  content: ColumnType<unknown, string, string>;
  base_content: ColumnType<unknown | null, string | null, string | null>;
  status: Generated<RevisionStatus>;
  moderator_comment: string | null;
  created_by: number | null;
  updated_by: number | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ServiceRevisionEventsTable {
  id: Generated<number>;
  revision_id: number;
  actor_account_id: number | null;
  action: string;
  from_status: string | null;
  to_status: string;
  comment: string | null;
  changed_fields: Generated<string[]>;
  created_at: Generated<Date>;
}

export type InvitationRow = Selectable<OrganisationInvitationsTable>;
export type ServiceRevisionRow = Selectable<ServiceRevisionsTable>;

declare module '../../../platform/db/database.js' {
  interface Database {
    organisation_invitations: OrganisationInvitationsTable;
    service_revisions: ServiceRevisionsTable;
    service_revision_events: ServiceRevisionEventsTable;
  }
}
