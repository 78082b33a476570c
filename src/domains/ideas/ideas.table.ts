import type { Generated, Selectable } from 'kysely';

export type IdeaStatus = 'nouvelle' | 'a-l-etude' | 'retenue' | 'en-realisation' | 'realisee' | 'non-retenue' | 'doublon';
export type Visibility = 'publie' | 'masque';

export interface IdeasTable {
  id: Generated<number>;
  account_id: number | null;
  title: string;
  description: string;
  theme: string;
  audience: 'candidats' | 'entreprises' | 'tous';
  status: Generated<IdeaStatus>;
  merged_into_id: number | null;
  visibility: Generated<Visibility>;
  /** Maintained by a trigger on idea_supports. */
  supports_count: Generated<number>;
  /** Maintained by a trigger on idea_comments. */
  comments_count: Generated<number>;
  realised_service_id: number | null;
  realised_application: string | null;
  /** Maintained by a trigger (fold(title)), for pg_trgm similarity. */
  title_folded: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IdeaSupportsTable {
  idea_id: number;
  account_id: number;
  created_at: Generated<Date>;
}

export interface IdeaCommentsTable {
  id: Generated<number>;
  idea_id: number;
  parent_id: number | null;
  account_id: number | null;
  body: string;
  visibility: Generated<Visibility>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IdeaFollowersTable {
  idea_id: number;
  account_id: number;
  created_at: Generated<Date>;
}

export interface IdeaReportsTable {
  id: Generated<number>;
  subject_kind: 'idee' | 'commentaire';
  subject_id: number;
  account_id: number;
  reason: 'spam' | 'propos-offensants' | 'hors-sujet';
  created_at: Generated<Date>;
  settled_at: Date | null;
}

export interface IdeaStatusChangesTable {
  id: Generated<number>;
  idea_id: number;
  from_status: string;
  to_status: string;
  answer: string;
  staff_account_id: number | null;
  staff_name: string;
  created_at: Generated<Date>;
}

export interface IdeaPledgesTable {
  idea_id: number;
  account_id: number;
  note: Generated<string>;
  created_at: Generated<Date>;
}

export type IdeaRow = Selectable<IdeasTable>;
export type IdeaCommentRow = Selectable<IdeaCommentsTable>;

declare module '../../platform/db/database.js' {
  interface Database {
    ideas: IdeasTable;
    idea_supports: IdeaSupportsTable;
    idea_comments: IdeaCommentsTable;
    idea_followers: IdeaFollowersTable;
    idea_reports: IdeaReportsTable;
    idea_status_changes: IdeaStatusChangesTable;
    idea_pledges: IdeaPledgesTable;
  }
}
