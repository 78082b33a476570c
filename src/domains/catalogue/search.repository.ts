import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Sort } from './search.schemas.js';

export interface SearchFilters {
  themes: string[];
  types: string[];
  audiences: string[];
  prices: string[];
  platforms: string[];
  providerIds: number[];
}

/** The text part of a search: the words, and the ROME codes whose job titles they name. */
export interface TextQuery {
  q: string;
  romeCodes: string[];
}

export type FacetName = 'theme' | 'type' | 'public' | 'prix' | 'plateforme' | 'fournisseur';

export interface FacetCountRow {
  facet: FacetName;
  value: string;
  label: string | null;
  count: number;
}

export interface ServiceSummaryRow {
  id: number;
  slug: string;
  name: string;
  pitch: string;
  type: string;
  themes: string[];
  audience: string;
  price_model: string;
  price_text: string | null;
  platforms: string[];
  logo_path: string | null;
  provider_slug: string;
  provider_name: string;
  published_at: Date;
  views: number;
  /** Average of the published reviews (null without any); absent from lists that do not read ratings. */
  rating_average?: number | null;
  rating_count?: number;
}

/** A service addressed to 'tous' is for candidats and for entreprises. */
export function expandAudiences(audiences: string[]): string[] {
  const expanded = new Set<string>();
  for (const audience of audiences) {
    expanded.add(audience);
    if (audience !== 'tous') expanded.add('tous');
  }
  return [...expanded];
}

function textCondition(text: TextQuery | null): RawBuilder<boolean> {
  if (!text) return sql<boolean>`true`;
  // A query made only of stop words ("le", "à") has no lexeme: it does not narrow the search.
  return sql<boolean>`(numnode(fr_query(${text.q})) = 0 OR s.search_vector @@ fr_query(${text.q}) OR s.rome_codes && ${text.romeCodes}::text[])`;
}

function filterConditions(filters: SearchFilters, except?: FacetName): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [];
  if (except !== 'theme' && filters.themes.length) parts.push(sql`s.themes && ${filters.themes}::text[]`);
  if (except !== 'type' && filters.types.length) parts.push(sql`s.type = ANY (${filters.types}::text[])`);
  if (except !== 'public' && filters.audiences.length) parts.push(sql`s.audience = ANY (${expandAudiences(filters.audiences)}::text[])`);
  if (except !== 'prix' && filters.prices.length) parts.push(sql`s.price_model = ANY (${filters.prices}::text[])`);
  if (except !== 'plateforme' && filters.platforms.length) parts.push(sql`s.platforms && ${filters.platforms}::text[]`);
  if (except !== 'fournisseur' && filters.providerIds.length) parts.push(sql`s.provider_id = ANY (${filters.providerIds}::int[])`);
  if (!parts.length) return sql<boolean>`true`;
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

function orderBy(sort: Sort, text: TextQuery | null): RawBuilder<unknown> {
  switch (sort) {
    case 'nouveautes':
      return sql`s.published_at DESC, s.id DESC`;
    case 'a-z':
      return sql`s.name_folded ASC, s.id ASC`;
    case 'popularite':
      return sql`coalesce(c.views, 0) DESC, s.name_folded ASC, s.id ASC`;
    case 'note':
      return sql`r.average DESC NULLS LAST, coalesce(r.count, 0) DESC, s.name_folded ASC, s.id ASC`;
    case 'pertinence':
      if (!text) return sql`s.featured DESC, coalesce(c.views, 0) DESC, s.name_folded ASC, s.id ASC`;
      return sql`ts_rank(s.search_vector, fr_query(${text.q}))
          + CASE WHEN s.rome_codes && ${text.romeCodes}::text[] THEN 0.05 ELSE 0 END DESC,
        coalesce(c.views, 0) DESC, s.name_folded ASC, s.id ASC`;
  }
}

/** One page of published services matching the text and every filter, and the total count. */
export async function searchServices(
  db: Db,
  text: TextQuery | null,
  filters: SearchFilters,
  sort: Sort,
  limit: number,
  offset: number,
): Promise<{ total: number; rows: ServiceSummaryRow[] }> {
  const { rows } = await sql<ServiceSummaryRow & { total: number }>`
    SELECT s.id, s.slug, s.name, s.pitch, s.type, s.themes, s.audience, s.price_model, s.price_text,
      s.platforms, s.logo_path, o.slug AS provider_slug, o.name AS provider_name, s.published_at,
      coalesce(c.views, 0) AS views, r.average AS rating_average, coalesce(r.count, 0) AS rating_count, count(*) OVER () AS total
    FROM services s
    JOIN organisations o ON o.id = s.provider_id
    LEFT JOIN service_counters c ON c.service_id = s.id
    LEFT JOIN service_rating_stats r ON r.service_id = s.id
    WHERE s.status = 'publie' AND ${textCondition(text)} AND ${filterConditions(filters)}
    ORDER BY ${orderBy(sort, text)}
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the window count is not there, count apart.
    return { total: await countServices(db, text, filters), rows: [] };
  }
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function countServices(db: Db, text: TextQuery | null, filters: SearchFilters): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM services s
    WHERE s.status = 'publie' AND ${textCondition(text)} AND ${filterConditions(filters)}`.execute(db);
  return rows[0]?.count ?? 0;
}

/**
 * Facet counts for the current query: each facet is counted with every active filter but its
 * own, so that choosing a second value in a facet shows what it would add.
 */
export async function countFacets(db: Db, text: TextQuery | null, filters: SearchFilters): Promise<FacetCountRow[]> {
  const { rows } = await sql<FacetCountRow>`
    WITH s AS MATERIALIZED (
      SELECT s.id, s.type, s.audience, s.price_model, s.provider_id, s.themes, s.platforms
      FROM services s
      WHERE s.status = 'publie' AND ${textCondition(text)}
    )
    SELECT 'theme' AS facet, v AS value, NULL AS label, count(*)::int AS count
      FROM s, unnest(s.themes) AS v WHERE ${filterConditions(filters, 'theme')} GROUP BY v
    UNION ALL
    SELECT 'type', s.type, NULL, count(*)::int FROM s WHERE ${filterConditions(filters, 'type')} GROUP BY s.type
    UNION ALL
    SELECT 'public', v, NULL, count(*)::int
      FROM s, unnest(CASE WHEN s.audience = 'tous' THEN ARRAY['candidats', 'entreprises', 'tous'] ELSE ARRAY[s.audience] END) AS v
      WHERE ${filterConditions(filters, 'public')} GROUP BY v
    UNION ALL
    SELECT 'prix', s.price_model, NULL, count(*)::int FROM s WHERE ${filterConditions(filters, 'prix')} GROUP BY s.price_model
    UNION ALL
    SELECT 'plateforme', v, NULL, count(*)::int
      FROM s, unnest(s.platforms) AS v WHERE ${filterConditions(filters, 'plateforme')} GROUP BY v
    UNION ALL
    SELECT 'fournisseur', o.slug, o.name, count(*)::int
      FROM s JOIN organisations o ON o.id = s.provider_id
      WHERE ${filterConditions(filters, 'fournisseur')} GROUP BY o.slug, o.name`.execute(db);
  return rows;
}

/** The closest catalogue word for each unknown word of a query (pg_trgm), or null when none is unknown. */
export async function suggestSpelling(db: Db, q: string): Promise<string | null> {
  const { rows } = await sql<{ word: string; known: boolean; best: string | null }>`
    SELECT w.word, EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w.word) AS known,
      (SELECT l.word FROM search_lexicon l WHERE l.word % w.word
        ORDER BY levenshtein(l.word, w.word), l.frequency DESC, similarity(l.word, w.word) DESC, l.word LIMIT 1) AS best
    FROM unnest(regexp_split_to_array(fold(${q}), '[^a-z0-9]+')) WITH ORDINALITY AS w (word, position)
    WHERE w.word <> ''
    ORDER BY w.position`.execute(db);
  let changed = false;
  const words = rows.map((row) => {
    if (row.known || row.word.length < 3 || !row.best) return row.word;
    changed = true;
    return row.best;
  });
  return changed ? words.join(' ') : null;
}

/** Recounts the lexicon's word frequencies (after a bulk load; new words are added as services change). */
export async function rebuildSearchLexicon(db: Db): Promise<void> {
  await sql`SELECT rebuild_search_lexicon()`.execute(db);
}

/** The version of the catalogue, bumped by any change to services, organisations or themes. */
export async function catalogueVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('catalogue_state').select('version').executeTakeFirstOrThrow();
  return Number(row.version);
}
