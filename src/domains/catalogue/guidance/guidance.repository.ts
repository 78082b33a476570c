import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { serviceSummaryColumns } from '../favourites/favourites.repository.js';
import type { ServiceSummaryRow } from '../search.repository.js';
import type { GuidanceCandidate } from './guidance.ranking.js';

export type GuidanceServiceRow = ServiceSummaryRow & GuidanceCandidate;

const MAX_CANDIDATES = 2000;

/**
 * Published services that may suit the answers: for the audience, in one of the themes, or tied
 * to the job's ROME sheet or professional domain. Ratings come from service_rating_stats (none
 * yet is fine).
 */
export async function findGuidanceCandidates(db: Db, criteria: { audiences: string[]; themes: string[]; romeCode: string | null }): Promise<GuidanceServiceRow[]> {
  const domain = criteria.romeCode ? criteria.romeCode.slice(0, 3) : '';
  const { rows } = await sql<GuidanceServiceRow>`
    SELECT ${serviceSummaryColumns}, s.rome_codes, r.average AS rating_average, coalesce(r.count, 0) AS rating_count
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE s.status = 'publie' AND s.audience = ANY (${criteria.audiences}::text[])
      AND (s.themes && ${criteria.themes}::text[]
        OR (${domain} <> '' AND EXISTS (SELECT 1 FROM unnest(s.rome_codes) AS code WHERE left(code, 3) = ${domain})))
    ORDER BY coalesce(c.views, 0) DESC, s.id
    LIMIT ${MAX_CANDIDATES}`.execute(db);
  return rows;
}
