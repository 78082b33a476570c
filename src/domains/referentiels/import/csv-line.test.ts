import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDelimitedLine } from './csv-line.js';
import { InvalidLineError } from './import-errors.js';

test('splits plain and quoted fields', () => {
  assert.deepEqual(parseDelimitedLine('A;11; ;Engins; ', ';'), ['A', '11', ' ', 'Engins', ' ']);
  assert.deepEqual(parseDelimitedLine('A; ; ;"Agriculture; Pêche"; ', ';'), ['A', ' ', ' ', 'Agriculture; Pêche', ' ']);
  assert.deepEqual(parseDelimitedLine('"dit ""le grand""";x', ';'), ['dit "le grand"', 'x']);
  assert.deepEqual(parseDelimitedLine('"";""', ';'), ['', '']);
});

test('keeps empty fields, leading and trailing', () => {
  assert.deepEqual(parseDelimitedLine('', ';'), ['']);
  assert.deepEqual(parseDelimitedLine(';a;', ';'), ['', 'a', '']);
  assert.deepEqual(parseDelimitedLine('50236;LA HAYE;50250;;LA HAYE;', ';'), ['50236', 'LA HAYE', '50250', '', 'LA HAYE', '']);
  assert.deepEqual(parseDelimitedLine('"a";', ';'), ['a', '']);
});

test('rejects malformed quoting', () => {
  assert.throws(() => parseDelimitedLine('A;"Agriculture; Pêche', ';'), new InvalidLineError('guillemet non fermé (colonne 2)'));
  assert.throws(() => parseDelimitedLine('"a"b;c', ';'), InvalidLineError);
  assert.throws(() => parseDelimitedLine('a"b;c', ';'), /guillemet inattendu/);
});
