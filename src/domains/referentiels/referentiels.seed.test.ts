import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { demoAppellations, demoCommunes, demoNafCodes, demoRomeDomains, demoRomeSheets } from './demo/referentiels.data.js';
import { findRomeCodesForQuery, getRomeSheets, seedReferentielsDemo } from './index.js';

let handle: DatabaseHandle;
before(async () => {
  handle = await createTestDatabase();
});
after(() => handle?.close());

async function counts() {
  const { rows } = await sql<Record<string, number | string>>`SELECT
    (SELECT count(*) FROM rome_domains) AS domains,
    (SELECT count(*) FROM rome_sheets) AS sheets,
    (SELECT count(*) FROM rome_appellations) AS appellations,
    (SELECT count(*) FROM communes) AS communes,
    (SELECT count(*) FROM commune_postal_codes) AS postal_codes,
    (SELECT count(*) FROM naf_codes) AS naf,
    (SELECT md5(string_agg(concat_ws('|', insee_code, name, department_code, latitude, longitude), ',' ORDER BY insee_code)) FROM communes) AS communes_md5,
    (SELECT md5(string_agg(concat_ws('|', ogr_code, label, rome_code), ',' ORDER BY ogr_code)) FROM rome_appellations) AS appellations_md5`.execute(handle.db);
  return rows[0] ?? {};
}

test('the demo seed loads every demo row, and loading it again changes nothing', async () => {
  await seedReferentielsDemo(handle.db);
  const first = await counts();
  assert.equal(first.domains, demoRomeDomains.length);
  assert.equal(first.sheets, demoRomeSheets.length);
  assert.equal(first.appellations, demoAppellations.length);
  assert.equal(first.communes, demoCommunes.length);
  assert.equal(first.postal_codes, demoCommunes.reduce((total, commune) => total + new Set(commune.postalCodes).size, 0));
  assert.equal(first.naf, demoNafCodes.length);
  await seedReferentielsDemo(handle.db);
  assert.deepEqual(await counts(), first);
});

test('the demo seed runs inside a caller transaction too', async () => {
  await handle.db.transaction().execute((trx) => seedReferentielsDemo(trx));
  assert.equal((await counts()).sheets, demoRomeSheets.length);
});

test('job titles of the demo data lead to their ROME sheets', async () => {
  assert.deepEqual(await findRomeCodesForQuery(handle.db, 'boulanger'), ['D1102']);
  assert.ok((await findRomeCodesForQuery(handle.db, 'aide-soignant')).includes('J1501'));
  assert.ok((await findRomeCodesForQuery(handle.db, 'Développeur')).includes('M1805'));
  assert.deepEqual(await findRomeCodesForQuery(handle.db, ''), []);
  assert.deepEqual(await findRomeCodesForQuery(handle.db, 'xyzzy'), []);
  assert.deepEqual(await getRomeSheets(handle.db, []), []);
  const sheets = await getRomeSheets(handle.db, ['M1805', 'D1102']);
  assert.deepEqual(sheets.map((sheet) => sheet.code), ['D1102', 'M1805']);
});

test('the department of a demo commune comes from its INSEE code', async () => {
  const rows = await handle.db.selectFrom('communes').select(['insee_code', 'department_code']).execute();
  for (const row of rows) assert.ok(row.insee_code.startsWith(row.department_code), row.insee_code);
});
