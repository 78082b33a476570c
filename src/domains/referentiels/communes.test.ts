import assert from 'node:assert/strict';
import { test } from 'node:test';
import { departmentCodeOf, displayCommuneName } from './communes.js';

test('department codes: two characters, three overseas, Corsica kept', () => {
  assert.equal(departmentCodeOf('75056'), '75');
  assert.equal(departmentCodeOf('01001'), '01');
  assert.equal(departmentCodeOf('2A004'), '2A');
  assert.equal(departmentCodeOf('97411'), '974');
  assert.equal(departmentCodeOf('98818'), '988');
});

test('display names follow the spelling of French place names', () => {
  const cases: [string, string][] = [
    ['HAUTEVILLE SUR MER', 'Hauteville-sur-Mer'],
    ['LA HAYE PESNEL', 'La Haye-Pesnel'],
    ['LE MONT ST MICHEL', 'Le Mont-Saint-Michel'],
    ['L ABERGEMENT STE COLOMBE', "L'Abergement-Sainte-Colombe"],
    ['AIRE SUR L ADOUR', "Aire-sur-l'Adour"],
    ['LES SABLES D OLONNE', "Les Sables-d'Olonne"],
    ['LYON 03', 'Lyon 03'],
    ['Y', 'Y'],
    ['  PARIS  ', 'Paris'],
  ];
  for (const [raw, expected] of cases) assert.equal(displayCommuneName(raw), expected);
});
