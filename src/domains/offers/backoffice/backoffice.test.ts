import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { seedReferentielsDemo } from '../../referentiels/index.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
let n = 0;
async function account(t: TestApp, roles: string[]): Promise<{ client: TestClient; id: number }> {
  const email = `offres${process.pid}-${++n}@exemple.fr`;
  const client = await signUp(t.app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[] WHERE email_normalized = ${email}`.execute(t.db);
  const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  await client.get('/mon-espace');
  return { client, id };
}

const VALID = {
  intitule: 'Boulanger / Boulangère de nuit',
  description: 'Fabrication du pain et des viennoiseries pour nos trois boutiques, de 3 h à 10 h du matin.',
  metier: 'Vendeur / Vendeuse en boulangerie-pâtisserie',
  commune: '69004',
  contrat: 'CDD',
  dureeContrat: '6',
  experience: 'E',
  experienceLibelle: '2 ans',
  salaire: 'Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois',
  dureeTravail: '35H Travail de nuit',
  entreprise: 'Fournil des Pentes',
  courriel: 'emploi@fournil.example',
  urlPostulation: 'https://fournil.example/candidature',
  dateFin: '2099-12-31',
};

describe('job offers back-office', () => {
  let t: TestApp;
  let moderator: { client: TestClient; id: number };
  let candidate: { client: TestClient; id: number };

  before(async () => {
    t = await buildTestApp({ seed: false });
    await seedReferentielsDemo(t.db);
    moderator = await account(t, ['moderateur']);
    candidate = await account(t, ['candidat']);
  });
  after(async () => t.close());

  test('only staff reach the offers back-office', async () => {
    assert.equal((await candidate.client.get('/administration/offres')).statusCode, 403);
    assert.equal((await candidate.client.get('/administration/offres/nouvelle')).statusCode, 403);
    assert.equal((await candidate.client.post('/administration/offres/nouvelle', VALID)).statusCode, 403);
    assert.equal((await moderator.client.get('/administration/offres')).statusCode, 200);
    assert.match(decode((await moderator.client.get('/administration')).body), /Offres d’emploi/);
  });

  test('an invalid offer is refused with 400, the errors listed and the input kept', async () => {
    await moderator.client.get('/administration/offres/nouvelle');
    const response = await moderator.client.post('/administration/offres/nouvelle', { ...VALID, intitule: 'X', commune: '99999', contrat: 'ZZZ', experienceLibelle: 'longtemps', dateFin: '2001-01-01', courriel: '', urlPostulation: '' });
    assert.equal(response.statusCode, 400);
    const html = decode(response.body);
    for (const message of [/Indiquez l’intitulé/, /code INSEE ou le code postal/, /Choisissez le type de contrat/, /durée d’expérience/, /date à venir/, /comment postuler/]) assert.match(html, message);
    assert.match(html, /value="Fabrication|Fabrication du pain/);
    assert.match(html, /value="Fournil des Pentes"/);
    assert.equal(await t.db.selectFrom('job_offers').select('id').executeTakeFirst(), undefined);
  });

  test('staff create an agency offer: public id, resolved place and ROME, derived fields, audited; then edit, expire, republish', async () => {
    await moderator.client.get('/administration/offres/nouvelle');
    const created = await moderator.client.post('/administration/offres/nouvelle', VALID);
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const id = /\/administration\/offres\/([0-9A-Z]{7})\?info=creee$/.exec(created.headers.location as string)![1]!;
    const offer = await t.db.selectFrom('job_offers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(offer.origin, 1);
    assert.equal(offer.commune_code, '69123');
    assert.equal(offer.postal_code, '69004');
    assert.equal(offer.rome_code, 'D1106');
    assert.equal(offer.appellation_code, '20560');
    assert.equal(offer.contract_type, 'CDD');
    assert.equal(Number(offer.contract_months), 6);
    assert.equal(offer.experience_level, 2);
    assert.equal(Number(offer.salary_min_monthly), 2000);
    assert.ok(offer.latitude !== null && offer.ends_at!.getUTCFullYear() === 2099);
    assert.equal(offer.details.contact?.urlPostulation, VALID.urlPostulation);
    const listing = await t.db.selectFrom('job_offer_listings').selectAll().where('offer_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(listing.source, 'agence');
    const [audit] = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'offer.create').where('subject_id', '=', id).execute();
    assert.equal(audit?.actor_account_id, moderator.id);

    const list = decode((await moderator.client.get('/administration/offres?q=fournil')).body);
    assert.match(list, /Boulanger \/ Boulangère de nuit/);
    assert.match(decode((await moderator.client.get(`/administration/offres?q=${id}&statut=active&source=agence`)).body), /1 offre/);
    assert.match(decode((await moderator.client.get('/administration/offres?q=introuvable')).body), /Aucune offre/);

    const form = decode((await moderator.client.get(`/administration/offres/${id}`)).body);
    assert.match(form, /value="Fournil des Pentes"/);
    const bad = await moderator.client.post(`/administration/offres/${id}`, { ...VALID, metier: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(decode(bad.body), /Indiquez le métier/);
    const edited = await moderator.client.post(`/administration/offres/${id}`, { ...VALID, intitule: 'Boulanger / Boulangère', commune: '75056', contrat: 'CDI', dureeContrat: '' });
    assert.equal(edited.statusCode, 303);
    const after = await t.db.selectFrom('job_offers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([after.intitule, after.commune_code, after.contract_type, after.origin], ['Boulanger / Boulangère', '75056', 'CDI', 1]);
    assert.equal(after.created_at.getTime(), offer.created_at.getTime());
    assert.ok(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'offer.update').where('subject_id', '=', id).executeTakeFirst());

    assert.equal((await moderator.client.post(`/administration/offres/${id}/expirer`, {})).statusCode, 303);
    let row = await t.db.selectFrom('job_offers').select(['status', 'expired_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'expiree');
    assert.ok(row.expired_at);
    assert.match(decode((await moderator.client.get('/administration/offres?statut=expiree')).body), /1 offre/);
    assert.equal((await moderator.client.post(`/administration/offres/${id}/republier`, {})).statusCode, 303);
    row = await t.db.selectFrom('job_offers').select(['status', 'expired_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'active', expired_at: null });
    assert.equal((await t.db.selectFrom('audit_log').select('action').where('subject_kind', '=', 'offre').where('subject_id', '=', id).execute()).length, 4);
    assert.equal((await moderator.client.get('/administration/offres/ZZZZZZZ')).statusCode, 404);
    assert.equal((await candidate.client.post(`/administration/offres/${id}/expirer`, {})).statusCode, 403);
  });

  test('editing an offer keeps what the form does not show: formations, licences, handi-engaged employer, recruitment by simulation', async () => {
    await moderator.client.get('/administration/offres/nouvelle');
    const created = await moderator.client.post('/administration/offres/nouvelle', { ...VALID, intitule: 'Chauffeur livreur' });
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const id = /\/administration\/offres\/([0-9A-Z]{7})\?info=creee$/.exec(created.headers.location as string)![1]!;
    const fresh = await t.db.selectFrom('job_offers').select(['formation_levels', 'licence_codes', 'handi_engaged', 'mrs']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(fresh, { formation_levels: [], licence_codes: [], handi_engaged: false, mrs: false });
    const details = { formations: [{ domaineLibelle: 'Transport', niveauLibelle: 'CAP, BEP et équivalents', exigence: 'E' }], permis: [{ libelle: 'C - Poids lourd', exigence: 'E' }] };
    await sql`UPDATE job_offers SET details = details || ${JSON.stringify(details)}::jsonb, formation_levels = '{NV5}', licence_codes = '{C}', handi_engaged = true, mrs = true
      WHERE id = ${id}`.execute(t.db);
    await moderator.client.get(`/administration/offres/${id}`);
    const edited = await moderator.client.post(`/administration/offres/${id}`, { ...VALID, intitule: 'Chauffeur livreur poids lourd' });
    assert.equal(edited.statusCode, 303, edited.body.slice(0, 500));
    const after = await t.db.selectFrom('job_offers').select(['intitule', 'details', 'formation_levels', 'licence_codes', 'handi_engaged', 'mrs']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(after.intitule, 'Chauffeur livreur poids lourd');
    assert.deepEqual([after.formation_levels, after.licence_codes, after.handi_engaged, after.mrs], [['NV5'], ['C'], true, true]);
    assert.deepEqual([after.details.formations, after.details.permis], [details.formations, details.permis]);
    assert.equal(after.details.contact?.courriel, VALID.courriel);
  });
});
