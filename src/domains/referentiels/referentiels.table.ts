import type { GeneratedAlways, Insertable, Selectable } from 'kysely';

/** A "grand domaine" ('D', no parent) or a "domaine professionnel" ('D11', parent 'D') of the ROME tree. */
export interface RomeDomainsTable {
  code: string;
  label: string;
  parent_code: string | null;
}

/** A ROME job sheet ("fiche métier"), e.g. 'D1102' Boulangerie - viennoiserie. */
export interface RomeSheetsTable {
  code: string;
  label: string;
  domain_code: string | null;
  search_vector: GeneratedAlways<string>;
}

/** An OGR job title ("appellation"); label or ROME code may be missing until their file is imported. */
export interface RomeAppellationsTable {
  ogr_code: string;
  label: string | null;
  rome_code: string | null;
  label_folded: GeneratedAlways<string | null>;
  search_vector: GeneratedAlways<string>;
}

export interface CommunesTable {
  insee_code: string;
  name: string;
  department_code: string;
  latitude: number | null;
  longitude: number | null;
  name_folded: GeneratedAlways<string>;
}

export interface CommunePostalCodesTable {
  insee_code: string;
  postal_code: string;
}

export interface NafCodesTable {
  code: string;
  label: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    rome_domains: RomeDomainsTable;
    rome_sheets: RomeSheetsTable;
    rome_appellations: RomeAppellationsTable;
    communes: CommunesTable;
    commune_postal_codes: CommunePostalCodesTable;
    naf_codes: NafCodesTable;
  }
}

export type RomeDomainRow = Insertable<RomeDomainsTable>;
export type RomeSheetRow = Insertable<RomeSheetsTable>;
export type RomeSheet = Pick<Selectable<RomeSheetsTable>, 'code' | 'label'>;
export type AppellationRow = Insertable<RomeAppellationsTable>;
export type CommuneRow = Insertable<CommunesTable>;
export type PostalCodeRow = Insertable<CommunePostalCodesTable>;
export type NafCodeRow = Insertable<NafCodesTable>;
