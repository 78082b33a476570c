import { sql } from 'kysely';
import type { PersonalDataProvider } from '../../accounts/index.js';

/** The account's reviews, reports and provider replies: exported, and on deletion removed or anonymised. */
export const reviewsPersonalData: PersonalDataProvider = {
  name: 'avis',
  async export(db, accountId) {
    const [reviews, reports, replies] = await Promise.all([
      sql<Record<string, unknown>>`
        SELECT s.slug AS service, s.name AS "nomService", r.rating AS note, r.body AS texte, r.status AS statut,
          r.created_at AS "creeLe", r.updated_at AS "modifieLe"
        FROM service_reviews r JOIN services s ON s.id = r.service_id WHERE r.account_id = ${accountId} ORDER BY r.created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT p.review_id AS avis, s.name AS "nomService", p.reason AS motif, p.created_at AS "signaleLe", p.settled_at AS "traiteLe"
        FROM review_reports p JOIN service_reviews r ON r.id = p.review_id JOIN services s ON s.id = r.service_id
        WHERE p.account_id = ${accountId} ORDER BY p.created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT p.review_id AS avis, p.body AS texte, p.created_at AS "creeLe", p.updated_at AS "modifieLe"
        FROM review_replies p WHERE p.author_account_id = ${accountId} ORDER BY p.created_at`.execute(db),
    ]);
    return { avis: reviews.rows, signalements: reports.rows, reponses: replies.rows };
  },
  async onAccountDeletion(db, accountId, { reviews }) {
    if (reviews === 'supprimer') await db.deleteFrom('service_reviews').where('account_id', '=', accountId).execute();
    else await db.updateTable('service_reviews').set({ account_id: null }).where('account_id', '=', accountId).execute();
    await db.deleteFrom('review_reports').where('account_id', '=', accountId).execute();
    // Replies belong to the provider's organisation: they stay, without their author.
    await db.updateTable('review_replies').set({ author_account_id: null }).where('author_account_id', '=', accountId).execute();
  },
};
