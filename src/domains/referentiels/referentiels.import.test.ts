import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../../platform/db/database.js';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { findRomeCodesForQuery, getRomeSheets, importReferentiels, type ReferentielFileSummary } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const officialDir = path.resolve(repoRoot, '../shared/data/referentiels');
const skip = existsSync(officialDir) ? false : `official files not found in ${officialDir} (a clone without ../shared): skipped, CI always runs it`;

/** Counted once from the official files (see README there). */
const EXPECTED = {
  grandsDomaines: 14,
  domainesProfessionnels: 110,
  sheets: 532,
  appellations: 11_118,
  communes: 35_099,
  communesWithoutCoordinates: 93,
  postalCodes: 35_600,
  naf: 732,
};

async function snapshot(db: Db) {
  const { rows } = await sql<Record<string, number | string>>`SELECT
    (SELECT count(*) FROM rome_domains WHERE parent_code IS NULL) AS grands_domaines,
    (SELECT count(*) FROM rome_domains WHERE parent_code IS NOT NULL) AS domaines_professionnels,
    (SELECT count(*) FROM rome_sheets) AS sheets,
    (SELECT count(*) FROM rome_sheets WHERE domain_code IS NULL) AS sheets_without_domain,
    (SELECT count(*) FROM rome_appellations) AS appellations,
    (SELECT count(*) FROM rome_appellations WHERE label IS NULL OR rome_code IS NULL) AS incomplete_appellations,
    (SELECT count(*) FROM communes) AS communes,
    (SELECT count(*) FROM communes WHERE latitude IS NULL) AS communes_without_coordinates,
    (SELECT count(*) FROM commune_postal_codes) AS postal_codes,
    (SELECT count(*) FROM naf_codes) AS naf,
    (SELECT md5(string_agg(concat_ws('|', ogr_code, label, rome_code), ',' ORDER BY ogr_code)) FROM rome_appellations) AS appellations_md5,
    (SELECT md5(string_agg(concat_ws('|', insee_code, name, department_code, latitude, longitude), ',' ORDER BY insee_code)) FROM communes) AS communes_md5`.execute(db);
  return rows[0] ?? {};
}

describe('import of the official referential files', { skip }, () => {
  let handle: DatabaseHandle;
  let first: ReferentielFileSummary[];
  const notes: string[] = [];

  before(async () => {
    handle = await createTestDatabase();
    first = await importReferentiels(handle.db, officialDir, { log: (message) => notes.push(message) });
  });
  after(() => handle?.close());

  test('imports every file with the exact row counts', async () => {
    assert.deepEqual(
      first.map(({ file, status, lines, counts }) => ({ file, status, lines, counts })),
      [
        { file: 'rome_labels.csv', status: 'imported', lines: 532, counts: { rome_sheets: 532 } },
        { file: 'ogr_labels.csv', status: 'imported', lines: 11_118, counts: { rome_appellations: 11_118 } },
        { file: 'ogr_rome_mapping.csv', status: 'imported', lines: 11_118, counts: { rome_appellations: 11_118 } },
        {
          file: 'arbo_rome_ogr_202107.csv',
          status: 'imported',
          lines: 11_774,
          counts: { rome_domains: 124, rome_sheets: 532, rome_appellations: 11_118 },
        },
        { file: 'laposte_hexasmal.csv', status: 'imported', lines: 39_192, counts: { communes: 35_099, commune_postal_codes: 35_600 } },
        { file: 'naf_labels.csv', status: 'imported', lines: 732, counts: { naf_codes: 732 } },
      ],
    );
    const counts = await snapshot(handle.db);
    assert.equal(counts.grands_domaines, EXPECTED.grandsDomaines);
    assert.equal(counts.domaines_professionnels, EXPECTED.domainesProfessionnels);
    assert.equal(counts.sheets, EXPECTED.sheets);
    assert.equal(counts.sheets_without_domain, 0);
    assert.equal(counts.appellations, EXPECTED.appellations);
    assert.equal(counts.incomplete_appellations, 0);
    assert.equal(counts.communes, EXPECTED.communes);
    assert.equal(counts.communes_without_coordinates, EXPECTED.communesWithoutCoordinates);
    assert.equal(counts.postal_codes, EXPECTED.postalCodes);
    assert.equal(counts.naf, EXPECTED.naf);
    assert.deepEqual(notes.filter((note) => !note.startsWith('fichier non reconnu, ignoré : ')), []);
  });

  test('stores readable labels and commune names', async () => {
    const db = handle.db;
    const domain = await db.selectFrom('rome_domains').selectAll().where('code', '=', 'A').executeTakeFirstOrThrow();
    assert.equal(domain.label, 'Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux');
    const commune = await db.selectFrom('communes').selectAll().where('insee_code', '=', '50353').executeTakeFirstOrThrow();
    assert.equal(commune.name, 'Le Mont-Saint-Michel');
    assert.equal(commune.department_code, '50');
    const overseas = await db.selectFrom('communes').select('department_code').where('insee_code', '=', '97411').executeTakeFirstOrThrow();
    assert.equal(overseas.department_code, '974');
  });

  test('finds ROME codes from job titles', async () => {
    assert.deepEqual(await findRomeCodesForQuery(handle.db, 'boulanger'), ['D1102']);
    assert.ok((await findRomeCodesForQuery(handle.db, 'aide-soignant')).includes('J1501'));
    assert.ok((await findRomeCodesForQuery(handle.db, 'développeur')).includes('M1805'));
    assert.deepEqual(await findRomeCodesForQuery(handle.db, '   '), []);
    assert.ok((await findRomeCodesForQuery(handle.db, 'agent')).length <= 50);
    assert.deepEqual(await getRomeSheets(handle.db, ['M1805', 'D1102', 'Z9999']), [
      { code: 'D1102', label: 'Boulangerie - viennoiserie' },
      { code: 'M1805', label: 'Études et développement informatique' },
    ]);
  });

  test('importing again changes nothing', async () => {
    const before = await snapshot(handle.db);
    const again = await importReferentiels(handle.db, officialDir);
    assert.ok(again.every((summary) => summary.status === 'imported'));
    assert.deepEqual(await snapshot(handle.db), before);
  });
});
