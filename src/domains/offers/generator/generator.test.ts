import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { parseFeed } from '../ingestion/parsers/feed.reader.js';
import { AGENCY_SOURCE, DEMO_PARTNER_SOURCES, embeddedReferentials, type FeedFormat, type FeedOffer, generateOffers, type GeneratedRecord, writeFeed } from './index.js';

const NOW = Date.parse('2026-11-27T00:00:00Z');
const SOURCES = [AGENCY_SOURCE, ...DEMO_PARTNER_SOURCES];
const referentials = embeddedReferentials();
const options = (extra: Partial<Parameters<typeof generateOffers>[0]> = {}) => ({ count: 3000, seed: 7, sources: SOURCES, referentials, now: NOW, duplicates: 0.1, malformed: 0.02, ...extra });
const all = (extra: Partial<Parameters<typeof generateOffers>[0]> = {}): GeneratedRecord[] => [...generateOffers(options(extra))];

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'offers-generator-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('the same seed gives the same feed; another seed another one', () => {
  const first = JSON.stringify(all());
  assert.equal(JSON.stringify(all()), first);
  assert.notEqual(JSON.stringify(all({ seed: 8 })), first);
});

test('counts: the requested number of records, exactly the requested share malformed, the duplicates share', () => {
  const records = all({ count: 5000, duplicates: 0.08, malformed: 0.03 });
  assert.equal(records.length, 5000);
  assert.equal(records.filter((r) => r.kind === 'malformed').length, 150);
  const duplicates = records.filter((r) => r.kind === 'duplicate').length;
  assert.ok(duplicates >= 399 && duplicates <= 400, `duplicates: ${duplicates}`);
  assert.equal(all({ count: 1000, duplicates: 0, malformed: 0 }).filter((r) => r.kind !== 'original').length, 0);
  // Every source gets some, external ids never repeat within a source.
  for (const source of SOURCES) {
    const ids = records.filter((r) => r.source === source.slug && r.offer.id).map((r) => r.offer.id);
    assert.ok(ids.length > 800, `${source.slug}: ${ids.length}`);
    assert.equal(new Set(ids).size, ids.length);
  }
});

/** The commune of an offer however its source words the place (INSEE code, postal code or name). */
function placeOf(offer: FeedOffer): string | undefined {
  const place = offer.lieuTravail!;
  return referentials.communes.find((c) => c.inseeCode === place.commune || (!place.commune && place.codePostal && c.postalCodes.includes(place.codePostal)) || (!place.commune && !place.codePostal && c.name === place.libelle))?.inseeCode;
}

test('a duplicate is the same offer on another board: other id, same employer, title and place, close dates; 3 boards at most', () => {
  const records = all({ count: 4000, duplicates: 0.15, malformed: 0 });
  const byKey = new Map(records.map((r) => [`${r.source}/${r.offer.id}`, r]));
  const boards = new Map<string, Set<string>>();
  for (const record of records.filter((r) => r.kind === 'duplicate')) {
    const original = byKey.get(`${record.duplicateOf!.source}/${record.duplicateOf!.id}`)!;
    assert.equal(original.kind, 'original');
    assert.notEqual(record.offer.id, original.offer.id);
    assert.notEqual(record.source, original.source);
    for (const field of ['intitule', 'entreprise', 'typeContrat', 'salaire'] as const) assert.deepEqual(record.offer[field], original.offer[field], field);
    assert.equal(placeOf(record.offer), placeOf(original.offer));
    const gap = Math.abs(Date.parse(record.offer.dateCreation!) - Date.parse(original.offer.dateCreation!));
    assert.ok(gap <= 36 * 3_600_000, `gap ${gap}`);
    const key = `${original.source}/${original.offer.id}`;
    boards.set(key, (boards.get(key) ?? new Set([original.source])).add(record.source));
  }
  assert.ok(boards.size > 300, `${boards.size}`);
  assert.ok([...boards.values()].every((set) => set.size >= 2 && set.size <= 3), 'two or three boards');
  assert.ok([...boards.values()].some((set) => set.size === 3), 'some on three boards');
});

const CONTRACTS = new Set(['CDI', 'CDD', 'MIS', 'SAI', 'LIB', 'FRA']);
const SALARY = /^(Mensuel de \d+\.\d{2} Euros( à \d+\.\d{2} Euros)? sur 1[23] mois|Annuel de \d+(\.\d{2})? Euros( à \d+\.\d{2} Euros sur 12 mois)?|Horaire de \d+\.\d{2} Euros( à \d+\.\d{2} Euros)?)$/;

test('records are realistic Offre objects; malformed ones are broken as announced', () => {
  const communes = new Map(referentials.communes.map((c) => [c.inseeCode, c]));
  const titles = new Set(referentials.jobTitles.map((j) => j.label));
  const records = all({ count: 3000 });
  for (const { offer, kind, malformation } of records) {
    if (kind === 'malformed') {
      if (malformation === 'missing-id') assert.equal(offer.id, undefined);
      if (malformation === 'missing-title') assert.equal(offer.intitule, undefined);
      if (malformation === 'bad-contract') assert.ok(!CONTRACTS.has(offer.typeContrat!), offer.typeContrat);
      if (malformation === 'bad-date') assert.ok(!/^\d{4}-\d{2}-\d{2}T/.test(offer.dateCreation!) || Number.isNaN(Date.parse(offer.dateCreation!)), offer.dateCreation);
      if (malformation === 'unknown-commune') assert.equal(communes.has(offer.lieuTravail!.commune!), false);
      continue;
    }
    assert.ok(offer.id && offer.intitule && offer.description!.length > 80, offer.id);
    assert.ok(CONTRACTS.has(offer.typeContrat!), offer.typeContrat);
    if (['CDD', 'MIS', 'SAI'].includes(offer.typeContrat!)) assert.match(offer.typeContratLibelle!, / - \d+ Mois$/);
    assert.ok(['D', 'S', 'E'].includes(offer.experienceExige!), offer.experienceExige);
    if (offer.experienceExige !== 'D') assert.match(offer.experienceLibelle!, /^(\d+ mois|1 an|\d+ ans)$/);
    if (offer.salaire!.libelle) assert.match(offer.salaire!.libelle, SALARY);
    const created = Date.parse(offer.dateCreation!);
    assert.ok(created <= NOW && created >= NOW - 60 * 86_400_000 - 36 * 3_600_000, offer.dateCreation);
    assert.ok(Date.parse(offer.dateFin!) > created, `${offer.dateCreation} ${offer.dateFin}`);
    if (offer.appellationlibelle) assert.ok(titles.has(offer.appellationlibelle), offer.appellationlibelle);
    if (offer.lieuTravail!.commune) assert.equal(communes.get(offer.lieuTravail!.commune)!.latitude, offer.lieuTravail!.latitude);
    assert.match(offer.codeNAF!, /^\d{2}\.\d{2}[A-Z]$/);
  }
  const agency = records.filter((r) => r.source === 'agence' && r.kind !== 'malformed');
  assert.ok(agency.every((r) => r.offer.origineOffre?.origine === '1' && r.offer.romeCode && r.offer.lieuTravail?.commune), 'agency offers are complete');
  const partners = records.filter((r) => r.source !== 'agence' && r.kind !== 'malformed');
  assert.ok(partners.every((r) => r.offer.origineOffre?.origine === '2' && r.offer.origineOffre.partenaires?.length === 1), 'partners name themselves');
  // Partners sometimes give only a postal code or a name, and no ROME code: the import resolves them.
  assert.ok(partners.some((r) => !r.offer.romeCode) && partners.some((r) => !r.offer.lieuTravail!.commune && r.offer.lieuTravail!.codePostal), 'partial partner records');
  const contracts = new Set(records.map((r) => r.offer.typeContrat));
  assert.ok(['CDI', 'CDD', 'MIS', 'SAI'].every((c) => contracts.has(c)), [...contracts].join());
  assert.ok(records.some((r) => r.offer.alternance), 'alternance');
});

test('formations, licences, handi-engaged employers and recruitment by simulation: realistic shares, one flag per employer', () => {
  const records = all({ count: 4000, malformed: 0 });
  const share = (keep: (offer: FeedOffer) => boolean) => records.filter((r) => keep(r.offer)).length / records.length;
  const formations = share((o) => Boolean(o.formations?.length));
  assert.ok(formations > 0.25 && formations < 0.55, `formations: ${formations}`);
  const licences = share((o) => Boolean(o.permis?.length));
  assert.ok(licences > 0.05 && licences < 0.3, `licences: ${licences}`);
  const handi = share((o) => o.employeurHandiEngage === true);
  assert.ok(handi > 0.02 && handi < 0.1, `handi-engaged: ${handi}`);
  const mrs = share((o) => o.offresMRS === true);
  assert.ok(mrs > 0.002 && mrs < 0.03, `MRS: ${mrs}`);
  assert.ok(records.every((r) => typeof r.offer.employeurHandiEngage === 'boolean'));
  assert.ok(records.filter((r) => r.offer.offresMRS).every((r) => r.source === AGENCY_SOURCE.slug), 'the agency runs the MRS');
  const byEmployer = new Map<string, Set<boolean>>();
  for (const { offer } of records) if (offer.entreprise?.nom) byEmployer.set(offer.entreprise.nom, (byEmployer.get(offer.entreprise.nom) ?? new Set()).add(offer.employeurHandiEngage!));
  const mixed = [...byEmployer].filter(([, flags]) => flags.size > 1).map(([name]) => name);
  // An employer is handi-engaged on all its offers (an adapted company always is).
  assert.ok(mixed.every((name) => records.some((r) => r.offer.entreprise?.nom === name && r.offer.entreprise.entrepriseAdaptee)), mixed.join());
  const cadres = records.filter((r) => r.offer.qualificationCode === '9' && r.offer.formations);
  assert.ok(cadres.length > 100 && cadres.every((r) => /Bac\+[35]|Master|Bac \+3/.test(r.offer.formations![0]!.niveauLibelle!)), 'executives: bac + 3 or more');
});

async function parsed(file: string, format: FeedFormat): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const record of parseFeed(createReadStream(file, { encoding: 'utf8', highWaterMark: 4096 }) as AsyncIterable<string>, format)) {
    assert.equal(record.error, undefined);
    values.push(record.value);
  }
  return values;
}

for (const format of ['jsonl', 'json', 'xml', 'csv'] as const) {
  test(`the ${format} output parses back into the same offers, one file a source`, async () => {
    const out = path.join(dir, `feed.${format}`);
    const summary = await writeFeed({ ...options({ count: 400, malformed: 0.05 }), format, out });
    assert.equal(summary.records, 400);
    assert.equal(summary.sources.reduce((total, s) => total + s.records, 0), 400);
    const expected = all({ count: 400, malformed: 0.05 });
    for (const source of summary.sources) {
      assert.equal(source.file, path.join(dir, `feed.${source.slug}.${format}`));
      const values = (await parsed(source.file!, format)) as FeedOffer[];
      const mine = expected.filter((r) => r.source === source.slug).map((r) => r.offer);
      assert.equal(values.length, mine.length);
      if (format === 'json') assert.deepEqual(JSON.parse(await readFile(source.file!, 'utf8')), mine);
      values.forEach((value, index) => {
        const offer = mine[index]!;
        assert.equal(value.id, offer.id);
        assert.equal(value.intitule, offer.intitule);
        assert.equal(value.description, offer.description);
        assert.equal(value.lieuTravail?.codePostal, offer.lieuTravail?.codePostal);
        assert.equal(value.salaire?.libelle, offer.salaire?.libelle);
        assert.equal(value.competences?.[0]?.libelle, offer.competences?.[0]?.libelle);
        assert.equal(value.origineOffre?.partenaires?.[0]?.nom, offer.origineOffre?.partenaires?.[0]?.nom);
        if (format === 'jsonl') assert.deepEqual(value, offer);
      });
    }
  });
}

test('one source writes to the stream given (standard output)', async () => {
  const chunks: Buffer[] = [];
  const stdout = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  const summary = await writeFeed({ ...options({ count: 50, sources: [DEMO_PARTNER_SOURCES[0]!] }), format: 'jsonl', out: null, stdout });
  const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
  assert.equal(lines.length, 50);
  assert.equal(summary.sources[0]!.file, null);
  await assert.rejects(writeFeed({ ...options({ count: 5 }), format: 'jsonl', out: null, stdout }), /several sources/);
});
