import { upsertAppellations, upsertRomeDomains, upsertRomeSheets } from '../referentiels.repository.js';
import type { AppellationRow, RomeDomainRow, RomeSheetRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { parseDelimitedLine } from './csv-line.js';
import { expectFieldCount, isBlank, ogrCode, romeCode, romeLabel } from './fields.js';
import { InvalidLineError } from './import-errors.js';
import type { FileImporter } from './file-importer.js';

/** A two-digit part of a ROME code, or null for a blank cell. */
function codePart(value: string, column: string): string | null {
  if (isBlank(value)) return null;
  const part = value.trim();
  if (!/^\d{2}$/.test(part)) throw new InvalidLineError(`${column} « ${part} » invalide (deux chiffres ou vide attendus)`);
  return part;
}

/**
 * `arbo_rome_ogr_202107.csv`: `Rome1;Rome2;Rome3;Intitule;OGR`, the ROME tree. A line is a grand
 * domaine (Rome2 blank), a domaine professionnel (Rome3 blank), a job sheet (OGR blank) or a job title.
 */
export const romeTreeImporter: FileImporter = {
  fileName: 'arbo_rome_ogr_202107.csv',
  header: 'Rome1;Rome2;Rome3;Intitule;OGR',
  open(db) {
    const domains = new Batch<RomeDomainRow>((row) => row.code, (rows) => upsertRomeDomains(db, rows));
    const sheets = new Batch<RomeSheetRow>((row) => row.code, (rows) => upsertRomeSheets(db, rows));
    const appellations = new Batch<AppellationRow>((row) => row.ogr_code, (rows) => upsertAppellations(db, rows));
    return {
      add(line) {
        const fields = parseDelimitedLine(line, ';');
        expectFieldCount(fields, 5);
        const [rawLetter = '', rawDomain = '', rawSheet = '', rawTitle = '', rawOgr = ''] = fields;
        const letter = rawLetter.trim();
        if (!/^[A-N]$/.test(letter)) throw new InvalidLineError(`grand domaine « ${letter} » invalide (une lettre de A à N attendue)`);
        const domain = codePart(rawDomain, 'Rome2');
        const sheet = codePart(rawSheet, 'Rome3');
        const ogr = isBlank(rawOgr) ? null : ogrCode(rawOgr);
        const title = romeLabel(rawTitle);
        if (domain === null) {
          if (sheet !== null || ogr !== null) throw new InvalidLineError('Rome3 et OGR doivent être vides quand Rome2 est vide');
          return domains.add({ code: letter, label: title, parent_code: null });
        }
        if (sheet === null) {
          if (ogr !== null) throw new InvalidLineError('OGR doit être vide quand Rome3 est vide');
          return domains.add({ code: letter + domain, label: title, parent_code: letter });
        }
        const code = romeCode(letter + domain + sheet);
        if (ogr === null) return sheets.add({ code, label: title, domain_code: letter + domain });
        return appellations.add({ ogr_code: ogr, label: title, rome_code: code });
      },
      async finish() {
        await domains.flush();
        await sheets.flush();
        await appellations.flush();
        return { rome_domains: domains.count, rome_sheets: sheets.count, rome_appellations: appellations.count };
      },
    };
  },
};
