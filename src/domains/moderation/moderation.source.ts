import type { Db } from '../../platform/db/database.js';

/** A fact shown with an item to judge, e.g. { label: 'Note', value: '2 sur 5' }. */
export interface ModerationFact {
  label: string;
  value: string;
}

/** Why an item is in the queue, e.g. { label: 'Spam', count: 2 }. */
export interface ModerationSignal {
  label: string;
  count: number;
}

/** Something a moderator judges, whatever its kind (a review now; submissions, ideas later). */
export interface ModerationItem {
  kind: string;
  id: number;
  /** e.g. « Avis de Claire sur « Réussir l’entretien » ». */
  title: string;
  /** A link to see the subject in context, e.g. the service page of a review. */
  context: { href: string; label: string } | null;
  /** The content to judge, as plain text. */
  content: string;
  facts: ModerationFact[];
  signals: ModerationSignal[];
  /** Since when it waits for a decision; null when nothing is pending. */
  waitingSince: Date | null;
  /** Its current state, e.g. « Masqué (trois signalements) ». */
  state: string;
}

export interface ModerationDecisionOption {
  /** Stored in moderation_decisions.decision. */
  value: string;
  label: string;
}

/** Who decided and why: the moderator's reason is kept in the history and may be sent to the author. */
export interface DecisionContext {
  reason: string;
  moderatorAccountId: number;
}

export interface PendingFilter {
  /** Only items waiting since before this date (the age filter). */
  waitingBefore: Date | null;
  limit: number;
}

/**
 * A kind of content that goes through the one moderation queue. Domains register theirs in
 * `app.moderationSources`; the moderation domain records every decision (who, when, why).
 */
export interface ModerationSource {
  /** URL segment and moderation_decisions.subject_kind, e.g. 'avis'. */
  kind: string;
  /** Plural label for filters, e.g. 'Avis'. */
  label: string;
  decisions: readonly ModerationDecisionOption[];
  /** Items awaiting a decision, longest waiting first, and how many there are in all. */
  listPending(db: Db, filter: PendingFilter): Promise<{ total: number; items: ModerationItem[] }>;
  /** One item, pending or not (to review or reverse an earlier decision). */
  find(db: Db, id: number): Promise<ModerationItem | undefined>;
  /**
   * Applies a decision inside the caller's transaction; false when the subject does not exist.
   * Throws an AppError (e.g. TRANSITION_NOT_ALLOWED) when the decision is not possible now.
   */
  apply(trx: Db, id: number, decision: string, context: DecisionContext): Promise<boolean>;
  /** Runs after the decision is committed (e.g. to e-mail the people concerned). */
  afterDecision?(db: Db, id: number, decision: string, context: DecisionContext): Promise<void>;
  /** Titles and links of subjects, for the decision history. */
  describe(db: Db, ids: number[]): Promise<Map<number, { title: string; href: string | null }>>;
  /** Subjects whose text matches a search (the history's search box). */
  findSubjectIds(db: Db, text: string): Promise<number[]>;
}
