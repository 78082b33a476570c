import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { demoAppellations, demoCommunes, demoRomeSheets, departmentCodeOf } from '../../referentiels/index.js';

/** An OGR job title with its ROME sheet. */
export interface GeneratorJobTitle {
  ogrCode: string;
  label: string;
  romeCode: string;
  romeLabel: string;
}

export interface GeneratorCommune {
  inseeCode: string;
  name: string;
  departmentCode: string;
  postalCodes: string[];
  latitude: number | null;
  longitude: number | null;
}

/** What the generator draws job titles and places from. */
export interface GeneratorReferentials {
  origin: 'database' | 'embedded';
  jobTitles: GeneratorJobTitle[];
  communes: GeneratorCommune[];
}

/** The compact list embedded in the code: the demo subset of the official referentials. */
export function embeddedReferentials(): GeneratorReferentials {
  const sheets = new Map(demoRomeSheets.map((sheet) => [sheet.code, sheet.label]));
  return {
    origin: 'embedded',
    jobTitles: demoAppellations
      .filter((a) => sheets.has(a.romeCode))
      .map((a) => ({ ogrCode: a.ogrCode, label: a.label, romeCode: a.romeCode, romeLabel: sheets.get(a.romeCode)! })),
    communes: demoCommunes.map((c) => ({
      inseeCode: c.inseeCode,
      name: c.name,
      departmentCode: departmentCodeOf(c.inseeCode),
      postalCodes: [...new Set(c.postalCodes)],
      latitude: c.latitude,
      longitude: c.longitude,
    })),
  };
}

/**
 * The job titles and communes of the database (the demo subset, or the full referentials once
 * imported), in a stable order so that a seed gives the same feed; the embedded list when the
 * tables are empty.
 */
export async function loadGeneratorReferentials(db: Db): Promise<GeneratorReferentials> {
  const { rows: jobTitles } = await sql<GeneratorJobTitle>`
    SELECT a.ogr_code AS "ogrCode", a.label, a.rome_code AS "romeCode", s.label AS "romeLabel"
    FROM rome_appellations a JOIN rome_sheets s ON s.code = a.rome_code
    WHERE a.label IS NOT NULL
    ORDER BY a.ogr_code`.execute(db);
  const { rows: communes } = await sql<GeneratorCommune>`
    SELECT c.insee_code AS "inseeCode", c.name, c.department_code AS "departmentCode",
      array_agg(p.postal_code ORDER BY p.postal_code) AS "postalCodes", c.latitude, c.longitude
    FROM communes c JOIN commune_postal_codes p ON p.insee_code = c.insee_code
    GROUP BY c.insee_code
    ORDER BY c.insee_code`.execute(db);
  if (!jobTitles.length || !communes.length) return embeddedReferentials();
  return { origin: 'database', jobTitles, communes };
}
