import { upsertAppellations } from '../referentiels.repository.js';
import type { AppellationRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { ogrCode, pipeFields, romeCode } from './fields.js';
import type { FileImporter } from './file-importer.js';

/** `ogr_rome_mapping.csv`: `ogr_id|rome_id`, the ROME sheet of each job title (labels may come later). */
export const ogrRomeMappingImporter: FileImporter = {
  fileName: 'ogr_rome_mapping.csv',
  header: 'ogr_id|rome_id',
  open(db) {
    const appellations = new Batch<AppellationRow>((row) => row.ogr_code, (rows) => upsertAppellations(db, rows));
    return {
      add(line) {
        const [rawOgr = '', rawRome = ''] = pipeFields(line, 2);
        return appellations.add({ ogr_code: ogrCode(rawOgr), label: null, rome_code: romeCode(rawRome) });
      },
      async finish() {
        await appellations.flush();
        return { rome_appellations: appellations.count };
      },
    };
  },
};
