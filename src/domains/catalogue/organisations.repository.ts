import type { Db } from '../../platform/db/database.js';

export async function findOrganisationsBySlugs(db: Db, slugs: string[]) {
  if (!slugs.length) return [];
  return db.selectFrom('organisations').select(['id', 'slug', 'name', 'kind']).where('slug', 'in', slugs).execute();
}
