import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';

/**
 * Deletes uploaded images nothing points to any more (a logo replaced in a draft, a form left
 * half-way), once they are a day old: a partner still filling a form keeps what was just sent.
 * Images of any revision, even an old one, stay: the history shows them.
 */
export async function deleteOrphanImages(db: Db, olderThanHours = 24): Promise<number> {
  const result = await sql`
    DELETE FROM media_files m
    WHERE m.created_at < now() - make_interval(hours => ${olderThanHours})
      AND NOT EXISTS (SELECT 1 FROM services s
        WHERE s.logo_path = '/media/' || m.id || '.webp' OR ('/media/' || m.id || '.webp') = ANY (s.screenshots))
      AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.logo_path = '/media/' || m.id || '.webp')
      AND NOT EXISTS (SELECT 1 FROM service_revisions r
        WHERE r.content->>'logoPath' = '/media/' || m.id || '.webp'
          OR r.base_content->>'logoPath' = '/media/' || m.id || '.webp'
          OR r.content->'screenshots' ? ('/media/' || m.id || '.webp')
          OR coalesce(r.base_content->'screenshots', '[]'::jsonb) ? ('/media/' || m.id || '.webp'))`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export const mediaCleanupJob: JobDefinition = {
  name: 'nettoyage-images',
  everyMs: 6 * 3600_000,
  async run(db) {
    await deleteOrphanImages(db);
  },
};
