import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { importReferentiels } from '../../referentiels/index.js';
import { PlaceResolver } from './places.resolver.js';
import { RomeResolver } from './rome.resolver.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/referentiels');
const present = existsSync(path.join(DIR, 'laposte_hexasmal.csv')) && existsSync(path.join(DIR, 'ogr_labels.csv'));
const skip = present ? false : `référentiels officiels absents de ${DIR}`;

let handle: DatabaseHandle;
before(async () => {
  if (!present) return;
  handle = await createTestDatabase();
  await importReferentiels(handle.db, DIR);
});
after(async () => handle?.close());

test('communes are resolved from INSEE codes, postal codes and names on the official La Poste base', { skip, timeout: 300_000 }, async () => {
  const places = await PlaceResolver.load(handle.db);
  assert.ok(places.size > 34_000, `${places.size} communes`);
  const paris = places.resolve({ libelle: '75 - Paris 11e', codePostal: '75011' })!;
  assert.deepEqual([paris.communeCode, paris.postalCode, paris.departmentCode, paris.regionCode], ['75111', '75011', '75', '11']);
  assert.ok(Math.abs(paris.latitude! - 48.859) < 0.01 && Math.abs(paris.longitude! - 2.379) < 0.01);
  const ajaccio = places.resolve({ commune: '2A004' })!;
  assert.deepEqual([ajaccio.name, ajaccio.departmentCode, ajaccio.regionCode], ['Ajaccio', '2A', '94']);
  assert.equal(places.resolve({ libelle: '29 - BREST' })?.communeCode, '29019');
  const nantes = places.resolve({ libelle: 'Nantes', codePostal: '44300' })!;
  assert.deepEqual([nantes.communeCode, nantes.postalCode], ['44109', '44300']);
  assert.equal(places.resolve({ libelle: '13 - Marseille 1er', codePostal: '13001' })?.communeCode, '13201');
  assert.equal(places.resolve({ libelle: '974 - Saint-Denis' })?.departmentCode, '974');
  assert.equal(places.resolve({ libelle: 'Atlantide' }), null);
});

test('ROME codes are found from job titles on the official OGR titles', { skip, timeout: 300_000 }, async () => {
  const romes = await RomeResolver.load(handle.db);
  assert.ok(romes.knownTitles > 11_000);
  const titles = ['Boulanger (H/F)', "Comptable d'entreprise H/F", 'Développeur web full stack', 'Chauffeur poids lourd', 'Vendeuse en boulangerie', 'xqzw plorf'];
  const matches = romes.resolveAll(titles);
  const found = titles.map((t) => (matches.get(t) ? `${matches.get(t)!.ogrCode} ${matches.get(t)!.romeCode}` : null));
  assert.deepEqual(found, ['11573 D1102', '12790 M1203', '38976 M1805', '11989 N4101', '20560 D1106', null]);
  assert.equal(matches.get('Boulanger (H/F)')!.romeLabel, 'Boulangerie - viennoiserie');
});
