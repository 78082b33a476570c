import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { fixtureScenario } from '../engine/scenario.fixture.js';
import type { Debrief } from '../engine/scenario.types.js';
import { account, answerForm, decode, pdfText, playToEnd, publishScenario, unpublishAll } from '../simulator.test-support.js';

const JOB = { metier: 'Vendeur / Vendeuse en épicerie', metierOgr: '20576' };
const TEXT_ANSWER = 'Euh, du coup, lorsque j’étais vendeur, j’ai mis en place un rayon de produits locaux : résultat, les ventes ont augmenté de 15 % en trois mois. Merci.';

describe('simulator: playing an interview over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
    await unpublishAll(t);
    await publishScenario(t, fixtureScenario());
    const restaurant = { ...fixtureScenario(), id: 'fixture-restaurant', title: 'Entretien en salle', romeCodes: ['G1803'] };
    await publishScenario(t, restaurant);
  });
  after(async () => t.close());

  const start = async (client: TestClient, form: Record<string, string> = {}) => {
    await client.get('/simulateur');
    const response = await client.post('/simulateur', { ...JOB, typeEntretien: 'premier_entretien', entreprise: '', ...form });
    assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
    const location = String(response.headers.location);
    assert.match(location, /^\/simulateur\/parties\/[A-Za-z0-9_-]{43}$/);
    return location;
  };

  test('the start page offers the published kinds; a start without job or kind is refused with the input kept', async () => {
    const client = new TestClient(t.app);
    const page = await client.get('/simulateur');
    assert.equal(page.statusCode, 200);
    assert.match(decode(page.body), /Premier entretien en face à face/);
    assert.match(page.body, /data-job-autocomplete/);
    const refused = await client.post('/simulateur', { metier: '', typeEntretien: '', entreprise: 'Épicerie Martin' });
    assert.equal(refused.statusCode, 400);
    const html = decode(refused.body);
    assert.match(html, /Indiquez le métier que vous visez/);
    assert.match(html, /Choisissez le type d’entretien à préparer/);
    assert.match(html, /value="Épicerie Martin"/);
    const unknown = await client.post('/simulateur', { metier: 'Vendeur', typeEntretien: 'entretien_collectif' });
    assert.equal(unknown.statusCode, 400);
    assert.match(decode(unknown.body), /Choisissez un type d’entretien parmi ceux proposés/);
  });

  test('the scenario is chosen for the job’s ROME code, and {metier} / {entreprise} are filled', async () => {
    const client = new TestClient(t.app);
    const waiter = await start(client, { metier: 'Serveur / Serveuse de restaurant', metierOgr: '19427', entreprise: 'Brasserie du Port' });
    const page = decode((await client.get(waiter)).body);
    assert.match(page, /<h1>Entretien en salle<\/h1>/);
    assert.match(page, /vous postulez comme serveur \/ serveuse de restaurant chez Brasserie du Port/);
    const seller = decode((await client.get(await start(new TestClient(t.app)))).body);
    assert.doesNotMatch(seller, /Entretien en salle/);
  });

  test('an anonymous player plays to the end: feedback after each answer, remarks with marks, the debrief, the PDF', async () => {
    const client = new TestClient(t.app);
    const url = await start(client);
    let page = await client.get(url);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.match(decode(page.body), /Partie sans compte/);
    // Scene, then the first question: « Question 1 sur 3 ».
    let form = answerForm(page.body);
    assert.equal(form.type, 'continue');
    assert.equal((await client.post(url, { etape: form.stepId, type: 'continue' })).statusCode, 303);
    page = await client.get(url);
    assert.match(page.body, /Question 1 sur 3/);
    assert.match(page.body, /<progress max="3" value="0"/);
    form = answerForm(page.body);
    const answered = await client.post(url, { etape: form.stepId, type: 'choice', reponse: 'a' });
    assert.equal(answered.headers.location, `${url}#retour`);
    page = await client.get(url);
    assert.match(decode(page.body), /Retour sur votre réponse précédente[\s\S]*Clair et concis\.[\s\S]*\+2 Présentation, \+1 Savoir-être/);
    assert.match(page.body, /Question 2 sur 3/);
    // A written answer: refused when blank, then analysed; the words behind each remark are marked.
    form = answerForm(page.body);
    assert.equal(form.type, 'text');
    const blank = await client.post(url, { etape: form.stepId, type: 'text', reponse: '   ' });
    assert.equal(blank.statusCode, 400);
    assert.match(decode(blank.body), /Écrivez votre réponse avant de l’envoyer/);
    assert.equal((await client.post(url, { etape: form.stepId, type: 'text', reponse: TEXT_ANSWER })).statusCode, 303);
    page = await client.get(url);
    const feedback = decode(page.body);
    assert.match(feedback, /Remarques sur cette réponse/);
    assert.match(feedback, /<mark class="es-mark es-mark--improvement">[^<]*(Euh|du coup)/i);
    assert.match(feedback, /<mark class="es-mark es-mark--strength">[^<]*15/);
    // Sending the same answer again (a double click) changes nothing.
    const again = await client.post(url, { etape: form.stepId, type: 'text', reponse: TEXT_ANSWER });
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, url);
    const { html } = await playToEnd(client, url);
    const debrief = decode(html);
    assert.match(debrief, /Votre bilan/);
    assert.match(debrief, /<caption>Score par compétence \(sur 100\)<\/caption>/);
    assert.match(debrief, /<svg class="es-chart" role="img"/);
    assert.match(debrief, /Vos points forts/);
    assert.match(debrief, /Ce qui est à travailler/);
    assert.match(debrief, /L’analyse de vos réponses écrites[\s\S]*<mark/);
    assert.match(html, /href="[^"]*\/rapport\.pdf" download/);
    // The stored debrief is the page's.
    const stored = await t.db.selectFrom('simulator_attempts').select(['debrief', 'finished_at']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const saved = stored.debrief as Debrief;
    assert.ok(stored.finished_at);
    for (const result of saved.competencies) assert.ok(debrief.includes(`<th scope="row">${result.label}</th>`), result.label);

    const pdf = await client.get(`${url}/rapport.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(String(pdf.headers['content-disposition']), /^attachment; filename="bilan-fixture-vente-\d{4}-\d{2}-\d{2}\.pdf"$/);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /Bilan de simulation d.entretien/);
    assert.match(text, /Vendeur \/ Vendeuse en épicerie/);
    for (const result of saved.competencies) {
      assert.ok(text.includes(`${result.label} : ${result.percent === null ? 'non évalué' : `${result.percent} sur 100`}`), `the PDF gives the score of ${result.label}:\n${text}`);
    }
    assert.match(text, /Mots relevés/);
  });

  test('the same answers give the same debrief (determinism over HTTP)', async () => {
    const debriefs: unknown[] = [];
    const pages: string[] = [];
    for (let run = 0; run < 2; run++) {
      const client = new TestClient(t.app);
      const url = await start(client);
      const { html } = await playToEnd(client, url, { text: TEXT_ANSWER, choose: (stepId) => (stepId === 'q1' ? 'a' : 'x') });
      pages.push(html.slice(html.indexOf('id="bilan"'), html.indexOf('Recommencer un entretien')).replace(/\/simulateur\/parties\/[A-Za-z0-9_-]+\//g, '/simulateur/parties/<jeton>/'));
      const row = await t.db.selectFrom('simulator_attempts').select('debrief').orderBy('id', 'desc').executeTakeFirstOrThrow();
      debriefs.push(row.debrief);
    }
    assert.deepEqual(debriefs[0], debriefs[1]);
    assert.equal(pages[0], pages[1]);
    // Different answers give another debrief: the comparison above can fail.
    const other = new TestClient(t.app);
    const url = await start(other);
    await playToEnd(other, url, { text: 'Je ne sais pas.', choose: (stepId) => (stepId === 'q1' ? 'b' : 'y') });
    const row = await t.db.selectFrom('simulator_attempts').select('debrief').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.notDeepEqual(row.debrief, debriefs[0]);
  });

  test('the report is there only at the end; an unknown or malformed token is a 404', async () => {
    const client = new TestClient(t.app);
    const url = await start(client);
    assert.equal((await client.get(`${url}/rapport.pdf`)).statusCode, 404);
    assert.equal((await client.get('/simulateur/parties/inconnu')).statusCode, 404);
    assert.equal((await client.get(`/simulateur/parties/${'A'.repeat(43)}`)).statusCode, 404);
  });

  test('a logged-in player’s attempt is in « Mon espace », resumed with a new address, and nobody else reaches it', async () => {
    const player = await account(t, 'joueur');
    const url = await start(player.client);
    const first = answerForm((await player.client.get(url)).body);
    await player.client.post(url, { etape: first.stepId, type: 'continue' });
    const space = decode((await player.client.get('/mon-espace')).body);
    assert.match(space, /href="\/mon-espace\/simulations"/);
    const list = decode((await player.client.get('/mon-espace/simulations')).body);
    assert.match(list, /Entretien de vendeur \/ vendeuse en épicerie/);
    assert.match(list, /Vendeur \/ Vendeuse en épicerie[\s\S]*En cours[\s\S]*Reprendre/);
    const attemptId = /action="\/mon-espace\/simulations\/(\d+)\/ouvrir"/.exec(list)![1];

    // Another account, and a visitor, with the address: not found.
    const other = await account(t, 'curieux');
    assert.equal((await other.client.get(url)).statusCode, 404);
    assert.equal((await other.client.post(url, { etape: 'q1', type: 'choice', reponse: 'a' })).statusCode, 404);
    assert.equal((await new TestClient(t.app).get(url)).statusCode, 404);
    assert.equal((await new TestClient(t.app).get(`${url}/rapport.pdf`)).statusCode, 404);
    await other.client.get('/mon-espace/simulations');
    assert.equal((await other.client.post(`/mon-espace/simulations/${attemptId}/ouvrir`)).statusCode, 404);

    // Reopening gives a new address where the attempt resumes at its current question.
    const reopened = await player.client.post(`/mon-espace/simulations/${attemptId}/ouvrir`);
    assert.equal(reopened.statusCode, 303);
    const resumed = String(reopened.headers.location);
    assert.notEqual(resumed, url);
    const page = await player.client.get(resumed);
    assert.match(page.body, /Question 1 sur 3/);
    assert.match(decode(page.body), /Cette partie est enregistrée dans votre espace/);
    assert.equal((await player.client.get(url)).statusCode, 404, 'the old address no longer opens it');
    await playToEnd(player.client, resumed);
    assert.match(decode((await player.client.get('/mon-espace/simulations')).body), /Terminée — score global \d+ sur 100[\s\S]*Voir le bilan/);

    const provider = t.app.personalData.find((item) => item.name === 'simulationsEntretien')!;
    const exported = (await provider.export(t.db, player.id)) as { parties: { metier: string; bilan: Debrief | null }[]; versionsDeScenariosEcrites: unknown[] };
    assert.equal(exported.parties.length, 1);
    assert.equal(exported.parties[0]!.metier, 'Vendeur / Vendeuse en épicerie');
    assert.ok(exported.parties[0]!.bilan?.competencies.length);
    assert.deepEqual(exported.versionsDeScenariosEcrites, []);
  });

  test('an anonymous attempt can be kept by the person once logged in', async () => {
    const player = await account(t, 'gardien');
    const visitor = new TestClient(t.app);
    const url = await start(visitor);
    // The address is the key of an anonymous attempt: the same person, now logged in, opens it and keeps it.
    const page = decode((await player.client.get(url)).body);
    assert.match(page, /Garder cette partie dans mon espace/);
    assert.equal((await player.client.post(`${url}/garder`)).statusCode, 303);
    assert.match(decode((await player.client.get('/mon-espace/simulations')).body), /Reprendre/);
    assert.equal((await visitor.get(url)).statusCode, 404, 'once kept, it is the account’s');
  });

  test('scenes and questions show their image or their captioned video with its transcript', async () => {
    const game = fixtureScenario();
    game.id = 'jeu-video';
    const welcome = game.steps.find((step) => step.id === 'accueil')!;
    const question = game.steps.find((step) => step.id === 'q1')!;
    if (welcome.kind === 'scene') welcome.media = { type: 'video', src: '/static/videos/accueil.mp4', captions: { src: '/static/videos/accueil.vtt', lang: 'fr', label: 'Français' }, transcript: 'La recruteuse vous accueille.' };
    if (question.kind === 'choice') question.media = { type: 'image', src: '/static/logos/simulateur-d-entretien.svg', alt: 'La recruteuse, assise face à vous' };
    await publishScenario(t, game, { kind: 'jeu-serieux' });
    const client = new TestClient(t.app);
    await client.get('/jeux-serieux/jeu-video');
    const url = String((await client.post('/jeux-serieux/jeu-video', { typeEntretien: 'premier_entretien' })).headers.location);
    const scene = decode((await client.get(url)).body);
    assert.match(scene, /<video[^>]*controls[^>]*><source src="\/static\/videos\/accueil\.mp4"\/><track kind="captions" src="\/static\/videos\/accueil\.vtt" srclang="fr" label="Français" default/);
    assert.match(scene, /<summary>Transcription de la vidéo<\/summary><p class="es-transcript">La recruteuse vous accueille\.<\/p>/);
    await client.post(url, { etape: 'accueil', type: 'continue' });
    assert.match(decode((await client.get(url)).body), /<img class="fr-responsive-img" src="\/static\/logos\/simulateur-d-entretien\.svg" alt="La recruteuse, assise face à vous"/);
  });

  test('serious games: listed, started without a job, played on the same player', async () => {
    const game = { ...fixtureScenario(), id: 'jeu-magasin', title: 'Une journée au magasin' };
    await publishScenario(t, game, { kind: 'jeu-serieux' });
    const client = new TestClient(t.app);
    assert.match(decode((await client.get('/jeux-serieux')).body), /href="\/jeux-serieux\/jeu-magasin">Une journée au magasin/);
    assert.equal((await client.get('/jeux-serieux/fixture-vente')).statusCode, 404, 'an interview scenario is not a serious game');
    await client.get('/jeux-serieux/jeu-magasin');
    const started = await client.post('/jeux-serieux/jeu-magasin', { metier: '', typeEntretien: 'entretien_telephonique' });
    assert.equal(started.statusCode, 303);
    const url = String(started.headers.location);
    const page = decode((await client.get(url)).body);
    assert.match(page, /Vente en alimentation/, 'the job of the game’s ROME code');
    const { steps } = await playToEnd(client, url);
    assert.ok(steps.includes('telephone'), 'the phone interview takes its branch');
  });
});
