import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleOffer } from '../offers-feed.test-support.js';
import { type FeedFormat, guessFormat, parseFeed } from './feed.reader.js';

/** Text split into small chunks, to cross every token boundary. */
async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, format: FeedFormat, size = 7) {
  const records = [];
  for await (const record of parseFeed(chunks(text, size), format)) records.push(record);
  return records;
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
function xmlOf(value: unknown, name: string): string {
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xmlOf(item, 'item')).join('')}</${name}>`;
  if (value !== null && typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => xmlOf(v, k)).join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function csvOf(offers: Record<string, unknown>[]): string {
  const flat = offers.map((offer) => {
    const cells: Record<string, string> = {};
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) cells[path] = JSON.stringify(value);
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      else cells[path] = String(value);
    };
    walk(offer, '');
    return cells;
  });
  const columns = [...new Set(flat.flatMap((cells) => Object.keys(cells)))];
  const quote = (text: string) => (/[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return [columns.join(';'), ...flat.map((cells) => columns.map((c) => quote(cells[c] ?? '')).join(';'))].join('\r\n');
}

/** What the Offre looks like once every scalar is text (XML and CSV carry only text). */
function asText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asText);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]));
  return String(value);
}

test('the four formats yield the same records, numbered, whatever the chunk boundaries', async () => {
  const offers = Array.from({ length: 40 }, (_, i) => sampleOffer(i + 1, { prefix: 'p' }));
  offers[3]!.description = 'Guillemets " ; points-virgules ; <balises> & retours\nà la ligne, accents é è « »';
  const json = await collect(JSON.stringify(offers, null, 2), 'json');
  const jsonl = await collect(offers.map((o) => JSON.stringify(o)).join('\n') + '\n\n', 'jsonl');
  const xml = await collect(`<?xml version="1.0" encoding="UTF-8"?>\n<offres>${offers.map((o) => xmlOf(o, 'offre')).join('\n')}</offres>`, 'xml');
  const csv = await collect(csvOf(offers), 'csv', 5);
  for (const records of [json, jsonl, xml, csv]) {
    assert.equal(records.length, 40);
    assert.deepEqual(records.map((r) => r.record), offers.map((_, i) => i + 1));
  }
  assert.deepEqual(json.map((r) => r.value), offers);
  assert.deepEqual(jsonl.map((r) => r.value), offers);
  assert.deepEqual(xml.map((r) => asText(r.value)), offers.map(asText));
  // CSV keeps the lists as JSON, so their inner values stay typed.
  assert.deepEqual(csv.map((r) => asText(r.value)), offers.map(asText));
});

test('a malformed record is reported with its number and the next ones are still read', async () => {
  const jsonl = await collect('{"id":"a"}\n{"id": oops}\n{"id":"c"}\n', 'jsonl');
  assert.deepEqual(jsonl.map((r) => [r.record, r.error === undefined]), [[1, true], [2, false], [3, true]]);
  const json = await collect('[{"id":"a"}, {"id": tru, "x": [1,]}, {"id":"c"}, 42]', 'json');
  assert.equal(json.length, 4);
  assert.match(json[1]!.error!, /JSON invalide/);
  assert.deepEqual(json[2]!.value, { id: 'c' });
  assert.equal(json[3]!.value, 42);
  const csv = await collect('id;intitule\nA;"un ""titre""; ok"\nB\n', 'csv');
  assert.deepEqual(csv[0]!.value, { id: 'A', intitule: 'un "titre"; ok' });
  assert.match(csv[1]!.error!, /1 colonnes au lieu de 2/);
});

test('a broken JSON array or XML document stops the import with a message', async () => {
  await assert.rejects(collect('{"id": 1}', 'json'), /tableau/);
  await assert.rejects(collect('[{"id": 1}', 'json'), /fin de fichier/);
  await assert.rejects(collect('<offres><offre><id>1</offre></offres>', 'xml'), /XML invalide/);
});

test('XML list fields whose items are named like the list', async () => {
  const [record] = await collect('<offres><offre><id>1</id><permis><permis><libelle>B</libelle></permis></permis><langues></langues></offre></offres>', 'xml');
  assert.deepEqual(record!.value, { id: '1', permis: [{ libelle: 'B' }], langues: [] });
});

test('CSV with commas, a BOM and nested columns', async () => {
  const records = await collect('\uFEFFid,intitule,lieuTravail.codePostal,entreprise.nom,competences\n1,"Boulanger, H/F",75011,Fournil,"[{""libelle"":""Pétrir""}]"\n', 'csv', 3);
  assert.deepEqual(records[0]!.value, { id: '1', intitule: 'Boulanger, H/F', lieuTravail: { codePostal: '75011' }, entreprise: { nom: 'Fournil' }, competences: [{ libelle: 'Pétrir' }] });
});

test('the format is guessed from the extension, else the first byte', () => {
  assert.equal(guessFormat('flux.JSONL', ''), 'jsonl');
  assert.equal(guessFormat('flux.ndjson', ''), 'jsonl');
  assert.equal(guessFormat('flux.txt', '  [ {'), 'json');
  assert.equal(guessFormat('flux', '{"id"'), 'jsonl');
  assert.equal(guessFormat('flux', '\uFEFF<?xml'), 'xml');
  assert.equal(guessFormat('flux.dat', 'id;intitule'), 'csv');
  assert.equal(guessFormat('vide', '   '), null);
});
