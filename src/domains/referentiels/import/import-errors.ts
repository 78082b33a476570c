/** Thrown by a line parser: the reason a data line is rejected, in French, without its position. */
export class InvalidLineError extends Error {
  override name = 'InvalidLineError';
}

/** A file whose import failed and was rolled back: `rome_labels.csv, ligne 42 : code ROME « X12 » invalide`. */
export class ReferentielFileError extends Error {
  override name = 'ReferentielFileError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${file}${line === null ? '' : `, ligne ${line}`} : ${reason}`, options);
  }
}

/** The import cannot start: missing folder, no known file. */
export class ReferentielsInputError extends Error {
  override name = 'ReferentielsInputError';
}
