import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { DEPARTMENTS, listRomeDomains } from '../../referentiels/index.js';
import {
  type CodeLabel,
  CONTINENTS,
  LANGUES,
  NATURES_CONTRATS,
  NIVEAUX_FORMATIONS,
  PAYS,
  PERMIS,
  REGION_OF_DEPARTMENT,
  REGIONS,
  SECTEURS_ACTIVITES,
  TYPES_CONTRATS,
} from './referentiels.vocabulary.js';

/** An entry of a referential: a code and its label, with a few extra fields for some of them. */
export interface ReferentielEntry extends CodeLabel {
  codePostal?: string;
  codeDepartement?: string;
  codeRegion?: string;
  codeContinent?: string;
}

const REGION_LABELS = new Map(REGIONS.map((region) => [region.code, region.libelle]));

type Loader = (db: Db) => Promise<ReferentielEntry[]>;

const fixed = (entries: readonly ReferentielEntry[]): Loader => async () => entries.map((entry) => ({ ...entry }));

/**
 * The referentials of « Offres d'emploi v2 », by name: the ROME, OGR, NAF and commune tables of the
 * referentiels domain, and the vocabularies written in this domain for the others. `themes` are
 * the ROME grands domaines (the ROME thematic tree is not imported).
 */
export const REFERENTIELS: Record<string, Loader> = {
  appellations: async (db) =>
    (await sql<ReferentielEntry>`SELECT ogr_code AS code, label AS libelle FROM rome_appellations WHERE label IS NOT NULL ORDER BY label, ogr_code`.execute(db)).rows,
  communes: async (db) =>
    (
      await sql<{ code: string; libelle: string; codePostal: string | null; codeDepartement: string }>`
        SELECT c.insee_code AS code, c.name AS libelle, c.department_code AS "codeDepartement",
          (SELECT min(p.postal_code) FROM commune_postal_codes p WHERE p.insee_code = c.insee_code) AS "codePostal"
        FROM communes c ORDER BY c.insee_code`.execute(db)
    ).rows.map(({ codePostal, ...entry }) => (codePostal ? { ...entry, codePostal } : entry)),
  continents: fixed(CONTINENTS),
  departements: fixed(
    DEPARTMENTS.map((department) => {
      const region = REGION_OF_DEPARTMENT[department.code];
      return { code: department.code, libelle: department.name, ...(region ? { codeRegion: region } : {}) };
    }),
  ),
  domaines: async (db) => (await listRomeDomains(db, 'domaine-professionnel')).map((domain) => ({ code: domain.code, libelle: domain.label })),
  langues: fixed(LANGUES),
  metiers: async (db) => (await sql<ReferentielEntry>`SELECT code, label AS libelle FROM rome_sheets ORDER BY code`.execute(db)).rows,
  naturesContrats: fixed(NATURES_CONTRATS),
  nafs: async (db) => // Stored as '1071C'; the API writes '10.71C'.
    (await sql<ReferentielEntry>`SELECT left(code, 2) || '.' || substr(code, 3) AS code, label AS libelle FROM naf_codes ORDER BY code`.execute(db)).rows,
  niveauxFormations: fixed(NIVEAUX_FORMATIONS),
  pays: fixed(PAYS.map(({ code, libelle, continent }) => ({ code, libelle, codeContinent: continent }))),
  permis: fixed(PERMIS),
  regions: fixed(REGIONS),
  secteursActivites: fixed(SECTEURS_ACTIVITES),
  themes: async (db) => (await listRomeDomains(db, 'grand-domaine')).map((domain) => ({ code: domain.code, libelle: domain.label })),
  typesContrats: fixed(TYPES_CONTRATS),
};

export const REFERENTIEL_NAMES = Object.keys(REFERENTIELS);

export const regionLabel = (code: string): string | undefined => REGION_LABELS.get(code);
