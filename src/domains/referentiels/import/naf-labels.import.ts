import { upsertNafCodes } from '../referentiels.repository.js';
import type { NafCodeRow } from '../referentiels.table.js';
import { Batch } from './batch.js';
import { label, nafCode, pipeFields } from './fields.js';
import type { FileImporter } from './file-importer.js';

/** `naf_labels.csv`: `naf_id|naf_label`, NAF rév. 2 sub-classes (their ";" are real ones, kept). */
export const nafLabelsImporter: FileImporter = {
  fileName: 'naf_labels.csv',
  header: 'naf_id|naf_label',
  open(db) {
    const codes = new Batch<NafCodeRow>((row) => row.code, (rows) => upsertNafCodes(db, rows));
    return {
      add(line) {
        const [rawCode = '', rawLabel = ''] = pipeFields(line, 2);
        return codes.add({ code: nafCode(rawCode), label: label(rawLabel) });
      },
      async finish() {
        await codes.flush();
        return { naf_codes: codes.count };
      },
    };
  },
};
