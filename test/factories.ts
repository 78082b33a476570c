import type { Db } from '../src/platform/db/database.js';
import '../src/domains/catalogue/catalogue.table.js';

let sequence = 0;
const next = () => `${process.pid}-${++sequence}`;

export async function createOrganisation(db: Db, overrides: Partial<{ slug: string; name: string; kind: string }> = {}) {
  const n = next();
  return db
    .insertInto('organisations')
    .values({ slug: overrides.slug ?? `org-${n}`, name: overrides.name ?? `Organisation ${n}`, kind: overrides.kind ?? 'partenaire-prive', website: null, siret: null })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export interface ServiceOverrides {
  slug: string;
  name: string;
  pitch: string;
  description: string;
  providerId: number;
  type: string;
  themes: string[];
  audience: string;
  priceModel: string;
  platforms: string[];
  romeCodes: string[];
  status: string;
  url: string;
  publishedAt: string;
  views: number;
}

/** A published service with neutral texts (so only what a test sets can match a search). */
export async function createService(db: Db, overrides: Partial<ServiceOverrides> = {}) {
  const n = next();
  const providerId = overrides.providerId ?? (await createOrganisation(db)).id;
  const service = await db
    .insertInto('services')
    .values({
      slug: overrides.slug ?? `service-${n}`,
      name: overrides.name ?? `Outil ${n}`,
      pitch: overrides.pitch ?? 'Un outil en ligne.',
      description: overrides.description ?? 'Une présentation courte.',
      provider_id: providerId,
      type: overrides.type ?? 'site-web',
      themes: overrides.themes ?? ['trouver-un-emploi'],
      audience: overrides.audience ?? 'candidats',
      price_model: overrides.priceModel ?? 'gratuit',
      price_text: null,
      platforms: overrides.platforms ?? ['web'],
      rome_codes: overrides.romeCodes ?? [],
      status: overrides.status ?? 'publie',
      url: overrides.url ?? `https://outil-${n}.example/`,
      logo_path: null,
      published_at: overrides.publishedAt ?? '2024-01-15',
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  if (overrides.views !== undefined) {
    await db.insertInto('service_counters').values({ service_id: service.id, views: overrides.views, link_outs: 0 }).execute();
  }
  return service;
}
