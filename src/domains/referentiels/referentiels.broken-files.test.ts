import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { findRomeCodesForQuery, importReferentiels, ReferentielsInputError } from './index.js';

const TABLES = ['naf_codes', 'commune_postal_codes', 'communes', 'rome_appellations', 'rome_sheets', 'rome_domains'] as const;
const GOOD_NAF = 'naf_id|naf_label\n0111Z|Culture de céréales\n0112Z|Culture du riz\n';
const LAPOSTE_HEADER = 'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps';

/** `count` valid lines, enough to fill more than one batch before the faulty line. */
const romeLines = (count: number) => Array.from({ length: count }, (_, i) => `A${String(1000 + i)}|Fiche ${i}`);
const laposteLines = (count: number) =>
  Array.from({ length: count }, (_, i) => `${String(10000 + i)};COMMUNE ${i};${String(10000 + (i % 700))};;COMMUNE;45.5,${(i % 9) + 0.25}`);

let handle: DatabaseHandle;
let root: string;
let caseNumber = 0;

before(async () => {
  handle = await createTestDatabase();
  root = await mkdtemp(path.join(tmpdir(), 'referentiels-'));
});
after(async () => {
  await handle?.close();
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const table of TABLES) await sql`DELETE FROM ${sql.table(table)}`.execute(handle.db);
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = path.join(root, `case-${(caseNumber += 1)}`);
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

async function count(table: (typeof TABLES)[number]): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(handle.db);
  return rows[0]?.n ?? -1;
}

const BROKEN: { name: string; file: string; content: string; error: string; tables: (typeof TABLES)[number][] }[] = [
  {
    name: 'a bad ROME code after a full batch',
    file: 'rome_labels.csv',
    content: ['rome_id|rome_label', ...romeLines(1500), 'X12|Fiche fautive', 'A9999|Suite'].join('\n'),
    error: 'rome_labels.csv, ligne 1502 : code ROME « X12 » invalide',
    tables: ['rome_sheets'],
  },
  {
    name: 'a wrong field count',
    file: 'ogr_rome_mapping.csv',
    content: 'ogr_id|rome_id\n10200|F1402\n10201|I1601|en trop\n',
    error: 'ogr_rome_mapping.csv, ligne 3 : 3 champ(s) au lieu de 2',
    tables: ['rome_appellations'],
  },
  {
    name: 'a bad header',
    file: 'ogr_labels.csv',
    content: 'ogr_id;ogr_label\n10200|Abatteur / Abatteuse de carrière\n',
    error: 'ogr_labels.csv, ligne 1 : en-tête inattendu « ogr_id;ogr_label » (attendu « ogr_id|ogr_label »)',
    tables: ['rome_appellations'],
  },
  {
    name: 'an unterminated quote',
    file: 'arbo_rome_ogr_202107.csv',
    content: 'Rome1;Rome2;Rome3;Intitule;OGR\nA; ; ;"Agriculture; Pêche"; \nA;11; ;"Engins agricoles; \nA;11;01;Conduite; \n',
    error: 'arbo_rome_ogr_202107.csv, ligne 3 : guillemet non fermé (colonne 4)',
    tables: ['rome_domains', 'rome_sheets', 'rome_appellations'],
  },
  {
    name: 'a job title under a blank sheet code in the tree',
    file: 'arbo_rome_ogr_202107.csv',
    content: 'Rome1;Rome2;Rome3;Intitule;OGR\nA; ; ;Agriculture; \nA;11; ;Chauffeur;11987\n',
    error: 'arbo_rome_ogr_202107.csv, ligne 3 : OGR doit être vide quand Rome3 est vide',
    tables: ['rome_domains'],
  },
  {
    name: 'bad coordinates after full batches of communes and postal codes',
    file: 'laposte_hexasmal.csv',
    content: [LAPOSTE_HEADER, ...laposteLines(2500), '50231;HAUTEVILLE SUR MER;50590;;HAUTEVILLE SUR MER;91.2,-1.5'].join('\n'),
    error: 'laposte_hexasmal.csv, ligne 2502 : coordonnées GPS « 91.2,-1.5 » invalides (attendu « latitude,longitude » en degrés)',
    tables: ['communes', 'commune_postal_codes'],
  },
  {
    name: 'a bad postal code',
    file: 'laposte_hexasmal.csv',
    content: `${LAPOSTE_HEADER}\n50231;HAUTEVILLE SUR MER;5059;;HAUTEVILLE SUR MER;\n`,
    error: 'laposte_hexasmal.csv, ligne 2 : code postal « 5059 » invalide',
    tables: ['communes', 'commune_postal_codes'],
  },
];

for (const broken of BROKEN) {
  test(`a file with ${broken.name} is rolled back, the good file next to it is imported`, async () => {
    const dir = await folder({ [broken.file]: broken.content, 'naf_labels.csv': GOOD_NAF });
    const notes: string[] = [];
    const summaries = await importReferentiels(handle.db, dir, { log: (message) => notes.push(message) });
    const failed = summaries.find((summary) => summary.file === broken.file);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.error, broken.error);
    assert.ok(notes.some((note) => note.includes(broken.error)));
    for (const table of broken.tables) assert.equal(await count(table), 0, `${table} must be empty`);
    assert.equal(summaries.find((summary) => summary.file === 'naf_labels.csv')?.status, 'imported');
    assert.equal(await count('naf_codes'), 2);
  });
}

test('files import in any order: a job title mapping before its label', async () => {
  await importReferentiels(handle.db, await folder({ 'ogr_rome_mapping.csv': 'ogr_id|rome_id\n11573|D1102\n' }));
  await importReferentiels(handle.db, await folder({ 'ogr_labels.csv': 'ogr_id|ogr_label\n11573|Boulanger / Boulangère\n' }));
  await importReferentiels(handle.db, await folder({ 'rome_labels.csv': 'rome_id|rome_label\nD1102|Boulangerie - viennoiserie\n' }));
  const row = await handle.db.selectFrom('rome_appellations').select(['label', 'rome_code']).executeTakeFirstOrThrow();
  assert.deepEqual(row, { label: 'Boulanger / Boulangère', rome_code: 'D1102' });
  assert.deepEqual(await findRomeCodesForQuery(handle.db, 'boulangère'), ['D1102']);
});

test('accepts a byte-order mark, CRLF line ends, quoted fields with doubled quotes and blank lines', async () => {
  const tree = '\uFEFFRome1;Rome2;Rome3;Intitule;OGR\r\nA; ; ;"Agriculture; ""Pêche"""; \r\n\r\nA;11; ;Engins; \r\n';
  const summaries = await importReferentiels(handle.db, await folder({ 'arbo_rome_ogr_202107.csv': tree }));
  assert.equal(summaries[0]?.status, 'imported', summaries[0]?.error);
  const labels = await handle.db.selectFrom('rome_domains').select('label').orderBy('code').execute();
  assert.deepEqual(labels, [{ label: 'Agriculture, "Pêche"' }, { label: 'Engins' }]);
});

test('reports a missing folder, a folder without known files, and ignores unknown files', async () => {
  await assert.rejects(importReferentiels(handle.db, path.join(root, 'absent')), ReferentielsInputError);
  await assert.rejects(importReferentiels(handle.db, await folder({ 'notes.txt': 'x' })), /aucun fichier de référentiel reconnu/);
  const notes: string[] = [];
  await importReferentiels(handle.db, await folder({ 'notes.txt': 'x', 'naf_labels.csv': GOOD_NAF }), { log: (note) => notes.push(note) });
  assert.ok(notes.includes('fichier non reconnu, ignoré : notes.txt'));
  assert.ok(notes.includes('fichier absent : laposte_hexasmal.csv'));
});
