import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, TestClient } from '../../../../test/helpers/client.js';
import { clearOffers, daysAgo, insertOffers, PLACES } from '../search/offers.test-support.js';
import { sendOfferAlerts } from './alerts.job.js';
import { offersPersonalData } from './saved.repository.js';

let t: TestApp;
let ids: string[];

before(async () => {
  t = await buildTestApp();
  await clearOffers(t.db);
  await sql`INSERT INTO offer_sources (slug, name, url, kind) VALUES ('jobboard-test', 'Job Board Test', 'https://jobboard.example', 'partenaire') ON CONFLICT DO NOTHING`.execute(t.db);
  ids = await insertOffers(t.db, [
    { intitule: 'Boulanger / Boulangère', description: 'Pétrissage, façonnage et cuisson.', company_name: 'Fournil du Rhône', created_at: daysAgo(1), rome_code: 'D1102', full_time: true, salary_min_monthly: 1900, salary_max_monthly: 2200, postal_code: '69003', ends_at: daysAgo(-30), details: { contact: { urlPostulation: 'https://fournil.example/postuler' } } },
    { intitule: 'Ouvrier boulanger', description: 'Viennoiseries.', ...PLACES.villeurbanne, contract_type: 'CDD', created_at: daysAgo(2), rome_code: 'D1102', origin: 2 },
    { intitule: 'Boulanger de nuit', description: 'Poste de nuit.', ...PLACES.paris, created_at: daysAgo(3), rome_code: 'D1102' },
    { intitule: 'Pâtissier expiré', status: 'expiree', expired_at: daysAgo(2), ends_at: daysAgo(2), created_at: daysAgo(40), rome_code: 'D1104' },
  ]);
  await sql`INSERT INTO job_offer_listings (source, external_id, offer_id, url, content_hash) VALUES ('jobboard-test', 'X1', ${ids[1]}, 'https://jobboard.example/offres/X1', 'h')`.execute(t.db);
});
after(async () => t?.close());

describe('/offres', () => {
  it('searches by keywords and commune with distance, with facet counts, without JavaScript', async () => {
    const client = new TestClient(t.app);
    const page = await client.get('/offres?motsCles=boulanger&lieu=Lyon&distance=10');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2 offres trouvées autour de Lyon/);
    assert.match(page.body, /Boulanger \/ Boulangère/);
    assert.match(page.body, /Ouvrier boulanger/);
    assert.doesNotMatch(page.body, /Boulanger de nuit/);
    assert.match(page.body, /CDI \(1\)/);
    assert.match(page.body, /CDD \(1\)/);
    const filtered = await client.get('/offres?motsCles=boulanger&lieu=69100&distance=5&typeContrat=CDD');
    assert.match(filtered.body, /1 offre trouvée autour de Villeurbanne/);
    assert.match(filtered.body, /CDI \(1\)/, 'the contract facet is counted without its own filter');
    const all = await client.get('/offres?tri=date');
    assert.match(all.body, /3 offres trouvées/);
  });

  it('answers 400 in French for an unknown or ambiguous commune, listing the candidates, and for invalid parameters', async () => {
    const client = new TestClient(t.app);
    const unknown = await client.get('/offres?lieu=Zzyzxville');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /La commune « Zzyzxville » est introuvable/);
    const ambiguous = await client.get('/offres?lieu=13001');
    assert.equal(ambiguous.statusCode, 400);
    assert.match(ambiguous.body, /Plusieurs communes correspondent/);
    assert.match(ambiguous.body, /Marseille \(13001\)/);
    for (const query of ['distance=7', 'typeContrat=XYZ', 'experience=9', 'tempsPlein=peut-etre', 'publieeDepuis=2', 'tri=alpha', 'page=0', 'page=abc', 'departement=999']) {
      const response = await client.get(`/offres?${query}`);
      assert.equal(response.statusCode, 400, query);
      assert.match(response.body, /doit|n’existe pas|Temps plein/, query);
    }
  });

  it('serves the communes autocomplete API by name and postal code', async () => {
    const byName = await t.app.inject({ method: 'GET', url: '/api/v1/communes?q=villeur' });
    assert.equal(byName.statusCode, 200);
    assert.deepEqual(byName.json().communes[0], { code: '69266', nom: 'Villeurbanne', codePostal: '69100', departement: '69', libelle: 'Villeurbanne (69100)' });
    const byPostal = await t.app.inject({ method: 'GET', url: '/api/v1/communes?q=6900' });
    assert.ok(byPostal.json().communes.every((c: { codePostal: string }) => c.codePostal.startsWith('6900')));
  });
});

describe('/offres/:id', () => {
  it('shows every field, how to apply and valid JobPosting JSON-LD', async () => {
    const page = await new TestClient(t.app).get(`/offres/${ids[0]}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Fournil du Rhône/);
    assert.match(page.body, /href="https:\/\/fournil.example\/postuler"/);
    assert.match(page.body, /Offres similaires/);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)?.[1];
    assert.ok(json);
    const ld = JSON.parse(json);
    assert.equal(ld['@type'], 'JobPosting');
    assert.equal(ld.title, 'Boulanger / Boulangère');
    assert.equal(ld.hiringOrganization.name, 'Fournil du Rhône');
    assert.equal(ld.jobLocation.address.addressLocality, 'Lyon');
    assert.equal(ld.jobLocation.address.postalCode, '69003');
    assert.equal(ld.jobLocation.geo.latitude, PLACES.lyon.latitude);
    assert.deepEqual(ld.baseSalary.value, { '@type': 'QuantitativeValue', minValue: 1900, maxValue: 2200, unitText: 'MONTH' });
    assert.deepEqual(ld.employmentType, ['FULL_TIME']);
    assert.equal(ld.identifier.value, ids[0]);
    assert.ok(ld.datePosted && ld.validThrough);
  });

  it('links a board offer to the partner’s listing', async () => {
    const page = await new TestClient(t.app).get(`/offres/${ids[1]}`);
    assert.match(page.body, /href="https:\/\/jobboard.example\/offres\/X1"/);
    assert.match(page.body, /Postuler sur Job Board Test/);
  });

  it('answers 410 for an expired offer (readable, no apply link) and 404 for an unknown one', async () => {
    const expired = await new TestClient(t.app).get(`/offres/${ids[3]}`);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /Offre expirée/);
    assert.match(expired.body, /a expiré le/);
    assert.doesNotMatch(expired.body, /id="postuler"/);
    assert.equal((await new TestClient(t.app).get('/offres/ZZZZZZZ')).statusCode, 404);
    assert.equal((await new TestClient(t.app).get('/offres/not-an-id')).statusCode, 404);
  });
});

describe('saved offers and alerts', () => {
  it('saves and unsaves an offer (PRG), listed in Mon espace and in the RGPD export', async () => {
    const client = await signUp(t.app, 'offres-sauvegarde@example.org');
    await client.get(`/offres/${ids[0]}`);
    const saved = await client.post(`/offres/${ids[0]}/sauvegarder`);
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/offres/${ids[0]}?info=sauvegardee`);
    assert.match((await client.get(`/offres/${ids[0]}?info=sauvegardee`)).body, /Retirer de mes offres sauvegardées/);
    const mine = await client.get('/mon-espace/offres');
    assert.match(mine.body, /Boulanger \/ Boulangère/);
    const { id: accountId } = await t.db.selectFrom('accounts').select('id').where('email', '=', 'offres-sauvegarde@example.org').executeTakeFirstOrThrow();
    const exported = (await offersPersonalData.export(t.db, accountId)) as { sauvegardees: { offre: string }[] };
    assert.deepEqual(exported.sauvegardees.map((offer) => offer.offre), [ids[0]]);
    const removed = await client.post(`/offres/${ids[0]}/retirer`, { retour: '/mon-espace/offres' });
    assert.equal(removed.headers.location, '/mon-espace/offres?info=retiree');
    assert.match((await client.get('/mon-espace/offres')).body, /Vous n’avez sauvegardé aucune offre/);
    assert.equal((await new TestClient(t.app).post(`/offres/${ids[0]}/sauvegarder`, { _csrf: '' })).statusCode, 401);
  });

  it('saves a search as an alert, e-mails only its new offers, once, and deletes it', async () => {
    const email = 'offres-alerte@example.org';
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = now() WHERE email = ${email}`.execute(t.db);
    const search = await client.get('/offres?motsCles=boulanger&lieu=Lyon&distance=20');
    assert.match(search.body, /Recevoir les nouvelles offres de cette recherche par e-mail/);
    const requete = /name="requete" value="([^"]*)"/.exec(search.body)![1]!.replaceAll('&amp;', '&');
    const created = await client.post('/offres/alertes', { requete, libelle: 'Boulanger autour de Lyon' });
    assert.equal(created.statusCode, 303);
    assert.match(created.headers.location as string, /info=alerte-creee/);
    const again = await client.post('/offres/alertes', { requete, libelle: 'Boulanger autour de Lyon' });
    assert.match(again.headers.location as string, /info=alerte-existante/);

    // The alert was created now: make it due, then add a new matching offer, a new non-matching one.
    await sql`UPDATE offer_alerts SET checked_until = now() - interval '1 day' WHERE query = ${requete}`.execute(t.db);
    const [fresh] = await insertOffers(t.db, [{ intitule: 'Boulanger tourier', created_at: new Date(Date.now() - 3600_000) }, { intitule: 'Plombier', created_at: new Date(Date.now() - 3600_000) }]);
    const sent = await sendOfferAlerts(t.db, t.app.mailer, 'http://localhost:3000');
    assert.equal(sent, 1);
    const mail = await t.smtp.waitFor(email, /nouvelle offre/);
    assert.match(mail.text, /Boulanger tourier/);
    assert.match(mail.text, new RegExp(`/offres/${fresh}`));
    assert.doesNotMatch(mail.text, /Plombier|Ouvrier boulanger/, 'only offers created since the last check');
    assert.match(mail.text, /mon-espace\/offres#alertes/);
    assert.equal(await sendOfferAlerts(t.db, t.app.mailer, 'http://localhost:3000'), 0, 'claimed: not sent twice');
    assert.equal(await sendOfferAlerts(t.db, t.app.mailer, 'http://localhost:3000', new Date(Date.now() + 86_400_000)), 0, 'next day: nothing new');

    const mine = await client.get('/mon-espace/offres');
    assert.match(mine.body, /Boulanger autour de Lyon/);
    const alertId = /action="\/mon-espace\/offres\/alertes\/(\d+)\/supprimer"/.exec(mine.body)![1];
    const deleted = await client.post(`/mon-espace/offres/alertes/${alertId}/supprimer`);
    assert.equal(deleted.statusCode, 303);
    assert.equal((await client.post(`/mon-espace/offres/alertes/${alertId}/supprimer`)).statusCode, 404);
  });
});
