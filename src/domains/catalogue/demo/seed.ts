import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { rebuildSearchLexicon } from '../search.repository.js';
import { THEMES } from '../themes.data.js';
import { demoOrganisations } from './organisations.data.js';
import { demoServices } from './services.data.js';

/**
 * Loads the themes, demo organisations and demo services. Idempotent: rows are upserted by slug,
 * so a second run changes nothing (counters are only set when a service is first created).
 */
export async function seedCatalogueDemo(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('themes')
      .values(THEMES.map((theme, position) => ({ slug: theme.slug, name: theme.name, summary: theme.summary, description: theme.description, position })))
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          summary: eb.ref('excluded.summary'),
          description: eb.ref('excluded.description'),
          position: eb.ref('excluded.position'),
        })),
      )
      .execute();
    await trx
      .insertInto('organisations')
      .values(demoOrganisations.map((org) => ({ slug: org.slug, name: org.name, kind: org.kind, website: org.website, description: org.description })))
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          website: eb.ref('excluded.website'),
          description: eb.ref('excluded.description'),
        })),
      )
      .execute();
    const organisations = await trx.selectFrom('organisations').select(['id', 'slug']).execute();
    const idOf = new Map(organisations.map((org) => [org.slug, org.id]));
    const rows = demoServices.map((service) => {
      const providerId = idOf.get(service.providerSlug);
      if (providerId === undefined) throw new Error(`demo service ${service.slug}: unknown provider ${service.providerSlug}`);
      return {
        slug: service.slug,
        name: service.name,
        pitch: service.pitch,
        description: service.description,
        provider_id: providerId,
        type: service.type,
        themes: service.themes,
        audience: service.audience,
        price_model: service.priceModel,
        price_text: service.priceText,
        platforms: service.platforms,
        languages: service.languages,
        accessibility: service.accessibility,
        url: service.url,
        logo_path: `/static/logos/${service.logo}`,
        rome_codes: service.romeCodes,
        status: 'publie',
        featured: service.featured,
        published_at: service.publishedAt,
      };
    });
    const inserted = await trx
      .insertInto('services')
      .values(rows)
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          pitch: eb.ref('excluded.pitch'),
          description: eb.ref('excluded.description'),
          provider_id: eb.ref('excluded.provider_id'),
          type: eb.ref('excluded.type'),
          themes: eb.ref('excluded.themes'),
          audience: eb.ref('excluded.audience'),
          price_model: eb.ref('excluded.price_model'),
          price_text: eb.ref('excluded.price_text'),
          platforms: eb.ref('excluded.platforms'),
          languages: eb.ref('excluded.languages'),
          accessibility: eb.ref('excluded.accessibility'),
          url: eb.ref('excluded.url'),
          logo_path: eb.ref('excluded.logo_path'),
          rome_codes: eb.ref('excluded.rome_codes'),
          featured: eb.ref('excluded.featured'),
          published_at: eb.ref('excluded.published_at'),
        })),
      )
      .returning(['id', 'slug'])
      .execute();
    const counters = new Map(demoServices.map((service) => [service.slug, service]));
    await trx
      .insertInto('service_counters')
      .values(inserted.map((row) => ({ service_id: row.id, views: counters.get(row.slug)?.views ?? 0, link_outs: counters.get(row.slug)?.linkOuts ?? 0 })))
      .onConflict((oc) => oc.column('service_id').doNothing())
      .execute();
    // Sixty days of figures for the partners' statistics (quieter at weekends), derived from each
    // service's totals so that every load gives the same figures.
    await sql`
      INSERT INTO service_daily_stats (service_id, day, views, link_outs)
      SELECT c.service_id, current_date - d, x.views, x.views * (20 + abs(hashtext(s.slug)) % 30) / 100
      FROM service_counters c
      JOIN services s ON s.id = c.service_id
      CROSS JOIN generate_series(1, 60) AS d
      CROSS JOIN LATERAL (
        SELECT (c.views / 500.0 * (0.6 + (abs(hashtext(s.slug || d::text)) % 80) / 100.0)
          * CASE WHEN extract(isodow FROM current_date - d) >= 6 THEN 0.5 ELSE 1 END)::int AS views
      ) x
      WHERE s.slug = ANY (${demoServices.map((service) => service.slug)})
      ON CONFLICT (service_id, day) DO NOTHING`.execute(trx);
    await rebuildSearchLexicon(trx);
  });
}

export async function isCatalogueEmpty(db: Db): Promise<boolean> {
  const { rows } = await sql<{ empty: boolean }>`SELECT NOT EXISTS (SELECT 1 FROM services) AS empty`.execute(db);
  return rows[0]?.empty ?? true;
}
