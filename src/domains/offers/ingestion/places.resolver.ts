import type { Db } from '../../../platform/db/database.js';
import { fold } from './offer-fields.js';
import { ARRONDISSEMENTS, CITY_OF_ARRONDISSEMENT } from '../arrondissements.js';

/** A commune of the referentials, as an offer's place. */
export interface Place {
  communeCode: string;
  postalCode: string | null;
  name: string;
  departmentCode: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

const REGIONS: Record<string, string[]> = {
  '84': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  '27': ['21', '25', '39', '58', '70', '71', '89', '90'],
  '53': ['22', '29', '35', '56'],
  '24': ['18', '28', '36', '37', '41', '45'],
  '94': ['2A', '2B'],
  '44': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  '32': ['02', '59', '60', '62', '80'],
  '11': ['75', '77', '78', '91', '92', '93', '94', '95'],
  '28': ['14', '27', '50', '61', '76'],
  '75': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  '76': ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  '52': ['44', '49', '53', '72', '85'],
  '93': ['04', '05', '06', '13', '83', '84'],
  '01': ['971'], '02': ['972'], '03': ['973'], '04': ['974'], '06': ['976'],
};
const REGION_OF = new Map(Object.entries(REGIONS).flatMap(([region, departments]) => departments.map((d) => [d, region] as [string, string])));

interface CommuneEntry {
  code: string;
  name: string;
  department: string;
  latitude: number | null;
  longitude: number | null;
  postalCodes: string[];
}

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

/** What an offer says about its place (`lieuTravail`). */
export interface PlaceInput {
  commune?: string | null;
  codePostal?: string | null;
  libelle?: string | null;
}

/**
 * Resolves an offer's place in memory from the communes table, loaded once per import:
 * an INSEE code, else a postal code (several communes share one: the name in the label decides),
 * else a commune name (with the "75 - " department prefix of the agency's labels when present).
 */
export class PlaceResolver {
  private constructor(
    private readonly byCode: Map<string, CommuneEntry>,
    private readonly byPostal: Map<string, CommuneEntry[]>,
    private readonly byName: Map<string, CommuneEntry[]>,
  ) {}

  static async load(db: Db): Promise<PlaceResolver> {
    const communes = await db.selectFrom('communes').select(['insee_code', 'name', 'department_code', 'latitude', 'longitude']).execute();
    const postal = await db.selectFrom('commune_postal_codes').select(['insee_code', 'postal_code']).orderBy('postal_code').orderBy('insee_code').execute();
    const byCode = new Map<string, CommuneEntry>();
    const byName = new Map<string, CommuneEntry[]>();
    for (const row of communes) {
      const entry: CommuneEntry = { code: row.insee_code, name: row.name, department: row.department_code, latitude: row.latitude, longitude: row.longitude, postalCodes: [] };
      byCode.set(entry.code, entry);
      const key = fold(entry.name);
      byName.set(key, [...(byName.get(key) ?? []), entry]);
    }
    const byPostal = new Map<string, CommuneEntry[]>();
    for (const row of postal) {
      const entry = byCode.get(row.insee_code);
      if (!entry) continue;
      entry.postalCodes.push(row.postal_code);
      byPostal.set(row.postal_code, [...(byPostal.get(row.postal_code) ?? []), entry]);
    }
    return new PlaceResolver(byCode, byPostal, byName);
  }

  get size(): number {
    return this.byCode.size;
  }

  /**
   * True when `code` is written as an INSEE code but no commune of the referential has it (nor
   * its city or arrondissement); false for any other text, and always false while the referential
   * is empty (nothing to check against).
   */
  isUnknownInseeCode(code: string): boolean {
    const trimmed = code.trim();
    return this.byCode.size > 0 && INSEE_CODE.test(trimmed) && !this.byInseeCode(trimmed.toUpperCase(), '');
  }

  /** The commune of an INSEE code, directly or through its city / arrondissements (by postal code when it tells). */
  private byInseeCode(code: string, postal: string): CommuneEntry | undefined {
    const direct = this.byCode.get(code);
    if (direct) return direct;
    const city = CITY_OF_ARRONDISSEMENT.get(code);
    if (city) return this.byCode.get(city);
    const parts = (ARRONDISSEMENTS[code] ?? []).flatMap((part) => this.byCode.get(part) ?? []);
    return parts.find((part) => part.postalCodes.includes(postal)) ?? parts[0];
  }

  resolve(input: PlaceInput): Place | null {
    const commune = input.commune?.trim() ?? '';
    const postal = input.codePostal?.trim() ?? '';
    const label = input.libelle?.trim() ?? '';
    const prefix = /^(\d{2,3}|2[AB])\s*-\s*(.+)$/i.exec(label);
    const department = prefix?.[1]?.toUpperCase() ?? null;
    const names = [prefix?.[2] ?? label, commune].map((text) => fold(text.replace(/\b\d{5}\b/g, ''))).filter(Boolean);
    const byName = (candidates: CommuneEntry[]) => candidates.find((c) => names.includes(fold(c.name))) ?? null;

    const coded = INSEE_CODE.test(commune) ? this.byInseeCode(commune.toUpperCase(), postal) : undefined;
    if (coded) return this.place(coded, postal);
    const postalCode = /^\d{5}$/.test(postal) ? postal : (/\b(\d{5})\b/.exec(`${label} ${commune}`)?.[1] ?? '');
    const sharing = postalCode ? this.byPostal.get(postalCode) : undefined;
    if (sharing?.length) return this.place(byName(sharing) ?? sharing[0]!, postalCode);
    for (const name of names) {
      const candidates = (this.byName.get(name) ?? []).filter((c) => !department || c.department === department);
      if (candidates.length > 0) return this.place(candidates[0]!, postal);
    }
    return null;
  }

  private place(entry: CommuneEntry, postal: string): Place {
    const postalCode = /^\d{5}$/.test(postal) && entry.postalCodes.includes(postal) ? postal : (entry.postalCodes[0] ?? null);
    return {
      communeCode: entry.code,
      postalCode,
      name: entry.name,
      departmentCode: entry.department,
      regionCode: REGION_OF.get(entry.department) ?? null,
      latitude: entry.latitude,
      longitude: entry.longitude,
    };
  }
}
