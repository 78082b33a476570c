import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

/** A commune as people pick it: INSEE code, name, one postal code (the first), département. */
export interface CommuneChoice {
  code: string;
  name: string;
  postalCode: string | null;
  departmentCode: string;
}

export type CommuneResolution =
  | { status: 'found'; commune: CommuneChoice }
  | { status: 'unknown' }
  | { status: 'ambiguous'; candidates: CommuneChoice[] };

const INSEE = /^([0-9]{5}|2[AB][0-9]{3})$/i;
const POSTAL = /^[0-9]{5}$/;
/** "Lyon (69003)": what the autocomplete writes, a name with one postal code. */
const NAME_WITH_POSTAL = /^(.+?)\s*\(([0-9]{5})\)$/;
const CANDIDATES = 10;

/** The label shown and written back in the field: "Lyon (69001)". */
export const communeLabel = (c: CommuneChoice): string => (c.postalCode ? `${c.name} (${c.postalCode})` : c.name);

/** Folded like communes.name_folded, with hyphens and apostrophes as spaces. */
const foldedName = (column: string) => sql`trim(regexp_replace(translate(${sql.ref(column)}, '-''’', '   '), '\\s+', ' ', 'g'))`;
const foldText = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();

function select(db: Db) {
  return db
    .selectFrom('communes as c')
    .select([
      'c.insee_code as code',
      'c.name',
      'c.department_code as departmentCode',
      sql<string | null>`(SELECT min(p.postal_code) FROM commune_postal_codes p WHERE p.insee_code = c.insee_code)`.as('postalCode'),
    ]);
}

/** Communes whose postal code is this one (a postal code may serve several communes). */
async function byPostalCode(db: Db, postal: string): Promise<CommuneChoice[]> {
  const rows = await select(db)
    .where(sql<boolean>`c.insee_code IN (SELECT p.insee_code FROM commune_postal_codes p WHERE p.postal_code = ${postal})`)
    .orderBy('c.name')
    .limit(CANDIDATES)
    .execute();
  return rows.map((row) => ({ ...row, postalCode: postal }));
}

/**
 * Autocomplete: communes whose name starts with the words typed (accents, case and hyphens
 * ignored), or whose postal code starts with the digits typed; exact names first.
 */
export async function findCommunes(db: Db, query: string, limit = CANDIDATES): Promise<CommuneChoice[]> {
  const text = query.trim();
  if (/^[0-9]{2,5}$/.test(text)) {
    const rows = await db
      .selectFrom('commune_postal_codes as p')
      .innerJoin('communes as c', 'c.insee_code', 'p.insee_code')
      .select(['c.insee_code as code', 'c.name', 'c.department_code as departmentCode', 'p.postal_code as postalCode'])
      .where('p.postal_code', 'like', `${text}%`)
      .orderBy('p.postal_code')
      .orderBy('c.name')
      .limit(limit)
      .execute();
    return rows;
  }
  const folded = foldText(text);
  if (folded.length < 2) return [];
  const rows = await select(db)
    .where(sql<boolean>`${foldedName('c.name_folded')} LIKE ${`${folded.replace(/[\\%_]/g, '\\$&')}%`}`)
    .orderBy(sql`${foldedName('c.name_folded')} = ${folded}`, 'desc')
    .orderBy(sql`length(c.name)`)
    .orderBy('c.name')
    .limit(limit)
    .execute();
  return rows;
}

/**
 * What a person typed in the commune field, resolved to one commune: "Lyon (69003)", a postal
 * code, an INSEE code, or a name. Several communes answering → ambiguous, with the candidates.
 */
export async function resolveCommuneText(db: Db, input: string): Promise<CommuneResolution> {
  const text = input.trim();
  if (!text) return { status: 'unknown' };
  const withPostal = NAME_WITH_POSTAL.exec(text);
  if (withPostal) {
    const name = foldText(withPostal[1]!);
    const matches = (await byPostalCode(db, withPostal[2]!)).filter((c) => foldText(c.name) === name);
    if (matches.length === 1) return { status: 'found', commune: matches[0]! };
    return resolveCommuneText(db, withPostal[1]!);
  }
  if (POSTAL.test(text)) {
    // Five digits are a postal code, or an INSEE code ('13001' is both Marseille 1er and Aix-en-Provence).
    const matches = await byPostalCode(db, text);
    const insee = await select(db).where('c.insee_code', '=', text).executeTakeFirst();
    if (insee && !matches.some((match) => match.code === insee.code)) matches.push(insee);
    if (matches.length === 1) return { status: 'found', commune: matches[0]! };
    if (matches.length > 1) return { status: 'ambiguous', candidates: matches };
    return { status: 'unknown' };
  }
  if (INSEE.test(text)) {
    const row = await select(db).where('c.insee_code', '=', text.toUpperCase()).executeTakeFirst();
    return row ? { status: 'found', commune: row } : { status: 'unknown' };
  }
  const folded = foldText(text);
  const exact = await select(db).where(sql<boolean>`${foldedName('c.name_folded')} = ${folded}`).orderBy('c.insee_code').limit(CANDIDATES).execute();
  if (exact.length === 1) return { status: 'found', commune: exact[0]! };
  if (exact.length > 1) return { status: 'ambiguous', candidates: exact };
  const prefixed = await findCommunes(db, text);
  if (prefixed.length === 1) return { status: 'found', commune: prefixed[0]! };
  if (prefixed.length > 1) return { status: 'ambiguous', candidates: prefixed };
  return { status: 'unknown' };
}

/**
 * For the API's `commune` (INSEE codes, and beyond the original postal codes): each value an
 * INSEE code when it is one, else every commune of that postal code. Unknown values are returned
 * apart for the caller's 400.
 */
export async function resolveCommuneCodes(db: Db, values: string[]): Promise<{ codes: string[]; unknown: string[] }> {
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const value of values) {
    const upper = value.trim().toUpperCase();
    const insee = INSEE.test(upper) ? await db.selectFrom('communes').select('insee_code').where('insee_code', '=', upper).executeTakeFirst() : undefined;
    if (insee) {
      codes.add(insee.insee_code);
      continue;
    }
    const byPostal = POSTAL.test(upper)
      ? await db.selectFrom('commune_postal_codes').select('insee_code').where('postal_code', '=', upper).execute()
      : [];
    if (byPostal.length) byPostal.forEach((row) => codes.add(row.insee_code));
    else unknown.push(value);
  }
  return { codes: [...codes], unknown };
}
