import { InvalidLineError } from './import-errors.js';

/**
 * Splits one line of a delimited file. A field may be quoted ("…"), in which case it may hold
 * the delimiter, and a doubled quote ("") stands for one quote. Quoted fields spanning lines are
 * not supported: an unterminated quote is an error.
 */
export function parseDelimitedLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    if (line[index] === '"') {
      let value = '';
      let cursor = index + 1;
      for (;;) {
        const close = line.indexOf('"', cursor);
        if (close === -1) throw new InvalidLineError(`guillemet non fermé (colonne ${fields.length + 1})`);
        value += line.slice(cursor, close);
        if (line[close + 1] === '"') {
          value += '"';
          cursor = close + 2;
          continue;
        }
        index = close + 1;
        break;
      }
      if (index < line.length && line[index] !== delimiter) {
        throw new InvalidLineError(`caractère inattendu après un champ entre guillemets (colonne ${fields.length + 1})`);
      }
      fields.push(value);
    } else {
      const end = line.indexOf(delimiter, index);
      const value = line.slice(index, end === -1 ? line.length : end);
      if (value.includes('"')) throw new InvalidLineError(`guillemet inattendu dans un champ non entre guillemets (colonne ${fields.length + 1})`);
      fields.push(value);
      index = end === -1 ? line.length : end;
    }
    if (index >= line.length) return fields;
    index += delimiter.length; // skip the delimiter; a trailing one yields a last empty field
    if (index === line.length) {
      fields.push('');
      return fields;
    }
  }
}
