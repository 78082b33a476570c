import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { assertPartnerError } from '../../developer/partner-apis/partner-apis.test-support.js';
import { insertOffers, type TestOffer } from '../search/offers.test-support.js';
import { insertReferentials, offersCaller } from './contract.test-support.js';

/**
 * The filters of « Offres d'emploi v2 » on the sector, the profile, the hours, the contract length,
 * the neighbouring départements and the employer flags: each one on offers with known values
 * (exact ids), and its invalid values (400 naming the parameter, in French).
 */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const OFFERS: Record<string, Omit<TestOffer, 'intitule'>> = {
  // Bakery in Paris: CAP, car licence, 35 h, CDD of 6 months.
  F1: { department_code: '75', sector_code: '10', naf_code: '10.71C', formation_levels: ['NV5'], licence_codes: ['B'], weekly_hours: 35, contract_type: 'CDD', contract_months: 6 },
  // Supermarket in Hauts-de-Seine: bac and bac + 2, part time, a 15-day mission; handi-engaged employer.
  F2: { department_code: '92', sector_code: '47', naf_code: '47.11D', formation_levels: ['NV4', 'NV3'], weekly_hours: 24.5, contract_type: 'MIS', contract_months: 0.5, handi_engaged: true },
  // Haulier in Lyon: heavy goods licences, 39 h, CDI; recruitment by simulation.
  F3: { department_code: '69', sector_code: '49', naf_code: '49.41A', licence_codes: ['C', 'CE'], weekly_hours: 39, contract_type: 'CDI', mrs: true },
  // Meat industry in Seine-et-Marne: master, car licence, hours unknown, 12 months; both flags.
  F4: { department_code: '77', sector_code: '10', naf_code: '10.13A', formation_levels: ['NV1'], licence_codes: ['B'], contract_type: 'CDD', contract_months: 12, handi_engaged: true, mrs: true },
  // Corse-du-Sud, nothing known of the sector: 17 h 30, 3 months.
  F5: { department_code: '2A', weekly_hours: 17.5, contract_type: 'SAI', contract_months: 3 },
  // Oise (next to Seine-et-Marne): 37 h 30, CDI.
  F6: { department_code: '60', sector_code: '43', naf_code: '43.21A', weekly_hours: 37.5, contract_type: 'CDI' },
  // Haute-Corse.
  F7: { department_code: '2B', sector_code: '55', naf_code: '55.10Z', contract_type: 'CDI' },
};
const ALL = Object.keys(OFFERS);

type Page = { resultats: { id: string; employeurHandiEngage?: boolean; offresMRS?: boolean }[] };

describe('Offres d’emploi v2 — sector, profile, hours, contract length, neighbouring départements, employer flags', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
    await insertReferentials(t.db);
    await insertOffers(t.db, Object.entries(OFFERS).map(([id, offer], index) => ({ id, intitule: `Offre ${id}`, created_at: hoursAgo(index + 1), ...offer })));
  });
  after(() => t.close());

  /** A caller (own rate limit: 20 calls in a burst) and `ids(query)`: the ids found, sorted; [] for a 204. */
  async function client() {
    const get = await offersCaller(t.app, t.db);
    const ids = async (query: string): Promise<string[]> => {
      const response = await get(`/offres/search?${query}`);
      if (response.statusCode === 204) return [];
      assert.equal(response.statusCode, 200, `${query}: ${response.body.slice(0, 300)}`);
      return response.json<Page>().resultats.map((offer) => offer.id).sort();
    };
    const invalid = async (query: string, name: string) => {
      const error = assertPartnerError(await get(`/offres/search?${query}`), 400, 'INVALID_PARAMETER');
      assert.match(error.message, new RegExp(`« ${name} »`), query);
      return error.message;
    };
    return { get, ids, invalid };
  }

  test('secteurActivite (NAF divisions) and codeNAF', async () => {
    const { ids, invalid } = await client();
    assert.deepEqual(await ids('secteurActivite=10'), ['F1', 'F4']);
    assert.deepEqual(await ids('secteurActivite=10,49'), ['F1', 'F3', 'F4']);
    assert.deepEqual(await ids('codeNAF=10.71C'), ['F1']);
    assert.deepEqual(await ids('codeNAF=1071c'), ['F1'], 'also without the dot, in lower case');
    assert.deepEqual(await ids('codeNAF=10.71C,49.41A'), ['F1', 'F3']);
    assert.deepEqual(await ids('secteurActivite=10&codeNAF=10.13A'), ['F4']);
    assert.deepEqual(await ids('codeNAF=99.00Z'), []);
    assert.match(await invalid('secteurActivite=04', 'secteurActivite'), /division NAF inconnue.*04/);
    await invalid('secteurActivite=1', 'secteurActivite');
    await invalid('secteurActivite=10,47,49', 'secteurActivite');
    assert.match(await invalid('codeNAF=04.11Z', 'codeNAF'), /04\.11Z/);
    await invalid('codeNAF=10.71', 'codeNAF');
    await invalid('codeNAF=10.71C,47.11D,49.41A', 'codeNAF');
  });

  test('niveauFormation and permis: offers asking for one of the codes', async () => {
    const { ids, invalid } = await client();
    assert.deepEqual(await ids('niveauFormation=NV5'), ['F1']);
    assert.deepEqual(await ids('niveauFormation=NV3'), ['F2']);
    assert.deepEqual(await ids('niveauFormation=NV3,NV1'), ['F2', 'F4']);
    assert.deepEqual(await ids('niveauFormation=AFS'), []);
    assert.deepEqual(await ids('permis=B'), ['F1', 'F4']);
    assert.deepEqual(await ids('permis=CE'), ['F3']);
    assert.deepEqual(await ids('permis=C1,CE,B'), ['F1', 'F3', 'F4']);
    assert.deepEqual(await ids('permis=B&niveauFormation=NV1'), ['F4']);
    await invalid('niveauFormation=NV9', 'niveauFormation');
    await invalid('niveauFormation=nv5', 'niveauFormation');
    await invalid('permis=Z', 'permis');
    await invalid('permis=B,', 'permis');
  });

  test('dureeHebdoMin / dureeHebdoMax (HHMM), bounds included; offers without known hours left out', async () => {
    const { ids, invalid } = await client();
    assert.deepEqual(await ids('dureeHebdoMin=3500'), ['F1', 'F3', 'F6']);
    assert.deepEqual(await ids('dureeHebdoMin=3730'), ['F3', 'F6'], '37 h 30 = 37.5');
    assert.deepEqual(await ids('dureeHebdoMax=2430'), ['F2', 'F5']);
    assert.deepEqual(await ids('dureeHebdoMin=2430&dureeHebdoMax=3500'), ['F1', 'F2']);
    assert.deepEqual(await ids('dureeHebdoMin=3500&dureeHebdoMax=3500'), ['F1']);
    assert.deepEqual(await ids('dureeHebdoMin=4500'), []);
    assert.match(await invalid('dureeHebdoMin=4000&dureeHebdoMax=3500', 'dureeHebdoMin'), /dépasser « dureeHebdoMax »/);
    await invalid('dureeHebdoMin=3560', 'dureeHebdoMin');
    await invalid('dureeHebdoMax=35', 'dureeHebdoMax');
    await invalid('dureeHebdoMax=35h0', 'dureeHebdoMax');
  });

  test('dureeContratMin / dureeContratMax (months, decimals), bounds included; offers without a length (CDI) left out', async () => {
    const { ids, invalid } = await client();
    assert.deepEqual(await ids('dureeContratMin=3'), ['F1', 'F4', 'F5']);
    assert.deepEqual(await ids('dureeContratMax=1'), ['F2']);
    assert.deepEqual(await ids('dureeContratMin=0.5&dureeContratMax=6'), ['F1', 'F2', 'F5']);
    assert.deepEqual(await ids('dureeContratMin=6.5&dureeContratMax=12'), ['F4']);
    assert.deepEqual(await ids('dureeContratMin=24'), []);
    assert.match(await invalid('dureeContratMin=12&dureeContratMax=6', 'dureeContratMin'), /dépasser « dureeContratMax »/);
    await invalid('dureeContratMin=100', 'dureeContratMin');
    await invalid('dureeContratMax=abc', 'dureeContratMax');
    await invalid('dureeContratMax=0,5', 'dureeContratMax');
  });

  test('inclureLimitrophes widens departement to the neighbouring départements; without departement it changes nothing', async () => {
    const { ids, invalid } = await client();
    assert.deepEqual(await ids('departement=75'), ['F1']);
    assert.deepEqual(await ids('departement=75&inclureLimitrophes=true'), ['F1', 'F2'], '92 borders Paris');
    assert.deepEqual(await ids('departement=75&inclureLimitrophes=false'), ['F1']);
    assert.deepEqual(await ids('departement=77&inclureLimitrophes=true'), ['F4', 'F6'], '60 borders 77');
    assert.deepEqual(await ids('departement=2A&inclureLimitrophes=true'), ['F5', 'F7']);
    assert.deepEqual(await ids('departement=69,2B&inclureLimitrophes=true'), ['F3', 'F5', 'F7']);
    assert.deepEqual(await ids('departement=974&inclureLimitrophes=true'), [], 'La Réunion has no neighbour');
    assert.deepEqual(await ids('inclureLimitrophes=true'), ALL);
    await invalid('departement=75&inclureLimitrophes=oui', 'inclureLimitrophes');
  });

  test('employeursHandiEngages and offresMRS: true keeps the flagged offers, false filters nothing; the offers show both flags', async () => {
    const { get, ids, invalid } = await client();
    assert.deepEqual(await ids('employeursHandiEngages=true'), ['F2', 'F4']);
    assert.deepEqual(await ids('offresMRS=true'), ['F3', 'F4']);
    assert.deepEqual(await ids('offresMRS=true&employeursHandiEngages=true'), ['F4']);
    assert.deepEqual(await ids('employeursHandiEngages=false&offresMRS=false'), ALL);
    assert.deepEqual(await ids('offresMRS=true&secteurActivite=10&permis=B&dureeContratMin=12&departement=75&inclureLimitrophes=true'), []);
    assert.deepEqual(await ids('offresMRS=true&secteurActivite=10&permis=B&dureeContratMin=12&departement=91&inclureLimitrophes=true'), ['F4'], '77 borders 91');
    await invalid('employeursHandiEngages=peut-etre', 'employeursHandiEngages');
    await invalid('offresMRS=2', 'offresMRS');
    const flags = (await get('/offres/search?offresMRS=true')).json<Page>().resultats.map(({ id, employeurHandiEngage, offresMRS }) => ({ id, employeurHandiEngage, offresMRS }));
    assert.deepEqual(flags.sort((a, b) => a.id.localeCompare(b.id)), [
      { id: 'F3', employeurHandiEngage: false, offresMRS: true },
      { id: 'F4', employeurHandiEngage: true, offresMRS: true },
    ]);
  });
});
