import { upsertAppellations } from '../referentiels.repository.js';
import type { AppellationRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { ogrCode, pipeFields, romeLabel } from './fields.js';
import type { FileImporter } from './file-importer.js';

/** `ogr_labels.csv`: `ogr_id|ogr_label`, the job titles' labels (their ROME code comes from the mapping). */
export const ogrLabelsImporter: FileImporter = {
  fileName: 'ogr_labels.csv',
  header: 'ogr_id|ogr_label',
  open(db) {
    const appellations = new Batch<AppellationRow>((row) => row.ogr_code, (rows) => upsertAppellations(db, rows));
    return {
      add(line) {
        const [rawCode = '', rawLabel = ''] = pipeFields(line, 2);
        return appellations.add({ ogr_code: ogrCode(rawCode), label: romeLabel(rawLabel), rome_code: null });
      },
      async finish() {
        await appellations.flush();
        return { rome_appellations: appellations.count };
      },
    };
  },
};
