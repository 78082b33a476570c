import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';
import { AGENCY_SOURCE, DEMO_PARTNER_SOURCES, embeddedReferentials, generateOffers } from '../generator/index.js';
import { importOffers } from './import-offers.service.js';
import { formationLevelCode, licenceCode, nafCode } from './offer-fields.js';
import { isRejection, normaliseOffer, type OfferDraft } from './offer-record.normaliser.js';
import { PlaceResolver } from './places.resolver.js';

/** The fields the search filters read (formation levels, licences, NAF, flags) and the commune check of the import. */

test('formation levels: referential codes and labels, and the usual wordings', () => {
  const cases: [string, string | null][] = [
    ['NV3', 'NV3'], ['nv1', 'NV1'], ['CFG', 'CFG'],
    ['Bac+2 ou équivalents', 'NV3'], ['Bac+3, Bac+4 ou équivalents', 'NV2'], ['Bac+5 et plus ou équivalents', 'NV1'], ['Bac ou équivalent', 'NV4'],
    ['CAP, BEP et équivalents', 'NV5'], ['Aucune formation scolaire', 'AFS'], ['Primaire à 4ème achevée', 'CP4'], ['4ème achevée', 'CFG'],
    ['BEPC ou 3ème achevée', 'C3A'], ['2nd ou 1ère achevée', 'C12'],
    ['Bac +2', 'NV3'], ['BAC+8', 'NV1'], ['Bac pro', 'NV4'], ['CAP / BEP', 'NV5'], ['BTS', 'NV3'], ['Licence professionnelle', 'NV2'], ['Master', 'NV1'],
    ['Niveau IV', 'NV4'], ['niveau v', 'NV5'], ['Permis poids lourd', null], ['', null],
  ];
  for (const [label, code] of cases) assert.equal(formationLevelCode(label), code, label);
});

test('driving licences: « B - Véhicule léger », « Permis B », a code or a name', () => {
  const cases: [string, string | null][] = [
    ['B - Véhicule léger', 'B'], ['C - Poids lourd', 'C'], ['CE - PL + remorque', 'CE'], ['C1E - Poids lourd de 3,5 à 7,5 tonnes avec remorque', 'C1E'],
    ['AM - Cyclomoteur', 'AM'], ['A - Motocyclette', 'A'], ['Permis B', 'B'], ['permis BE', 'BE'], ['(B) Véhicule léger', 'B'], ['D', 'D'],
    ['Véhicule léger', 'B'], ['Poids lourd', 'C'], ['Permis poids lourd', 'C'], ['Bateau', null], ['X - Inconnu', null], ['', null],
  ];
  for (const [label, code] of cases) assert.equal(licenceCode(label), code, label);
});

test('NAF codes are written 10.71C', () => {
  assert.equal(nafCode('10.71C'), '10.71C');
  assert.equal(nafCode('1071C'), '10.71C');
  assert.equal(nafCode(' 10.71 c '), '10.71C');
  assert.equal(nafCode('10.7'), null);
  assert.equal(nafCode('Boulangerie'), null);
});

describe('the import fills the search columns and checks commune codes', () => {
  let handle: DatabaseHandle;
  let dir: string;
  let places: PlaceResolver;
  before(async () => {
    handle = await createTestDatabase({ seed: seedReferentielsDemo });
    dir = await mkdtemp(path.join(os.tmpdir(), 'offers-search-fields-'));
    places = await PlaceResolver.load(handle.db);
  });
  after(async () => {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  const record = (id: string, extra: Record<string, unknown> = {}) => ({ id, intitule: 'Chauffeur livreur (H/F)', typeContrat: 'CDD', dateCreation: '2026-11-02T10:00:00Z', ...extra });
  const normalise = (value: unknown) => normaliseOffer(7, value, places, 2);

  test('formations, licences, NAF, handi-engaged employer and MRS become columns', () => {
    const draft = normalise(record('r-1', {
      formations: [
        { domaineLibelle: 'Transport', niveauLibelle: 'CAP, BEP et équivalents', exigence: 'E' },
        { domaineLibelle: 'Logistique', niveauLibelle: 'Bac+2 ou équivalents', exigence: 'S' },
        { domaineLibelle: 'Conduite', niveauLibelle: 'CAP / BEP' },
        { domaineLibelle: 'Sans niveau' },
      ],
      permis: [{ libelle: 'C - Poids lourd', exigence: 'E' }, { libelle: 'B - Véhicule léger', exigence: 'E' }, { libelle: 'Brevet de pilote' }],
      codeNAF: '4941B',
      employeurHandiEngage: true,
      offresMRS: 'true',
      entrepriseAdaptee: true,
    })) as OfferDraft;
    assert.ok(!isRejection(draft), JSON.stringify(draft));
    const row = draft.row;
    assert.deepEqual([row.formation_levels, row.licence_codes], [['NV5', 'NV3'], ['C', 'B']]);
    assert.deepEqual([row.naf_code, row.sector_code], ['49.41B', '49'], 'the sector is the NAF division when the record does not give it');
    assert.deepEqual([row.handi_engaged, row.mrs, row.company_adapted], [true, true, true]);
    assert.equal(row.details.permis?.length, 3, 'details keep every item as written');

    const bare = (normalise(record('r-2', { secteurActivite: '1', codeNAF: 'autre' })) as OfferDraft).row;
    assert.deepEqual([bare.formation_levels, bare.licence_codes, bare.handi_engaged, bare.mrs], [[], [], false, false]);
    assert.deepEqual([bare.naf_code, bare.sector_code], ['autre', '01']);
    const bad = normalise(record('r-3', { employeurHandiEngage: 'peut-être' }));
    assert.ok(isRejection(bad) && bad.field === 'employeurHandiEngage' && bad.record === 7);
  });

  test('a commune INSEE code the referential does not know is rejected; arrondissements stand for their city', () => {
    const unknown = normalise(record('c-1', { lieuTravail: { libelle: '99 - Nulle-Part', commune: '99999', codePostal: '75011' } }));
    assert.deepEqual(unknown, { record: 7, field: 'lieuTravail.commune', reason: 'code INSEE inconnu « 99999 » : aucune commune du référentiel ne porte ce code' });
    assert.ok(isRejection(normalise(record('c-2', { lieuTravail: { commune: '2A999' } }))));
    // The demo referential has Paris (75056), not its arrondissements: 75111 is Paris 11e.
    const paris11 = normalise(record('c-3', { lieuTravail: { libelle: '75 - Paris 11e Arrondissement', commune: '75111', codePostal: '75011' } })) as OfferDraft;
    assert.deepEqual([paris11.row.commune_code, paris11.row.postal_code, paris11.row.department_code], ['75056', '75011', '75']);
    // A name where the code should be is not a code: the place is looked up by name, as before.
    const byName = normalise(record('c-4', { lieuTravail: { commune: 'Lyon' } })) as OfferDraft;
    assert.equal(byName.row.commune_code, '69123');
    const known = normalise(record('c-5', { lieuTravail: { commune: '33063' } })) as OfferDraft;
    assert.equal(known.row.commune_code, '33063');
  });

  test('importing a feed: the rejected record is reported with its number, field and reason; the columns are written', async () => {
    const file = path.join(dir, 'feed.jsonl');
    await writeFile(file, [
      record('i-1', { lieuTravail: { commune: '69123' }, formations: [{ niveauLibelle: 'Bac ou équivalent' }], permis: [{ libelle: 'B - Véhicule léger' }], codeNAF: '52.10B', employeurHandiEngage: true }),
      record('i-2', { lieuTravail: { libelle: '99 - Nulle-Part', commune: '99999' } }),
      record('i-3', { lieuTravail: { commune: '75056' }, offresMRS: true }),
    ].map((r) => JSON.stringify(r)).join('\n'));
    const summary = await importOffers(handle.db, { source: 'search-fields', file });
    assert.deepEqual([summary.records, summary.created, summary.rejected], [3, 2, 1]);
    assert.deepEqual(summary.rejections, [{ record: 2, field: 'lieuTravail.commune', reason: 'code INSEE inconnu « 99999 » : aucune commune du référentiel ne porte ce code' }]);
    const rows = await handle.db.selectFrom('job_offers').innerJoin('job_offer_listings', 'offer_id', 'id')
      .select(['external_id', 'formation_levels', 'licence_codes', 'naf_code', 'sector_code', 'handi_engaged', 'mrs']).where('source', '=', 'search-fields').orderBy('external_id').execute();
    assert.deepEqual(rows, [
      { external_id: 'i-1', formation_levels: ['NV4'], licence_codes: ['B'], naf_code: '52.10B', sector_code: '52', handi_engaged: true, mrs: false },
      { external_id: 'i-3', formation_levels: [], licence_codes: [], naf_code: null, sector_code: null, handi_engaged: false, mrs: true },
    ]);
    // Changed flags are rewritten by the next import (update path).
    await writeFile(file, JSON.stringify(record('i-3', { lieuTravail: { commune: '75056' }, offresMRS: false, permis: [{ libelle: 'Permis C' }] })));
    assert.equal((await importOffers(handle.db, { source: 'search-fields', file })).updated, 1);
    const updated = await sql<{ mrs: boolean; licence_codes: string[] }>`SELECT o.mrs, o.licence_codes FROM job_offers o JOIN job_offer_listings l ON l.offer_id = o.id
      WHERE l.source = 'search-fields' AND l.external_id = 'i-3'`.execute(handle.db);
    assert.deepEqual(updated.rows, [{ mrs: false, licence_codes: ['C'] }]);
  });

  test('the generated feed: every level and licence it writes is read; only its unknown-commune records are rejected for their commune', () => {
    const sources = [AGENCY_SOURCE, ...DEMO_PARTNER_SOURCES];
    let formations = 0;
    let licences = 0;
    for (const generated of generateOffers({ count: 3000, seed: 11, sources, referentials: embeddedReferentials(), now: Date.parse('2026-11-27T00:00:00Z'), duplicates: 0.05, malformed: 0.03 })) {
      const result = normalise(generated.offer);
      if (generated.malformation === 'unknown-commune') {
        assert.ok(isRejection(result) && result.field === 'lieuTravail.commune', JSON.stringify(result));
        continue;
      }
      if (generated.kind === 'malformed') continue;
      assert.ok(!isRejection(result), JSON.stringify(result));
      const { row } = result;
      assert.equal(row.formation_levels.length, generated.offer.formations?.length ?? 0, JSON.stringify(generated.offer.formations));
      assert.equal(row.licence_codes.length, generated.offer.permis?.length ?? 0, JSON.stringify(generated.offer.permis));
      assert.equal(row.handi_engaged, generated.offer.employeurHandiEngage);
      assert.equal(row.mrs, generated.offer.offresMRS === true);
      assert.match(row.naf_code ?? '', /^\d{2}\.\d{2}[A-Z]$/);
      formations += row.formation_levels.length;
      licences += row.licence_codes.length;
    }
    assert.ok(formations > 500 && licences > 200, `${formations} formations, ${licences} licences`);
  });
});

describe('arrondissement and city codes with La Poste’s referential (arrondissements only)', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await createTestDatabase();
  });
  after(() => handle.close());

  test('an empty referential checks nothing; once loaded, the city code finds its arrondissement by postal code', async () => {
    const empty = await PlaceResolver.load(handle.db);
    assert.equal(empty.isUnknownInseeCode('99999'), false, 'nothing to check against');
    assert.ok(!isRejection(normaliseOffer(1, { id: 'e-1', intitule: 'Vendeur', typeContrat: 'CDI', dateCreation: '2026-11-02', lieuTravail: { commune: '99999' } }, empty, 2)));
    await sql`INSERT INTO communes (insee_code, name, department_code, latitude, longitude) VALUES
      ('69381', 'Lyon 1er Arrondissement', '69', 45.7699, 4.8292), ('69384', 'Lyon 4e Arrondissement', '69', 45.7786, 4.8272)`.execute(handle.db);
    await sql`INSERT INTO commune_postal_codes (insee_code, postal_code) VALUES ('69381', '69001'), ('69384', '69004')`.execute(handle.db);
    const places = await PlaceResolver.load(handle.db);
    assert.equal(places.isUnknownInseeCode('69123'), false, 'Lyon: its arrondissements are known');
    assert.equal(places.isUnknownInseeCode('69384'), false);
    assert.equal(places.isUnknownInseeCode('69389'), true, 'an arrondissement missing from the referential, and no city either');
    assert.equal(places.isUnknownInseeCode('Lyon'), false, 'not a code');
    assert.equal(places.resolve({ commune: '69123', codePostal: '69004' })?.communeCode, '69384');
    assert.equal(places.resolve({ commune: '69123' })?.communeCode, '69381');
  });
});
