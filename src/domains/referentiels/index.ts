/** The referentiels domain: official ROME, OGR, NAF and commune referentials, and their import. */
export type { RomeSheet } from './referentiels.table.js';
export { findRomeCodesForQuery, getRomeSheets } from './referentiels.repository.js';
export { seedReferentielsDemo } from './referentiels.seed.js';
export { departmentCodeOf, displayCommuneName } from './communes.js';
export {
  importReferentiels,
  REFERENTIEL_FILE_NAMES,
  type ImportReferentielsOptions,
  type ReferentielFileSummary,
} from './import/import-referentiels.js';
export type { ImportProgress } from './import/file-importer.js';
export { ReferentielFileError, ReferentielsInputError } from './import/import-errors.js';
