import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type {
  AppellationRow,
  CommuneRow,
  NafCodeRow,
  PostalCodeRow,
  RomeDomainRow,
  RomeSheet,
  RomeSheetRow,
} from './referentiels.table.js';

/*
 * Upserts take whole batches (one multi-row statement each); a key must appear at most once
 * in a batch. A null value never erases a known one, so that files can be imported in any order.
 * Unchanged rows are not rewritten (the WHERE of DO UPDATE): importing again writes nothing.
 */

export async function upsertRomeDomains(db: Db, rows: RomeDomainRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('rome_domains')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet((eb) => ({ label: eb.ref('excluded.label'), parent_code: eb.ref('excluded.parent_code') }))
        .where(sql<boolean>`(rome_domains.label, rome_domains.parent_code)
          IS DISTINCT FROM (excluded.label, excluded.parent_code)`),
    )
    .execute();
}

export async function upsertRomeSheets(db: Db, rows: RomeSheetRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('rome_sheets')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet((eb) => ({
          label: eb.ref('excluded.label'),
          domain_code: eb.fn.coalesce('excluded.domain_code', 'rome_sheets.domain_code'),
        }))
        .where(sql<boolean>`(rome_sheets.label, rome_sheets.domain_code)
          IS DISTINCT FROM (excluded.label, coalesce(excluded.domain_code, rome_sheets.domain_code))`),
    )
    .execute();
}

/** Job titles; a row may carry only its label or only its ROME code (the other one null). */
export async function upsertAppellations(db: Db, rows: AppellationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('rome_appellations')
    .values(rows.map((row) => ({ ogr_code: row.ogr_code, label: row.label ?? null, rome_code: row.rome_code ?? null })))
    .onConflict((oc) =>
      oc
        .column('ogr_code')
        .doUpdateSet((eb) => ({
          label: eb.fn.coalesce('excluded.label', 'rome_appellations.label'),
          rome_code: eb.fn.coalesce('excluded.rome_code', 'rome_appellations.rome_code'),
        }))
        .where(sql<boolean>`(rome_appellations.label, rome_appellations.rome_code) IS DISTINCT FROM
          (coalesce(excluded.label, rome_appellations.label), coalesce(excluded.rome_code, rome_appellations.rome_code))`),
    )
    .execute();
}

export async function upsertCommunes(db: Db, rows: CommuneRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('communes')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('insee_code')
        .doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          department_code: eb.ref('excluded.department_code'),
          latitude: eb.fn.coalesce('excluded.latitude', 'communes.latitude'),
          longitude: eb.fn.coalesce('excluded.longitude', 'communes.longitude'),
        }))
        .where(sql<boolean>`(communes.name, communes.department_code, communes.latitude, communes.longitude) IS DISTINCT FROM
          (excluded.name, excluded.department_code, coalesce(excluded.latitude, communes.latitude), coalesce(excluded.longitude, communes.longitude))`),
    )
    .execute();
}

export async function insertPostalCodes(db: Db, rows: PostalCodeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('commune_postal_codes').values(rows).onConflict((oc) => oc.doNothing()).execute();
}

export async function upsertNafCodes(db: Db, rows: NafCodeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('naf_codes')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet((eb) => ({ label: eb.ref('excluded.label') }))
        .where(sql<boolean>`naf_codes.label IS DISTINCT FROM excluded.label`),
    )
    .execute();
}

const MAX_QUERY_LENGTH = 200;
const MAX_ROME_CODES = 50;

/**
 * ROME codes whose sheet label or one of whose job titles matches `text` as a French full-text
 * query (all terms), best match first: 'boulanger' → ['D1102'].
 */
export async function findRomeCodesForQuery(db: Db, text: string): Promise<string[]> {
  const query = text.trim().slice(0, MAX_QUERY_LENGTH);
  if (query === '') return [];
  const { rows } = await sql<{ code: string }>`
    WITH q AS (SELECT fr_query(${query}) AS query),
    matches AS (
      SELECT s.code, 2 * ts_rank(s.search_vector, q.query) AS rank
        FROM rome_sheets s, q WHERE s.search_vector @@ q.query
      UNION ALL
      SELECT a.rome_code, ts_rank(a.search_vector, q.query)
        FROM rome_appellations a, q WHERE a.search_vector @@ q.query AND a.rome_code IS NOT NULL
    )
    SELECT code FROM matches GROUP BY code
    ORDER BY max(rank) DESC, count(*) DESC, code
    LIMIT ${MAX_ROME_CODES}`.execute(db);
  return rows.map((row) => row.code);
}

/** The known sheets among `codes`, in code order. */
export async function getRomeSheets(db: Db, codes: string[]): Promise<RomeSheet[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('rome_sheets').select(['code', 'label']).where('code', 'in', codes).orderBy('code').execute();
}
