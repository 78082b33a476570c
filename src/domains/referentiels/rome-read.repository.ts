import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { JobTitle } from './appellations.repository.js';

/**
 * Reads of the ROME tree for the developers' ROME API: grands domaines (one letter), domaines
 * professionnels (letter and two digits), job sheets (ROME codes) and their job titles (OGR).
 */
export interface RomeDomain {
  code: string;
  label: string;
  parentCode: string | null;
}

/** A ROME sheet with its domaine professionnel and grand domaine (null when not imported yet). */
export interface RomeSheetInTree {
  code: string;
  label: string;
  domainCode: string | null;
  domainLabel: string | null;
  grandDomainCode: string | null;
  grandDomainLabel: string | null;
}

const MAX_TEXT = 200;

/** The text folded (lower case, no accents) and escaped for LIKE. */
function likePattern(text: string): RawBuilder<string> {
  return sql<string>`replace(replace(replace(fold(${text}), ${'\\'}, ${'\\\\'}), ${'%'}, ${'\\%'}), ${'_'}, ${'\\_'})`;
}

/** Grands domaines (no parent), or the domaines professionnels (of one grand domaine when given). */
export async function listRomeDomains(db: Db, level: 'grand-domaine' | 'domaine-professionnel', parentCode?: string): Promise<RomeDomain[]> {
  let query = db.selectFrom('rome_domains').select(['code', 'label', 'parent_code as parentCode']).orderBy('code');
  query = level === 'grand-domaine' ? query.where('parent_code', 'is', null) : query.where('parent_code', 'is not', null);
  if (parentCode !== undefined) query = query.where('parent_code', '=', parentCode);
  return query.execute();
}

const sheetColumns = sql`s.code, s.label, d.code AS "domainCode", d.label AS "domainLabel", g.code AS "grandDomainCode", g.label AS "grandDomainLabel"`;
const sheetJoins = sql`LEFT JOIN rome_domains d ON d.code = s.domain_code LEFT JOIN rome_domains g ON g.code = d.parent_code`;

/**
 * ROME sheets, in code order; with `text`, those whose label or one of whose job titles contains
 * it (ignoring case and accents) or matches it as French words, labels starting with it first.
 */
export async function searchRomeSheets(db: Db, options: { text?: string; domainCode?: string } = {}): Promise<RomeSheetInTree[]> {
  const text = options.text?.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) ?? '';
  const domain = options.domainCode ? sql`s.domain_code = ${options.domainCode}` : sql`true`;
  if (!text) {
    const { rows } = await sql<RomeSheetInTree>`SELECT ${sheetColumns} FROM rome_sheets s ${sheetJoins} WHERE ${domain} ORDER BY s.code`.execute(db);
    return rows;
  }
  const { rows } = await sql<RomeSheetInTree>`
    WITH input AS (SELECT ${likePattern(text)} AS pattern, fr_query(${text}) AS query)
    SELECT ${sheetColumns}
    FROM rome_sheets s CROSS JOIN input ${sheetJoins}
    WHERE ${domain} AND (
      fold(s.label) LIKE '%' || input.pattern || '%'
      OR s.search_vector @@ input.query
      OR EXISTS (SELECT 1 FROM rome_appellations a WHERE a.rome_code = s.code
        AND (a.label_folded LIKE '%' || input.pattern || '%' OR a.search_vector @@ input.query)))
    ORDER BY (fold(s.label) LIKE input.pattern || '%') DESC, (fold(s.label) LIKE '%' || input.pattern || '%') DESC,
      ts_rank(s.search_vector, input.query) DESC, s.code`.execute(db);
  return rows;
}

export async function findRomeSheet(db: Db, code: string): Promise<RomeSheetInTree | undefined> {
  const { rows } = await sql<RomeSheetInTree>`SELECT ${sheetColumns} FROM rome_sheets s ${sheetJoins} WHERE s.code = ${code}`.execute(db);
  return rows[0];
}

const titleColumns = sql`a.ogr_code AS "ogrCode", a.label, a.rome_code AS "romeCode", s.label AS "romeLabel"`;

/** The job titles of these sheets, by label. */
export async function listJobTitlesOfSheets(db: Db, romeCodes: readonly string[]): Promise<JobTitle[]> {
  if (!romeCodes.length) return [];
  const { rows } = await sql<JobTitle>`
    SELECT ${titleColumns} FROM rome_appellations a LEFT JOIN rome_sheets s ON s.code = a.rome_code
    WHERE a.rome_code = ANY (${romeCodes}::text[]) AND a.label IS NOT NULL
    ORDER BY a.label_folded, a.ogr_code`.execute(db);
  return rows;
}

/**
 * Job titles, `limit` of them from `offset`, and how many in all: every one by label, or with
 * `text` those whose label contains it (ignoring case and accents) or matches it as French words,
 * or whose ROME code it is; labels starting with the text first.
 */
export async function pageJobTitles(db: Db, text: string, offset: number, limit: number): Promise<{ total: number; rows: JobTitle[] }> {
  const q = text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const { rows } = q
    ? await sql<JobTitle & { total: number }>`
        WITH input AS (SELECT ${likePattern(q)} AS pattern, fr_query(${q}) AS query)
        SELECT ${titleColumns}, count(*) OVER ()::int AS total
        FROM rome_appellations a CROSS JOIN input LEFT JOIN rome_sheets s ON s.code = a.rome_code
        WHERE a.label IS NOT NULL AND (a.label_folded LIKE '%' || input.pattern || '%' OR a.search_vector @@ input.query OR a.rome_code = upper(${q}))
        ORDER BY (a.label_folded LIKE input.pattern || '%') DESC, (a.label_folded LIKE '%' || input.pattern || '%') DESC,
          ts_rank(a.search_vector, input.query) DESC, a.label_folded, a.ogr_code
        LIMIT ${limit} OFFSET ${offset}`.execute(db)
    : await sql<JobTitle & { total: number }>`
        SELECT ${titleColumns}, count(*) OVER ()::int AS total
        FROM rome_appellations a LEFT JOIN rome_sheets s ON s.code = a.rome_code
        WHERE a.label IS NOT NULL
        ORDER BY a.label_folded, a.ogr_code
        LIMIT ${limit} OFFSET ${offset}`.execute(db);
  if (rows.length === 0 && offset > 0) return { total: (await pageJobTitles(db, text, 0, 1)).total, rows: [] };
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}
