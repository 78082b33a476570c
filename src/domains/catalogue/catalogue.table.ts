import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: string;
  website: string | null;
  description: Generated<string>;
  siret: string | null;
  logo_path: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ThemesTable {
  slug: string;
  name: string;
  summary: string;
  description: string;
  position: number;
}

export interface ServicesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  pitch: string;
  description: string;
  provider_id: number;
  type: string;
  themes: string[];
  audience: string;
  price_model: string;
  price_text: string | null;
  platforms: string[];
  languages: Generated<string[]>;
  accessibility: Generated<string>;
  url: string;
  logo_path: string | null;
  screenshots: Generated<string[]>;
  rome_codes: Generated<string[]>;
  status: Generated<string>;
  featured: Generated<boolean>;
  published_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** Maintained by a trigger. */
  name_folded: Generated<string>;
  /** Maintained by a trigger. */
  search_vector: Generated<string>;
}

export interface ServiceCountersTable {
  service_id: number;
  views: Generated<number>;
  link_outs: Generated<number>;
}

export interface ServiceDailyStatsTable {
  service_id: number;
  day: string;
  views: Generated<number>;
  link_outs: Generated<number>;
  favourites_added: Generated<number>;
  favourites_removed: Generated<number>;
}

export interface SearchLexiconTable {
  word: string;
  frequency: Generated<number>;
}

export interface CatalogueStateTable {
  id: Generated<boolean>;
  version: Generated<number>;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type ThemeRow = Selectable<ThemesTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type NewService = Insertable<ServicesTable>;

declare module '../../platform/db/database.js' {
  interface Database {
    organisations: OrganisationsTable;
    themes: ThemesTable;
    services: ServicesTable;
    service_counters: ServiceCountersTable;
    service_daily_stats: ServiceDailyStatsTable;
    search_lexicon: SearchLexiconTable;
    catalogue_state: CatalogueStateTable;
  }
}
