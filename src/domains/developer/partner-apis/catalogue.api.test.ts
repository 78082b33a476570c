import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { assertNoNull, assertPartnerError, partnerCaller } from './partner-apis.test-support.js';

const BASE = '/partenaire/cataloguedesservicesemploistore/v1';

interface Sheet {
  id: number;
  slug: string;
  nom: string;
  typeService: string;
  typeServiceLibelle: string;
  thematiques: { code: string; libelle: string }[];
  public: string;
  publicLibelle: string;
  prix: { modele: string; libelle: string; texte?: string };
  fournisseur: { nom: string; url?: string };
  url: string;
  urlFiche: string;
  logo?: string;
  dateMiseAJour: string;
  nombreAvis: number;
}

describe('Catalogue des services Emploi Store v1', () => {
  let t: TestApp;
  let published: number;
  const list = async (query = '') => {
    const caller = await partnerCaller(t, ['catalogue-des-services']);
    return caller.get(`${BASE}/fichesservices${query}`);
  };

  before(async () => {
    t = await buildTestApp();
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM services WHERE status = 'publie'`.execute(t.db);
    published = rows[0]!.n;
    assert.ok(published > 50, 'the demo catalogue holds more than one default page');
  });
  after(() => t.close());

  test('without a token: 401 TOKEN_MISSING in the partner shape, with WWW-Authenticate', async () => {
    const response = await t.app.inject({ url: `${BASE}/fichesservices` });
    assertPartnerError(response, 401, 'TOKEN_MISSING');
    assert.match(String(response.headers['www-authenticate']), /^Bearer realm="\/partenaire"/);
    assertPartnerError(await t.app.inject({ url: `${BASE}/fichesservices/4`, headers: { authorization: 'Bearer abc.def.ghi' } }), 401, 'TOKEN_INVALID');
  });

  test('a token of an application subscribed to another API only: 403 SCOPE_MISSING', async () => {
    const caller = await partnerCaller(t, ['rome']);
    assertPartnerError(await caller.get(`${BASE}/fichesservices`), 403, 'SCOPE_MISSING');
    assertPartnerError(await caller.get(`${BASE}/fichesservices/4/images`), 403, 'SCOPE_MISSING');
  });

  test('the default range 0-49 answers 206 with Content-Range and Accept-Range, sheets by name, nothing null', async () => {
    const response = await list();
    assert.equal(response.statusCode, 206);
    assert.equal(response.headers['content-range'], `fichesservices 0-49/${published}`);
    assert.equal(response.headers['accept-range'], '100');
    const { resultats } = response.json<{ resultats: Sheet[] }>();
    assert.equal(resultats.length, 50);
    assertNoNull(resultats);
    const { rows } = await sql<{ id: number }>`SELECT id FROM services WHERE status = 'publie' ORDER BY name_folded, id LIMIT 50`.execute(t.db);
    assert.deepEqual(resultats.map((sheet) => sheet.id), rows.map((row) => row.id), 'by name without keywords');
    for (const sheet of resultats) {
      assert.ok(Number.isInteger(sheet.id) && sheet.nom && sheet.fournisseur.nom && sheet.typeServiceLibelle && sheet.publicLibelle && sheet.prix.libelle);
      assert.match(sheet.urlFiche, new RegExp(`^http://localhost:3000/services/${sheet.slug}$`));
      assert.match(sheet.url, /^https?:\/\//);
      assert.ok(!Number.isNaN(Date.parse(sheet.dateMiseAJour)));
    }
  });

  test('a range holding every sheet answers 200; a later part 206; both with exact headers', async () => {
    const all = await list('?range=0-99');
    assert.equal(all.statusCode, 200);
    assert.equal(all.headers['content-range'], `fichesservices 0-${published - 1}/${published}`);
    assert.equal(all.headers['accept-range'], '100');
    const sheets = all.json<{ resultats: Sheet[] }>().resultats;
    assert.equal(sheets.length, published);
    assert.equal(new Set(sheets.map((sheet) => sheet.id)).size, published);

    const tail = await list('?range=50-99');
    assert.equal(tail.statusCode, 206);
    assert.equal(tail.headers['content-range'], `fichesservices 50-${published - 1}/${published}`);
    assert.deepEqual(
      tail.json<{ resultats: Sheet[] }>().resultats.map((sheet) => sheet.id),
      sheets.slice(50).map((sheet) => sheet.id),
      'the pages follow each other',
    );
  });

  test('bad ranges answer 400 in the partner shape', async () => {
    const tooLarge = assertPartnerError(await list('?range=0-100'), 400, 'RANGE_TOO_LARGE');
    assert.match(tooLarge.message, /trop importante.*100/);
    assertPartnerError(await list('?range=10-5'), 400, 'RANGE_INVALID');
    const malformed = assertPartnerError(await list('?range=dix'), 400, 'INVALID_PARAMETER');
    assert.match(malformed.message, /« range »/);
    assertPartnerError(await list('?range=500-510'), 400, 'RANGE_PAST_RESULTS');
  });

  test('nothing matching answers 204 without a body', async () => {
    const response = await list('?motsCles=xqzwykvb');
    assert.equal(response.statusCode, 204);
    assert.equal(response.body, '');
    assert.equal(response.headers['content-range'], undefined);
  });

  test('filters: typeService, thematique (either), public (services for everyone included), motsCles', async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM services WHERE status = 'publie' AND type = 'simulateur'`.execute(t.db);
    const simulators = await list('?typeService=simulateur');
    assert.equal(simulators.statusCode, 200);
    assert.equal(simulators.headers['content-range'], `fichesservices 0-${rows[0]!.n - 1}/${rows[0]!.n}`);
    const simulatorSheets = simulators.json<{ resultats: Sheet[] }>().resultats;
    assert.ok(simulatorSheets.length > 0 && simulatorSheets.every((sheet) => sheet.typeService === 'simulateur' && sheet.typeServiceLibelle === 'Simulateur'));

    const themes = (await list('?thematique=creer-son-entreprise,travailler-a-l-international&range=0-99')).json<{ resultats: Sheet[] }>().resultats;
    assert.ok(themes.length > 0);
    assert.ok(themes.every((sheet) => sheet.thematiques.some((theme) => ['creer-son-entreprise', 'travailler-a-l-international'].includes(theme.code))));
    assert.ok(themes.some((sheet) => sheet.thematiques.some((theme) => theme.code === 'creer-son-entreprise' && theme.libelle === 'Créer son entreprise')));

    const companies = (await list('?public=entreprises&range=0-99')).json<{ resultats: Sheet[] }>().resultats;
    assert.deepEqual(new Set(companies.map((sheet) => sheet.public)), new Set(['entreprises', 'tous']));

    const interview = (await list('?motsCles=entretien,embauche')).json<{ resultats: Sheet[] }>().resultats;
    assert.equal(interview[0]?.slug, 'reussir-l-entretien-d-embauche', 'the most relevant first');

    assertPartnerError(await list('?typeService=podcast'), 400, 'INVALID_PARAMETER');
    assertPartnerError(await list('?thematique=se-former,'), 400, 'INVALID_PARAMETER');
  });

  test('one sheet by id, with its provider, labels, URLs; 404 when unknown; 400 when the id is not a number', async () => {
    const caller = await partnerCaller(t, ['catalogue-des-services']);
    const { id } = await t.db.selectFrom('services').select('id').where('slug', '=', 'reussir-l-entretien-d-embauche').executeTakeFirstOrThrow();
    const response = await caller.get(`${BASE}/fichesservices/${id}`);
    assert.equal(response.statusCode, 200);
    const sheet = response.json<Sheet & { description: string; codesRome: string[] }>();
    assertNoNull(sheet);
    assert.equal(sheet.id, id);
    assert.equal(sheet.nom, "Réussir l'entretien d'embauche");
    assert.deepEqual(sheet.fournisseur, { nom: 'Pôle emploi', url: 'https://www.pole-emploi.fr.example' });
    assert.equal(sheet.typeService, 'mooc');
    assert.equal(sheet.typeServiceLibelle, 'MOOC');
    assert.deepEqual(sheet.thematiques, [{ code: 'preparer-sa-candidature', libelle: 'Préparer sa candidature' }]);
    assert.equal(sheet.public, 'candidats');
    assert.deepEqual(sheet.prix, { modele: 'gratuit', libelle: 'Gratuit' }, 'no price text: omitted, not null');
    assert.equal(sheet.url, 'https://www.pole-emploi.fr.example/mooc/reussir-l-entretien-d-embauche');
    assert.equal(sheet.urlFiche, 'http://localhost:3000/services/reussir-l-entretien-d-embauche');
    assert.equal(sheet.logo, 'http://localhost:3000/static/logos/reussir-l-entretien-d-embauche.svg');
    assert.ok(sheet.description.length > 100);

    assertPartnerError(await caller.get(`${BASE}/fichesservices/999999`), 404, 'SERVICE_NOT_FOUND');
    assertPartnerError(await caller.get(`${BASE}/fichesservices/abc`), 400, 'INVALID_PARAMETER');
    assertPartnerError(await caller.get(`${BASE}/fichesservices/0`), 400, 'INVALID_PARAMETER');
  });

  test('images: the logo and the screenshots, absolute URLs, alternative text, sizes when known', async () => {
    const caller = await partnerCaller(t, ['catalogue-des-services']);
    const { id } = await t.db.selectFrom('services').select('id').where('slug', '=', 'reussir-l-entretien-d-embauche').executeTakeFirstOrThrow();
    const mediaId = 'ab'.repeat(16);
    await t.db.insertInto('media_files').values({ id: mediaId, content_type: 'image/webp', bytes: Buffer.from('RIFF'), width: 1280, height: 720, purpose: 'screenshot', uploaded_by: null }).execute();
    await sql`UPDATE services SET screenshots = ${[`/media/${mediaId}.webp`, 'https://images.example.fr/capture.png']}::text[] WHERE id = ${id}`.execute(t.db);
    const response = await caller.get(`${BASE}/fichesservices/${id}/images`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), [
      { url: 'http://localhost:3000/static/logos/reussir-l-entretien-d-embauche.svg', type: 'logo', typeMime: 'image/svg+xml', texteAlternatif: "Logo de Réussir l'entretien d'embauche" },
      { url: `http://localhost:3000/media/${mediaId}.webp`, type: 'capture-ecran', typeMime: 'image/webp', texteAlternatif: "Capture d’écran 1 de Réussir l'entretien d'embauche", largeur: 1280, hauteur: 720 },
      { url: 'https://images.example.fr/capture.png', type: 'capture-ecran', typeMime: 'image/png', texteAlternatif: "Capture d’écran 2 de Réussir l'entretien d'embauche" },
    ]);
    assertPartnerError(await caller.get(`${BASE}/fichesservices/999999/images`), 404, 'SERVICE_NOT_FOUND');
  });

  test('an unpublished sheet is gone: 404 by id and for its images, and out of the list', async () => {
    const caller = await partnerCaller(t, ['catalogue-des-services']);
    const { id } = await t.db.selectFrom('services').select('id').where('slug', '=', 'reussir-l-entretien-d-embauche').executeTakeFirstOrThrow();
    await sql`UPDATE services SET status = 'depublie' WHERE id = ${id}`.execute(t.db);
    assertPartnerError(await caller.get(`${BASE}/fichesservices/${id}`), 404, 'SERVICE_NOT_FOUND');
    assertPartnerError(await caller.get(`${BASE}/fichesservices/${id}/images`), 404, 'SERVICE_NOT_FOUND');
    const all = await caller.get(`${BASE}/fichesservices?range=0-99`);
    assert.equal(all.headers['content-range'], `fichesservices 0-${published - 2}/${published - 1}`);
    assert.ok(!all.json<{ resultats: Sheet[] }>().resultats.some((sheet) => sheet.id === id));
  });
});
