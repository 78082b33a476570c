import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { offerNumbers, searchOffers, type SearchedOffer } from '../search/search.repository.js';
import { OFFER_COLUMNS } from '../search/search.sql.js';

export interface OfferPartner {
  slug: string;
  name: string;
  url: string | null;
  logo: string | null;
  kind: 'agence' | 'partenaire';
  /** The offer's page on this partner's board. */
  listingUrl: string | null;
}

export type OfferDetail = Omit<SearchedOffer, 'distance_km'> & {
  communeName: string | null;
  partners: OfferPartner[];
};

const OFFER_ID = /^[0-9A-Z]{7}$/;

/** The offer, active or expired, with its commune's name and the partners listing it; null when unknown. */
export async function findOffer(db: Db, id: string): Promise<OfferDetail | null> {
  if (!OFFER_ID.test(id)) return null;
  const { rows } = await sql<Record<string, unknown>>`
    SELECT ${sql.join(OFFER_COLUMNS.map((column) => sql.ref(`o.${column}`)))}, c.name AS commune_name
    FROM job_offers o LEFT JOIN communes c ON c.insee_code = o.commune_code
    WHERE o.id = ${id}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const partners = await db
    .selectFrom('job_offer_listings as l')
    .innerJoin('offer_sources as s', 's.slug', 'l.source')
    .select(['s.slug', 's.name', 's.url', 's.logo', 's.kind', 'l.url as listingUrl'])
    .where('l.offer_id', '=', id)
    .where('l.removed_at', 'is', null)
    .orderBy('l.first_seen_at')
    .execute();
  const { commune_name: communeName, ...offer } = row;
  return {
    ...(offer as unknown as OfferDetail),
    ...offerNumbers(offer),
    communeName: (communeName as string | null) ?? null,
    partners,
  };
}

/** Active offers of the same ROME code, nearest first within 50 km of its commune (else the newest). */
export async function findSimilarOffers(db: Db, offer: Pick<OfferDetail, 'id' | 'rome_code' | 'commune_code'>, limit = 4): Promise<SearchedOffer[]> {
  if (!offer.rome_code) return [];
  const near = offer.commune_code ? { communeCodes: [offer.commune_code], distanceKm: 50, sort: 'distance' as const } : { sort: 'date' as const };
  const { offers } = await searchOffers(db, { romeCodes: [offer.rome_code], ...near, limit: limit + 1 });
  return offers.filter((other) => other.id !== offer.id).slice(0, limit);
}

/** Only web and mail links from partner data are ever written into a page. */
export const safeUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null);

/** How to apply: the partner's page when the offer comes from a board, else the employer's contact. */
export function applyLink(offer: Pick<OfferDetail, 'origin' | 'origin_url' | 'partners' | 'details'>): { href: string; label: string } | null {
  if (offer.origin === 2) {
    const listing = offer.partners.find((partner) => safeUrl(partner.listingUrl));
    if (listing && safeUrl(listing.listingUrl)) return { href: safeUrl(listing.listingUrl)!, label: `Postuler sur ${listing.name}` };
    if (safeUrl(offer.origin_url)) return { href: safeUrl(offer.origin_url)!, label: 'Postuler sur le site du partenaire' };
  }
  const contact = offer.details.contact;
  if (safeUrl(contact?.urlPostulation)) return { href: safeUrl(contact?.urlPostulation)!, label: 'Postuler en ligne' };
  if (contact?.courriel && /^[^\s@]+@[^\s@]+$/.test(contact.courriel)) return { href: `mailto:${contact.courriel}`, label: `Postuler par e-mail (${contact.courriel})` };
  if (safeUrl(offer.origin_url)) return { href: safeUrl(offer.origin_url)!, label: 'Postuler' };
  return null;
}
