import { departmentCodeOf, displayCommuneName } from '../communes.js';
import { insertPostalCodes, upsertCommunes } from '../referentiels.repository.js';
import type { CommuneRow, PostalCodeRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { parseDelimitedLine } from './csv-line.js';
import { coordinates, expectFieldCount, inseeCode, label, postalCode } from './fields.js';
import type { FileImporter } from './file-importer.js';

/**
 * `laposte_hexasmal.csv`: La Poste's postal-code base, one line per commune × postal code ×
 * delivery line. Gives one commune (coordinates from its first line that has them) and its
 * distinct postal codes.
 */
export const laposteImporter: FileImporter = {
  fileName: 'laposte_hexasmal.csv',
  header: 'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps',
  open(db) {
    const communes = new Batch<CommuneRow>((row) => row.insee_code, (rows) => upsertCommunes(db, rows));
    // A postal code refers to its commune: write pending communes first.
    const postalCodes = new Batch<PostalCodeRow>(
      (row) => `${row.insee_code} ${row.postal_code}`,
      async (rows) => {
        await communes.flush();
        await insertPostalCodes(db, rows);
      },
    );
    const located = new Map<string, boolean>(); // INSEE code → coordinates already known
    return {
      async add(line) {
        const fields = parseDelimitedLine(line, ';');
        expectFieldCount(fields, 6);
        const [rawInsee = '', rawName = '', rawPostal = '', , , rawGps = ''] = fields;
        const insee = inseeCode(rawInsee);
        const name = label(rawName, 'nom de commune');
        const postal = postalCode(rawPostal);
        const gps = coordinates(rawGps);
        const known = located.get(insee);
        if (known === undefined || (!known && gps !== null)) {
          located.set(insee, gps !== null);
          await communes.add({
            insee_code: insee,
            name: displayCommuneName(name),
            department_code: departmentCodeOf(insee),
            latitude: gps?.latitude ?? null,
            longitude: gps?.longitude ?? null,
          });
        }
        await postalCodes.add({ insee_code: insee, postal_code: postal });
      },
      async finish() {
        await communes.flush();
        await postalCodes.flush();
        return { communes: communes.count, commune_postal_codes: postalCodes.count };
      },
    };
  },
};
