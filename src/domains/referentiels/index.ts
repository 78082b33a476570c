/** The referentiels domain: official ROME, OGR, NAF and commune referentials, and their import. */
export type { RomeSheet } from './referentiels.table.js';
export { findRomeCodesForQuery, getRomeSheets } from './referentiels.repository.js';
export { seedReferentielsDemo } from './referentiels.seed.js';
export { departmentCodeOf, displayCommuneName } from './communes.js';
export { DEPARTMENTS, type Department, findDepartment } from './departments.js';
export { findJobTitleByCode, type JobTitle, searchJobTitles } from './appellations.repository.js';
export { findRomeSheet, listJobTitlesOfSheets, listRomeDomains, pageJobTitles, type RomeDomain, type RomeSheetInTree, searchRomeSheets } from './rome-read.repository.js';
export { jobTitleProblem, jobTitleShortName, type JobTitleInput, type JobTitleResolution, labelMatches, resolveJobTitle } from './appellations.service.js';
export { JOB_AUTOCOMPLETE_SCRIPT, JobTitleField, type JobTitleFieldProps } from './job-title-field.js';
export { registerAppellationsApi as registerReferentielsApi } from './api/appellations.api.js';
export {
  importReferentiels,
  REFERENTIEL_FILE_NAMES,
  type ImportReferentielsOptions,
  type ReferentielFileSummary,
} from './import/import-referentiels.js';
export type { ImportProgress } from './import/file-importer.js';
export { ReferentielFileError, ReferentielsInputError } from './import/import-errors.js';
export { demoAppellations, demoCommunes, demoRomeSheets } from './demo/referentiels.data.js';
