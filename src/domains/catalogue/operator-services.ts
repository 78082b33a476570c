import type { Db } from '../../platform/db/database.js';
import type { Audience, Platform, ServiceType, ThemeSlug } from './catalogue.vocabulary.js';

/** A published service, named and linked, as other domains refer to it (e.g. the simulator's debrief). */
export interface ServiceReference {
  slug: string;
  name: string;
  pitch: string;
  type: string;
  /** Its page in the Store. */
  href: string;
}

/** The published services among these slugs, in the order asked (unknown or unpublished ones are left out). */
export async function findPublishedServiceReferences(db: Db, slugs: readonly string[]): Promise<ServiceReference[]> {
  if (!slugs.length) return [];
  const rows = await db.selectFrom('services').select(['slug', 'name', 'pitch', 'type']).where('status', '=', 'publie').where('slug', 'in', [...new Set(slugs)]).execute();
  const found = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug) => {
    const row = found.get(slug);
    return row ? [{ ...row, href: `/services/${row.slug}` }] : [];
  });
}

/** A service the operator runs on this portal (the interview simulator…), listed in the Store. */
export interface OperatorService {
  slug: string;
  name: string;
  pitch: string;
  /** Markdown. */
  description: string;
  type: ServiceType;
  themes: ThemeSlug[];
  audience: Audience;
  platforms: Platform[];
  accessibility: string;
  /** Absolute address (http or https). */
  url: string;
  /** Under /static/, or null. */
  logoPath: string | null;
  romeCodes: string[];
}

/**
 * Creates or updates a free, published service provided by the operator's organisation (the first
 * organisation of kind 'operateur'); idempotent (upsert by slug). Returns the service id, or null
 * when there is no operator organisation yet (the catalogue demo was not loaded).
 */
export async function upsertOperatorService(db: Db, service: OperatorService): Promise<number | null> {
  const operator = await db.selectFrom('organisations').select('id').where('kind', '=', 'operateur').orderBy('id').executeTakeFirst();
  if (!operator) return null;
  const values = {
    name: service.name,
    pitch: service.pitch,
    description: service.description,
    provider_id: operator.id,
    type: service.type,
    themes: service.themes,
    audience: service.audience,
    price_model: 'gratuit',
    price_text: null,
    platforms: service.platforms,
    accessibility: service.accessibility,
    url: service.url,
    logo_path: service.logoPath,
    rome_codes: service.romeCodes,
    status: 'publie',
  };
  const existing = await db.selectFrom('services').selectAll().where('slug', '=', service.slug).executeTakeFirst();
  if (!existing) {
    const inserted = await db.insertInto('services').values({ slug: service.slug, ...values, published_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    return inserted.id;
  }
  const unchanged = (Object.keys(values) as (keyof typeof values)[]).every((key) => JSON.stringify(existing[key]) === JSON.stringify(values[key]));
  if (!unchanged) {
    await db
      .updateTable('services')
      .set((eb) => ({ ...values, published_at: eb.fn.coalesce('published_at', eb.val(new Date())), updated_at: new Date() }))
      .where('id', '=', existing.id)
      .execute();
  }
  return existing.id;
}

/** Points a service at another address (e.g. this portal's public URL once known); a no-op when it already does. */
export async function pointServiceAt(db: Db, slug: string, url: string): Promise<void> {
  await db.updateTable('services').set({ url, updated_at: new Date() }).where('slug', '=', slug).where('url', '<>', url).execute();
}
