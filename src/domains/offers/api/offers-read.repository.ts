import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobOffer } from '../offers.table.js';
import { OFFER_COLUMNS } from '../search/search.sql.js';
import type { OfferPartner } from './offre.json.js';

/** One offer by public id, active or expired (every column but the search vector). */
export async function findOfferById(db: Db, id: string): Promise<Omit<JobOffer, 'search_vector'> | undefined> {
  return db.selectFrom('job_offers').select(OFFER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The partner boards currently listing these offers, oldest listing first, by offer id. */
export async function partnersOfOffers(db: Db, ids: readonly string[]): Promise<Map<string, OfferPartner[]>> {
  const byOffer = new Map<string, OfferPartner[]>();
  if (!ids.length) return byOffer;
  const { rows } = await sql<OfferPartner>`
    SELECT l.offer_id AS "offerId", s.name, l.url, s.logo
    FROM job_offer_listings l JOIN offer_sources s ON s.slug = l.source
    WHERE l.offer_id = ANY (${ids}::text[]) AND l.removed_at IS NULL AND s.kind = 'partenaire'
    ORDER BY l.offer_id, l.first_seen_at, s.name`.execute(db);
  for (const row of rows) byOffer.set(row.offerId, [...(byOffer.get(row.offerId) ?? []), row]);
  return byOffer;
}
