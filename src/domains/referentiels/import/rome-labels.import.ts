import { upsertRomeSheets } from '../referentiels.repository.js';
import type { RomeSheetRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { pipeFields, romeCode, romeLabel } from './fields.js';
import type { FileImporter } from './file-importer.js';

/** `rome_labels.csv`: `rome_id|rome_label`, the ROME job sheets. */
export const romeLabelsImporter: FileImporter = {
  fileName: 'rome_labels.csv',
  header: 'rome_id|rome_label',
  open(db) {
    const sheets = new Batch<RomeSheetRow>((row) => row.code, (rows) => upsertRomeSheets(db, rows));
    return {
      add(line) {
        const [rawCode = '', rawLabel = ''] = pipeFields(line, 2);
        const code = romeCode(rawCode);
        return sheets.add({ code, label: romeLabel(rawLabel), domain_code: code.slice(0, 3) });
      },
      async finish() {
        await sheets.flush();
        return { rome_sheets: sheets.count };
      },
    };
  },
};
