import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { findRomeCodesForQuery } from '../../referentiels/index.js';
import { searchServices, type TextQuery } from '../search.repository.js';

/**
 * Reads for the developers' « Catalogue des services Emploi Store v1 » API: published service
 * sheets in full, found by numeric id or through the catalogue's search (same text matching and
 * filters as the search page).
 */
export interface ServiceSheetRow {
  id: number;
  slug: string;
  name: string;
  pitch: string;
  description: string;
  type: string;
  themes: string[];
  audience: string;
  price_model: string;
  price_text: string | null;
  platforms: string[];
  languages: string[];
  accessibility: string;
  url: string;
  logo_path: string | null;
  screenshots: string[];
  rome_codes: string[];
  published_at: Date;
  updated_at: Date;
  provider_name: string;
  provider_website: string | null;
  rating_average: number | null;
  rating_count: number;
}

export interface ServiceSheetFilters {
  /** Keywords (French full text; a job title also finds the services of its ROME sheet). */
  keywords: string;
  themes: string[];
  types: string[];
  audiences: string[];
}

async function findSheetsByIds(db: Db, ids: readonly number[]): Promise<ServiceSheetRow[]> {
  if (!ids.length) return [];
  const { rows } = await sql<ServiceSheetRow>`
    SELECT s.id, s.slug, s.name, s.pitch, s.description, s.type, s.themes, s.audience, s.price_model, s.price_text,
      s.platforms, s.languages, s.accessibility, s.url, s.logo_path, s.screenshots, s.rome_codes, s.published_at,
      s.updated_at, o.name AS provider_name, o.website AS provider_website, r.average AS rating_average,
      coalesce(r.count, 0)::int AS rating_count
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE s.id = ANY (${ids}::int[]) AND s.status = 'publie'`.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A published service sheet by its numeric id. */
export async function findPublishedServiceSheet(db: Db, id: number): Promise<ServiceSheetRow | undefined> {
  return (await findSheetsByIds(db, [id]))[0];
}

/**
 * Published sheets matching the filters, `limit` of them from `offset`, and how many match in
 * all. Keywords order by relevance; otherwise by name (a stable order to page through).
 */
export async function searchServiceSheets(
  db: Db,
  filters: ServiceSheetFilters,
  offset: number,
  limit: number,
): Promise<{ total: number; rows: ServiceSheetRow[] }> {
  const q = filters.keywords.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  const text: TextQuery | null = q ? { q, romeCodes: await findRomeCodesForQuery(db, q) } : null;
  const { total, rows } = await searchServices(
    db,
    text,
    { themes: filters.themes, types: filters.types, audiences: filters.audiences, prices: [], platforms: [], providerIds: [] },
    text ? 'pertinence' : 'a-z',
    limit,
    offset,
  );
  return { total, rows: await findSheetsByIds(db, rows.map((row) => row.id)) };
}
