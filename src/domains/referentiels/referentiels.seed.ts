import type { Db } from '../../platform/db/database.js';
import { departmentCodeOf } from './communes.js';
import { demoAppellations, demoCommunes, demoNafCodes, demoRomeDomains, demoRomeSheets } from './demo/referentiels.data.js';
import {
  insertPostalCodes,
  upsertAppellations,
  upsertCommunes,
  upsertNafCodes,
  upsertRomeDomains,
  upsertRomeSheets,
} from './referentiels.repository.js';

const BATCH_SIZE = 500;

async function inBatches<T>(rows: T[], write: (rows: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) await write(rows.slice(start, start + BATCH_SIZE));
}

async function seed(db: Db): Promise<void> {
  await inBatches(demoRomeDomains.map((d) => ({ code: d.code, label: d.label, parent_code: d.parentCode })), (rows) => upsertRomeDomains(db, rows));
  await inBatches(demoRomeSheets.map((s) => ({ code: s.code, label: s.label, domain_code: s.domainCode })), (rows) => upsertRomeSheets(db, rows));
  await inBatches(demoAppellations.map((a) => ({ ogr_code: a.ogrCode, label: a.label, rome_code: a.romeCode })), (rows) => upsertAppellations(db, rows));
  const communes = demoCommunes.map((c) => ({
    insee_code: c.inseeCode,
    name: c.name,
    department_code: departmentCodeOf(c.inseeCode),
    latitude: c.latitude,
    longitude: c.longitude,
  }));
  await inBatches(communes, (rows) => upsertCommunes(db, rows));
  const postalCodes = demoCommunes.flatMap((c) => [...new Set(c.postalCodes)].map((postal_code) => ({ insee_code: c.inseeCode, postal_code })));
  await inBatches(postalCodes, (rows) => insertPostalCodes(db, rows));
  await inBatches(demoNafCodes.map((n) => ({ code: n.code, label: n.label })), (rows) => upsertNafCodes(db, rows));
}

/** Loads the hand-written demo subset of the referentials; running it again changes nothing. */
export async function seedReferentielsDemo(db: Db): Promise<void> {
  if (db.isTransaction) return seed(db);
  await db.transaction().execute((trx) => seed(trx));
}
