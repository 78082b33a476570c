import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

/** A job title (OGR appellation) with its ROME sheet. */
export interface JobTitle {
  ogrCode: string;
  label: string;
  romeCode: string | null;
  romeLabel: string | null;
}

export const MAX_JOB_QUERY_LENGTH = 200;

const columns = sql`a.ogr_code AS "ogrCode", a.label, a.rome_code AS "romeCode", s.label AS "romeLabel"`;

/** The typed text folded (lower case, no accents) and escaped for LIKE. */
function likePattern(text: string): RawBuilder<string> {
  return sql<string>`replace(replace(replace(fold(${text}), ${'\\'}, ${'\\\\'}), ${'%'}, ${'\\%'}), ${'_'}, ${'\\_'})`;
}

/** Folded, with punctuation and hyphens as single spaces: 'Boulanger-Pâtissier' → 'boulanger patissier'. */
function normalised(text: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`btrim(regexp_replace(fold(${text}), '[^a-z0-9]+', ' ', 'g'))`;
}

/**
 * Job titles for an autocomplete: labels starting with the text first, then containing it, then
 * French full-text matches (stemmed: "boulangère" finds "Boulanger"), then close spellings
 * (trigrams); a ROME code ('D1102') lists that sheet's titles.
 */
export async function searchJobTitles(db: Db, text: string, limit: number): Promise<JobTitle[]> {
  const q = text.replace(/\s+/g, ' ').trim().slice(0, MAX_JOB_QUERY_LENGTH);
  if (q.length < 2) return [];
  const { rows } = await sql<JobTitle>`
    WITH input AS (SELECT fold(${q}) AS folded, ${likePattern(q)} AS pattern, fr_query(${q}) AS query)
    SELECT ${columns}
    FROM rome_appellations a
    CROSS JOIN input
    LEFT JOIN rome_sheets s ON s.code = a.rome_code
    WHERE a.label IS NOT NULL AND (
      a.label_folded LIKE '%' || input.pattern || '%'
      OR a.search_vector @@ input.query
      OR input.folded <% a.label_folded
      OR a.rome_code = upper(${q}))
    ORDER BY (a.label_folded LIKE input.pattern || '%') DESC,
      (a.label_folded LIKE '%' || input.pattern || '%') DESC,
      ts_rank(a.search_vector, input.query) DESC,
      word_similarity(input.folded, a.label_folded) DESC,
      a.label_folded, a.ogr_code
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function findJobTitleByCode(db: Db, ogrCode: string): Promise<JobTitle | undefined> {
  if (!/^[0-9]{1,9}$/.test(ogrCode)) return undefined;
  const { rows } = await sql<JobTitle>`
    SELECT ${columns} FROM rome_appellations a LEFT JOIN rome_sheets s ON s.code = a.rome_code
    WHERE a.ogr_code = ${ogrCode} AND a.label IS NOT NULL`.execute(db);
  return rows[0];
}

/**
 * Job titles whose label, or one of its gendered forms ("Boulanger / Boulangère"), is the text,
 * ignoring case, accents and punctuation.
 */
export async function findJobTitlesByLabel(db: Db, text: string): Promise<JobTitle[]> {
  const q = text.trim().slice(0, MAX_JOB_QUERY_LENGTH);
  if (!q) return [];
  const { rows } = await sql<JobTitle>`
    WITH input AS (SELECT ${normalised(sql`${q}`)} AS wanted, ${likePattern(q)} AS pattern, fr_query(${q}) AS query)
    SELECT ${columns}
    FROM rome_appellations a
    CROSS JOIN input
    LEFT JOIN rome_sheets s ON s.code = a.rome_code
    WHERE a.label IS NOT NULL
      AND (a.label_folded LIKE '%' || input.pattern || '%' OR a.search_vector @@ input.query)
      AND (${normalised(sql`a.label`)} = input.wanted
        OR input.wanted IN (SELECT ${normalised(sql`form`)} FROM unnest(string_to_array(a.label, ' / ')) AS form))
    ORDER BY a.ogr_code`.execute(db);
  return rows;
}
