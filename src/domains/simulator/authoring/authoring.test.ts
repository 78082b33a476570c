import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestClient } from '../../../../test/helpers/client.js';
import { fixtureScenario } from '../engine/scenario.fixture.js';
import type { ScenarioDocument } from '../engine/scenario.types.js';
import { account, decode, partner, playToEnd, publishScenario } from '../simulator.test-support.js';
import { canonicalJson } from '../storage/canonical-json.js';

const METADATA = {
  titre: 'Entretien de caissier',
  adresse: '',
  genre: 'jeu-serieux',
  resume: 'Un entretien court pour un poste en caisse.',
  codesRome: 'd1106',
  recruteurNom: 'Paul Girard',
  recruteurRole: 'Chef de caisse',
  recruteurEntreprise: 'Supérette du Centre',
  recruteurDescription: 'Pressé mais juste.',
};

describe('simulator: the scenario editor over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  test('the editor is for staff and partners: others are told to join an organisation, cannot create, get 403 on scenarios', async () => {
    const candidate = await account(t, 'candidat');
    const list = await candidate.client.get('/simulateur/edition');
    assert.equal(list.statusCode, 200);
    assert.match(decode(list.body), /rejoignez d’abord une organisation/);
    assert.doesNotMatch(list.body, /Nouveau scénario/);
    assert.equal((await candidate.client.get('/simulateur/edition/nouveau')).headers.location, '/simulateur/edition');
    const refused = await candidate.client.post('/simulateur/edition/nouveau', { ...METADATA, typesEntretien: 'premier_entretien', competences: 'presentation' });
    assert.equal(refused.statusCode, 400);
    assert.match(decode(refused.body), /rejoignez d’abord une organisation/);
    const imported = await candidate.client.postMultipart('/simulateur/edition/importer', { json: JSON.stringify({ ...fixtureScenario(), id: 'pirate' }), organisation: 'operateur' });
    assert.equal(imported.statusCode, 400);
    await publishScenario(t, { ...fixtureScenario(), id: 'officiel' });
    assert.equal((await candidate.client.get('/simulateur/edition/officiel')).statusCode, 403);
    assert.equal((await candidate.client.get('/simulateur/edition/inconnu')).statusCode, 404);
    assert.equal(await t.db.selectFrom('simulator_scenarios').select('id').where('slug', 'in', ['pirate', 'entretien-de-caissier']).executeTakeFirst(), undefined);
    assert.doesNotMatch((await candidate.client.get('/mon-espace')).body, /href="\/simulateur\/edition"/);
    const moderator = await account(t, 'moderatrice', ['moderateur']);
    assert.match((await moderator.client.get('/mon-espace')).body, /href="\/simulateur\/edition"/);
    assert.equal((await moderator.client.get('/simulateur/edition')).statusCode, 200);
    assert.equal((await new TestClient(t.app).get('/simulateur/edition')).statusCode, 303, 'visitors are sent to log in');
  });

  test('a partner writes a scenario step by step; the validator’s errors show next to the step; a version is saved and published', async () => {
    const author = await partner(t, 'autrice');
    await author.client.get('/simulateur/edition/nouveau');
    const missing = await author.client.post('/simulateur/edition/nouveau', { ...METADATA, titre: '', organisation: String(author.organisationId) });
    assert.equal(missing.statusCode, 400);
    assert.match(decode(missing.body), /Indiquez un titre d’au moins 3 caractères/);
    assert.match(decode(missing.body), /Cochez au moins un type d’entretien/);
    const created = await author.client.post('/simulateur/edition/nouveau', { ...METADATA, organisation: String(author.organisationId), typesEntretien: 'premier_entretien', competences: 'presentation' } as Record<string, string>);
    assert.equal(created.statusCode, 303, created.body.slice(0, 1500));
    assert.equal(created.headers.location, '/simulateur/edition/entretien-de-caissier?info=cree');
    const base = '/simulateur/edition/entretien-de-caissier';

    // A choice question with effects and a condition, inserted between the welcome scene and the end.
    await author.client.get(`${base}/etapes/nouvelle?type=choice`);
    const invalid = await author.client.post(`${base}/etapes/nouvelle`, { type: 'choice', id: 'Q 1', question: '', 'choix-1-libelle': 'Bonjour !', 'choix-1-effet-presentation': '9' });
    assert.equal(invalid.statusCode, 400);
    const errors = decode(invalid.body);
    for (const message of ['L’identifiant s’écrit en minuscules', 'Écrivez la question du recruteur', 'Un effet va de -3 à 3 points', 'Écrivez le retour du coach', 'Une question propose au moins deux choix']) assert.ok(errors.includes(message), message);
    const question = {
      type: 'choice',
      id: 'q1',
      question: 'Pourquoi la caisse ?',
      'choix-1-libelle': 'J’aime le contact avec les clients.',
      'choix-1-retour': 'Sincère et utile au poste.',
      'choix-1-effet-presentation': '2',
      'choix-2-libelle': 'Je ne sais pas.',
      'choix-2-retour': 'Préparez cette question.',
      'choix-2-effet-presentation': '-1',
      suite: 'fin',
      'branche-1-sujet': 'presentation',
      'branche-1-op': '>=',
      'branche-1-valeur': '2',
      'branche-1-cible': 'bravo',
    };
    const added = await author.client.post(`${base}/etapes/nouvelle`, question);
    assert.equal(added.statusCode, 303);
    // « bravo » does not exist yet and « q1 » is reached by nobody: the overview names both steps.
    let overview = decode((await author.client.get(base)).body);
    assert.match(overview, /id="etape-q1"[\s\S]*Étape « q1 » : [^<]*/);
    assert.match(overview, /Le brouillon contient/);
    assert.match(overview, /href="#etape-q1"/);
    const refused = await author.client.post(`${base}/versions`);
    assert.equal(refused.statusCode, 400);
    assert.match(decode(refused.body), /La version n’a pas été enregistrée[\s\S]*Étape « q1 »/);

    // Add the ending, lead the welcome scene to the question, edit the question, reorder the steps.
    await author.client.get(`${base}/etapes/nouvelle?type=end`);
    assert.equal((await author.client.post(`${base}/etapes/nouvelle`, { type: 'end', id: 'bravo', titre: 'Embauché !', texte: 'Vous commencez lundi.', issue: 'success' })).statusCode, 303);
    await author.client.get(`${base}/etapes/accueil`);
    assert.equal((await author.client.post(`${base}/etapes/accueil`, { locuteur: 'recruiter', texte: 'Bonjour, asseyez-vous chez {entreprise}.', suite: 'q1' })).statusCode, 303);
    const editForm = decode((await author.client.get(`${base}/etapes/q1`)).body);
    assert.match(editForm, /name="choix-1-effet-presentation" value="2"/);
    assert.match(editForm, /<option value="bravo" selected(="")?>bravo<\/option>/);
    assert.equal((await author.client.post(`${base}/etapes/q1`, { ...question, 'choix-2-retour': 'Préparez la question « pourquoi ce poste ».' })).statusCode, 303);
    assert.equal((await author.client.post(`${base}/etapes/bravo/monter`)).statusCode, 303);
    const stored = await t.db.selectFrom('simulator_scenarios').select('draft').where('slug', '=', 'entretien-de-caissier').executeTakeFirstOrThrow();
    const draft = stored.draft as ScenarioDocument;
    assert.deepEqual(draft.steps.map((step) => step.id), ['accueil', 'fin', 'bravo', 'q1']);
    const q1 = draft.steps.find((step) => step.id === 'q1');
    assert.ok(q1?.kind === 'choice');
    assert.deepEqual(q1.next, { branches: [{ when: { score: 'presentation', op: '>=', value: 2 }, goto: 'bravo' }], otherwise: 'fin' });
    assert.equal(q1.choices[1]!.feedback, 'Préparez la question « pourquoi ce poste ».');

    // A step that nothing leads to is named; deleting it makes the draft valid again.
    await author.client.post(`${base}/etapes/nouvelle`, { type: 'end', id: 'orpheline', titre: 'Perdue', texte: 'Personne ne vient ici.', issue: 'neutral' });
    overview = decode((await author.client.get(base)).body);
    assert.match(overview, /Étape « orpheline » : /);
    assert.equal((await author.client.post(`${base}/etapes/orpheline/supprimer`)).statusCode, 303);
    overview = decode((await author.client.get(base)).body);
    assert.match(overview, /Le brouillon est valide/);

    assert.equal((await author.client.post(`${base}/versions`)).headers.location, `${base}?info=version`);
    assert.equal((await author.client.post(`${base}/versions`)).headers.location, `${base}?info=version-identique`, 'the same content makes no new version');
    assert.equal((await new TestClient(t.app).get('/jeux-serieux/entretien-de-caissier')).statusCode, 404, 'not published yet');
    assert.equal((await author.client.post(`${base}/publier`, { version: '1' })).statusCode, 303);
    const player = new TestClient(t.app);
    assert.equal((await player.get('/jeux-serieux/entretien-de-caissier')).statusCode, 200);
    const started = await player.post('/jeux-serieux/entretien-de-caissier', { metier: '', typeEntretien: 'premier_entretien' });
    const { html } = await playToEnd(player, String(started.headers.location));
    assert.match(decode(html), /Embauché !/);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_kind', '=', 'scenario-simulateur').execute();
    assert.deepEqual(audit.map((row) => row.action).sort(), ['simulateur.publier', 'simulateur.version']);
  });

  test('a partner edits only its organisation’s scenarios; staff edit all', async () => {
    const owner = await partner(t, 'proprietaire');
    const other = await partner(t, 'voisin');
    await publishScenario(t, { ...fixtureScenario(), id: 'scenario-du-proprietaire' }, { organisationId: owner.organisationId });
    const base = '/simulateur/edition/scenario-du-proprietaire';
    assert.equal((await owner.client.get(base)).statusCode, 200);
    assert.doesNotMatch((await other.client.get('/simulateur/edition')).body, /scenario-du-proprietaire/);
    assert.match((await owner.client.get('/simulateur/edition')).body, /scenario-du-proprietaire/);
    assert.equal((await other.client.get(base)).statusCode, 403);
    assert.equal((await other.client.get(`${base}/export.json`)).statusCode, 403);
    assert.equal((await other.client.post(`${base}/etapes/q1/supprimer`)).statusCode, 403);
    assert.equal((await other.client.post(`${base}/retirer`)).statusCode, 403);
    assert.equal((await other.client.post(`${base}/informations`, METADATA)).statusCode, 403);
    const admin = await account(t, 'admin', ['administrateur']);
    assert.equal((await admin.client.get(base)).statusCode, 200);
    assert.equal((await admin.client.post(`${base}/retirer`)).statusCode, 303);
    assert.equal((await new TestClient(t.app).get('/simulateur')).body.includes('scenario-du-proprietaire'), false);
  });

  test('export then import gives the same document; invalid imports are refused with the step named', async () => {
    const staff = await account(t, 'equipe', ['moderateur']);
    await publishScenario(t, { ...fixtureScenario(), id: 'a-exporter' });
    const exported = await staff.client.get('/simulateur/edition/a-exporter/export.json?version=1');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-disposition']), /^attachment; filename="a-exporter-version-1\.json"$/);
    const document = JSON.parse(exported.body) as ScenarioDocument;
    assert.deepEqual(Object.keys(document).slice(0, 3), ['schemaVersion', 'id', 'title'], 'keys in reading order');
    assert.equal(canonicalJson(document), canonicalJson({ ...fixtureScenario(), id: 'a-exporter' }));

    // Round trip through the text area, as a new scenario.
    await staff.client.get('/simulateur/edition/importer');
    const copy = { ...document, id: 'copie-importee' };
    const imported = await staff.client.postMultipart('/simulateur/edition/importer', { json: JSON.stringify(copy), organisation: 'operateur', genre: 'entretien' });
    assert.equal(imported.statusCode, 303, imported.body.slice(0, 2000));
    assert.equal(imported.headers.location, '/simulateur/edition/copie-importee?info=importe');
    const again = await staff.client.get('/simulateur/edition/copie-importee/export.json?version=1');
    assert.equal(canonicalJson(JSON.parse(again.body)), canonicalJson(copy));

    // A broken graph is refused with the validator's messages naming the step; the text is kept.
    const broken = structuredClone(copy) as ScenarioDocument;
    broken.id = 'copie-cassee';
    const q1 = broken.steps.find((step) => step.id === 'q1');
    if (q1?.kind === 'choice') q1.next = 'etape-inconnue';
    broken.steps.push({ id: 'isolee', kind: 'end', title: 'Isolée', text: 'Jamais atteinte.', outcome: 'neutral' });
    const refused = await staff.client.postMultipart('/simulateur/edition/importer', { json: JSON.stringify(broken), organisation: 'operateur' });
    assert.equal(refused.statusCode, 400);
    const page = decode(refused.body);
    assert.match(page, /Le scénario est refusé/);
    assert.match(page, /Étape « q1 » : [^<]*etape-inconnue/);
    assert.match(page, /Étape « isolee » : /);
    assert.match(page, /copie-cassee/, 'the text is kept');
    assert.equal(await t.db.selectFrom('simulator_scenarios').select('id').where('slug', '=', 'copie-cassee').executeTakeFirst(), undefined);

    // A file, as a new version of an existing scenario (its id becomes the scenario's address).
    await staff.client.get('/simulateur/edition/copie-importee/importer');
    const changed = { ...copy, id: 'autre-id', title: 'Copie modifiée' };
    const file = await staff.client.postMultipart('/simulateur/edition/copie-importee/importer', {}, [{ field: 'fichier', filename: 'scenario.json', contentType: 'application/json', data: Buffer.from(JSON.stringify(changed)) }]);
    assert.equal(file.statusCode, 303, file.body.slice(0, 2000));
    const versions = await t.db.selectFrom('simulator_scenario_versions as v').innerJoin('simulator_scenarios as s', 's.id', 'v.scenario_id').select(['v.number', 'v.document']).where('s.slug', '=', 'copie-importee').orderBy('v.number').execute();
    assert.deepEqual(versions.map((version) => version.number), [1, 2]);
    assert.equal((versions[1]!.document as ScenarioDocument).title, 'Copie modifiée');
    assert.equal((versions[1]!.document as ScenarioDocument).id, 'copie-importee');

    // Not JSON at all.
    const syntax = await staff.client.postMultipart('/simulateur/edition/importer', { json: '{"id": ', organisation: 'operateur' });
    assert.equal(syntax.statusCode, 400);
    assert.match(decode(syntax.body), /Ce texte n’est pas un JSON valide/);
    // The address taken by another scenario.
    const taken = await staff.client.postMultipart('/simulateur/edition/importer', { json: JSON.stringify(copy), organisation: 'operateur' });
    assert.equal(taken.statusCode, 400);
    assert.match(decode(taken.body), /Un scénario a déjà l’adresse « copie-importee »/);
  });
});
