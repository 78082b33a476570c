import { type Insertable, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobOffersTable } from '../offers.table.js';

let counter = 0;

export type TestOffer = Partial<Insertable<JobOffersTable>> & { intitule: string };

/** Known communes of the demo referential, with their coordinates. */
export const PLACES = {
  lyon: { commune_code: '69123', postal_code: '69003', place_label: '69 - Lyon', department_code: '69', region_code: '84', latitude: 45.7588, longitude: 4.8353 },
  villeurbanne: { commune_code: '69266', postal_code: '69100', place_label: '69 - Villeurbanne', department_code: '69', region_code: '84', latitude: 45.7708, longitude: 4.8885 },
  saintEtienne: { commune_code: '42218', postal_code: '42000', place_label: '42 - Saint-Étienne', department_code: '42', region_code: '84', latitude: 45.4301, longitude: 4.3791 },
  paris: { commune_code: '75056', postal_code: '75001', place_label: '75 - Paris', department_code: '75', region_code: '11', latitude: 48.8603, longitude: 2.3444 },
} as const;

export const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);

/** Inserts active offers (defaults: CDI in Lyon, created now, from the agency); returns their ids. */
export async function insertOffers(db: Db, offers: TestOffer[]): Promise<string[]> {
  const ids: string[] = [];
  for (const offer of offers) {
    counter += 1;
    const id = offer.id ?? `T${String(counter).padStart(6, '0')}`;
    const created = offer.created_at ?? new Date();
    await db
      .insertInto('job_offers')
      .values({
        ...PLACES.lyon,
        contract_type: 'CDI',
        origin: 1,
        updated_at: created,
        dedup_key: `test-${id}`,
        ...offer,
        id,
        created_at: created,
      })
      .execute();
    ids.push(id);
  }
  return ids;
}

/** Removes every offer (the demo's too) so that counts are exact. */
export async function clearOffers(db: Db): Promise<void> {
  await sql`DELETE FROM job_offers`.execute(db);
}
