import type { Generated } from 'kysely';

export interface FavouritesTable {
  account_id: number;
  service_id: number;
  created_at: Generated<Date>;
}

export interface ServiceVisitsTable {
  account_id: number;
  service_id: number;
  first_visited_at: Generated<Date>;
  last_visited_at: Generated<Date>;
  visits: Generated<number>;
}

export interface OrganisationMembersTable {
  organisation_id: number;
  account_id: number;
  role: 'proprietaire' | 'editeur';
  created_at: Generated<Date>;
}

export interface ServiceReviewsTable {
  id: Generated<number>;
  service_id: number;
  account_id: number | null;
  rating: number;
  body: Generated<string>;
  status: Generated<'publie' | 'masque'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReviewReportsTable {
  review_id: number;
  account_id: number;
  reason: 'spam' | 'propos-offensants' | 'hors-sujet';
  created_at: Generated<Date>;
  settled_at: Date | null;
}

export interface ReviewRepliesTable {
  review_id: number;
  organisation_id: number;
  author_account_id: number | null;
  body: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ModerationDecisionsTable {
  id: Generated<number>;
  /** The ModerationSource kind, e.g. 'avis', 'fiche-service'. */
  subject_kind: string;
  subject_id: number;
  decision: string;
  reason: string;
  moderator_account_id: number | null;
  created_at: Generated<Date>;
}

export interface ServiceRatingStatsView {
  service_id: number;
  average: number;
  count: number;
  stars_1: number;
  stars_2: number;
  stars_3: number;
  stars_4: number;
  stars_5: number;
}

declare module '../../platform/db/database.js' {
  interface Database {
    favourites: FavouritesTable;
    service_visits: ServiceVisitsTable;
    organisation_members: OrganisationMembersTable;
    service_reviews: ServiceReviewsTable;
    review_reports: ReviewReportsTable;
    review_replies: ReviewRepliesTable;
    moderation_decisions: ModerationDecisionsTable;
    service_rating_stats: ServiceRatingStatsView;
  }
}
