import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEPARTMENTS } from '../../referentiels/index.js';
import { DEPARTMENT_NEIGHBOURS, neighbouringDepartments, withNeighbouringDepartments } from './departements-limitrophes.js';

const codes = new Set(DEPARTMENTS.map((department) => department.code));
const metropolitan = DEPARTMENTS.map((department) => department.code).filter((code) => code.length === 2);

test('every metropolitan département has neighbours, every overseas one none; only real codes', () => {
  assert.equal(metropolitan.length, 96);
  assert.deepEqual([...DEPARTMENT_NEIGHBOURS.keys()].sort(), [...metropolitan].sort());
  for (const code of ['971', '972', '973', '974', '976']) assert.deepEqual(neighbouringDepartments(code), [], code);
  for (const [code, neighbours] of DEPARTMENT_NEIGHBOURS) {
    assert.ok(neighbours.length > 0, code);
    assert.equal(new Set(neighbours).size, neighbours.length, `${code}: a neighbour listed twice`);
    assert.ok(!neighbours.includes(code), `${code}: its own neighbour`);
    for (const other of neighbours) assert.ok(codes.has(other) && other.length === 2, `${code}: unknown neighbour ${other}`);
  }
});

test('the table is symmetric: each border is written on both sides', () => {
  const oneSided: string[] = [];
  for (const [code, neighbours] of DEPARTMENT_NEIGHBOURS) {
    for (const other of neighbours) if (!DEPARTMENT_NEIGHBOURS.get(other)?.includes(code)) oneSided.push(`${code}→${other}`);
  }
  assert.deepEqual(oneSided, []);
});

test('known borders, and the widening of a list of départements', () => {
  assert.deepEqual([...neighbouringDepartments('75')].sort(), ['92', '93', '94']);
  assert.deepEqual(neighbouringDepartments('2a'), ['2B']);
  assert.deepEqual([...neighbouringDepartments('69')].sort(), ['01', '38', '42', '71']);
  assert.deepEqual(neighbouringDepartments('29'), ['22', '56']);
  assert.deepEqual(neighbouringDepartments('99'), []);
  assert.deepEqual(withNeighbouringDepartments(['75', '974']), ['75', '974', '92', '93', '94']);
  assert.deepEqual(withNeighbouringDepartments(['75', '92']).sort(), ['75', '78', '91', '92', '93', '94', '95']);
});
