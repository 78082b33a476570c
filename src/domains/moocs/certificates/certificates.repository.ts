import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { CertificateRow, CertificatesTable } from '../moocs.table.js';
import type { Insertable } from 'kysely';

export async function findCertificateByNumber(db: Db, number: string): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificates').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function findCertificateById(db: Db, id: number): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCertificateByEnrolment(db: Db, enrolmentId: number): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificates').selectAll().where('enrolment_id', '=', enrolmentId).executeTakeFirst();
}

/** Inserts a certificate unless the enrolment already has one (then nothing: undefined). */
export async function insertCertificate(db: Db, values: Insertable<CertificatesTable>): Promise<CertificateRow | undefined> {
  return db
    .insertInto('certificates')
    .values(values)
    .onConflict((oc) => oc.column('enrolment_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listAccountCertificates(db: Db, accountId: number): Promise<CertificateRow[]> {
  return db.selectFrom('certificates').selectAll().where('account_id', '=', accountId).orderBy('issued_at', 'desc').execute();
}

/** Staff search: an exact number (canonical form), or a part of the learner's name (accents ignored). */
export async function searchCertificates(db: Db, query: { number?: string; name?: string }, limit = 50): Promise<CertificateRow[]> {
  let select = db.selectFrom('certificates').selectAll().orderBy('issued_at', 'desc').orderBy('id', 'desc').limit(limit);
  if (query.number) select = select.where('number', '=', query.number);
  else if (query.name) {
    const pattern = `%${query.name.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    select = select.where(sql<boolean>`unaccent(learner_name) ILIKE unaccent(${pattern})`);
  }
  return select.execute();
}

export async function setRevocation(db: Db, id: number, revocation: { at: Date | null; reason: string | null; by: number | null }): Promise<void> {
  await db.updateTable('certificates').set({ revoked_at: revocation.at, revoked_reason: revocation.reason, revoked_by: revocation.by }).where('id', '=', id).execute();
}
