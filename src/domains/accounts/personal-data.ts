import type { Db } from '../../platform/db/database.js';

/** What the account holder chose for their reviews when deleting the account. */
export type ReviewsOnDeletion = 'supprimer' | 'anonymiser';

/**
 * A domain's share of someone's personal data: what it exports (RGPD right of access) and what
 * it does when the account is deleted. Domains register one through `app.personalData`, so the
 * accounts domain never reaches into them.
 */
export interface PersonalDataProvider {
  /** Key in the exported JSON, e.g. "favoris". */
  name: string;
  export(db: Db, accountId: number): Promise<unknown>;
  /** Runs inside the deletion transaction, before the account row is deleted. */
  onAccountDeletion?(db: Db, accountId: number, options: { reviews: ReviewsOnDeletion }): Promise<void>;
}
