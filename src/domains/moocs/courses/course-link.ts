import type { Db } from '../../../platform/db/database.js';
import { courseHref } from './session-display.js';

/** For the catalogue's service page: a MOOC's entry links to its course page and sessions. */
export async function courseLinkOf(db: Db, service: { id: number; slug: string }): Promise<{ label: string; href: string } | null> {
  const course = await db.selectFrom('courses').select('id').where('service_id', '=', service.id).executeTakeFirst();
  return course ? { label: 'Voir le cours, ses sessions et s’inscrire', href: courseHref(service.slug) } : null;
}
