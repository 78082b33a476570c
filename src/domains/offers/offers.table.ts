import type { Generated, Selectable } from 'kysely';

export type OfferStatus = 'active' | 'expiree';

export interface OfferSourcesTable {
  slug: string;
  name: string;
  url: string | null;
  logo: string | null;
  kind: 'agence' | 'partenaire';
  created_at: Generated<Date>;
}

export interface JobOffersTable {
  id: string;
  seq: Generated<number>;
  intitule: string;
  description: Generated<string>;
  rome_code: string | null;
  rome_label: string | null;
  appellation_code: string | null;
  appellation_label: string | null;
  commune_code: string | null;
  postal_code: string | null;
  place_label: string | null;
  department_code: string | null;
  region_code: string | null;
  latitude: number | null;
  longitude: number | null;
  company_name: string | null;
  company_description: string | null;
  company_url: string | null;
  company_logo: string | null;
  company_adapted: boolean | null;
  contract_type: string;
  contract_nature: string | null;
  experience_code: 'D' | 'S' | 'E' | null;
  experience_label: string | null;
  experience_comment: string | null;
  experience_level: 1 | 2 | 3 | null;
  qualification_code: string | null;
  qualification_label: string | null;
  naf_code: string | null;
  sector_code: string | null;
  sector_label: string | null;
  full_time: boolean | null;
  working_hours_label: string | null;
  working_hours_converted: string | null;
  weekly_hours: number | null;
  contract_months: number | null;
  salary_label: string | null;
  salary_comment: string | null;
  salary_complement1: string | null;
  salary_complement2: string | null;
  salary_min_monthly: number | null;
  salary_max_monthly: number | null;
  alternance: Generated<boolean>;
  positions: Generated<number>;
  accessible_th: boolean | null;
  lacks_candidates: Generated<boolean>;
  /** niveauxFormations codes of details.formations (niveauFormation filter) */
  formation_levels: Generated<string[]>;
  /** permis codes of details.permis (permis filter) */
  licence_codes: Generated<string[]>;
  /** employeurHandiEngage (employeursHandiEngages filter) */
  handi_engaged: Generated<boolean>;
  /** recruitment by simulation (offresMRS filter) */
  mrs: Generated<boolean>;
  /** formations, langues, permis, competences, qualitesProfessionnelles, contact — shaped as in the API */
  details: Generated<OfferDetails>;
  origin: 1 | 2;
  origin_url: string | null;
  created_at: Date;
  updated_at: Date;
  ends_at: Date | null;
  status: Generated<OfferStatus>;
  expired_at: Date | null;
  dedup_key: string;
  search_vector: Generated<string>;
}

export interface OfferDetails {
  formations?: { codeFormation?: string; domaineLibelle?: string; niveauLibelle?: string; commentaire?: string; exigence?: 'E' | 'S' }[];
  langues?: { libelle: string; exigence?: 'E' | 'S' }[];
  permis?: { libelle: string; exigence?: 'E' | 'S' }[];
  competences?: { code?: string; libelle: string; exigence?: 'E' | 'S' }[];
  qualitesProfessionnelles?: { libelle: string; description?: string }[];
  contact?: { nom?: string; coordonnees1?: string; coordonnees2?: string; coordonnees3?: string; telephone?: string; courriel?: string; commentaire?: string; urlPostulation?: string };
}

export interface JobOfferListingsTable {
  source: string;
  external_id: string;
  offer_id: string;
  url: string | null;
  content_hash: string;
  last_import_id: number | null;
  first_seen_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  removed_at: Date | null;
}

export interface OfferImportsTable {
  id: Generated<number>;
  source: string;
  file_name: string;
  file_hash: string;
  format: 'json' | 'jsonl' | 'xml' | 'csv';
  mode: 'complet' | 'partiel';
  status: Generated<'en-cours' | 'terminee' | 'echouee'>;
  records: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  merged: Generated<number>;
  rejected: Generated<number>;
  expired: Generated<number>;
  rejections: Generated<{ record: number; field: string; reason: string }[]>;
  started_at: Generated<Date>;
  finished_at: Date | null;
}

export interface SavedOffersTable {
  account_id: number;
  offer_id: string;
  created_at: Generated<Date>;
}

export interface OfferAlertsTable {
  id: Generated<number>;
  account_id: number;
  label: string;
  query: string;
  checked_until: Generated<Date>;
  last_sent_at: Date | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    offer_sources: OfferSourcesTable;
    job_offers: JobOffersTable;
    job_offer_listings: JobOfferListingsTable;
    offer_imports: OfferImportsTable;
    saved_offers: SavedOffersTable;
    offer_alerts: OfferAlertsTable;
  }
}

export type JobOffer = Selectable<JobOffersTable>;
