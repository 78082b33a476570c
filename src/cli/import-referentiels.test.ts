import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let root: string;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'import-referentiels-cli-'));
});
after(() => rm(root, { recursive: true, force: true }));

/** Runs the command on its own embedded database (never the server), stderr not a terminal. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(root, 'db'), LOG_LEVEL: 'silent' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import-referentiels.ts', ...args], { cwd: repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('without --dir it prints the usage in French and exits with 2', async () => {
  const result = await run([]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /Erreur : indiquez le dossier des fichiers avec --dir <dossier>/);
  assert.match(result.stderr, /Usage : npm run import:referentiels -- --dir <dossier>/);
  assert.equal((await run(['--dir', path.join(root, 'absent')])).stderr.trim(), `Erreur : dossier introuvable : ${path.join(root, 'absent')}`);
  assert.equal((await run(['--verbose'])).code, 2);
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage : /);
});

test('imports a folder, prints the summary and exits with 1 when a file failed', async () => {
  const dir = path.join(root, 'files');
  await mkdir(dir);
  await writeFile(path.join(dir, 'naf_labels.csv'), 'naf_id|naf_label\n0111Z|Culture de céréales\n');
  await writeFile(path.join(dir, 'rome_labels.csv'), 'rome_id|rome_label\nA1101|Conduite\nA11|Faute\n');
  const failed = await run(['--dir', dir]);
  assert.equal(failed.code, 1, failed.stderr);
  assert.match(failed.stdout, /^Fichier\s+Statut\s+Lignes\s+Enregistrements\s+Durée$/m);
  assert.match(failed.stdout, /^rome_labels\.csv\s+ÉCHEC\s+0\s+—/m);
  assert.match(failed.stdout, /^naf_labels\.csv\s+importé\s+1\s+naf_codes 1\s/m);
  assert.match(failed.stdout, /Erreur — rome_labels\.csv, ligne 3 : code ROME « A11 » invalide/);
  assert.doesNotMatch(failed.stderr, /\r/, 'no progress bar when stderr is not a terminal');

  await writeFile(path.join(dir, 'rome_labels.csv'), 'rome_id|rome_label\nA1101|Conduite\n');
  const fixed = await run([`--dir=${dir}`]);
  assert.equal(fixed.code, 0, fixed.stderr);
  assert.match(fixed.stdout, /^rome_labels\.csv\s+importé\s+1\s+rome_sheets 1\s/m);
});
