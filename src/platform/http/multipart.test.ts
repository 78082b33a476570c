import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import sharp from 'sharp';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { testImage, SVG_WITH_SCRIPT } from '../../../test/helpers/images.js';
import { TestClient } from '../../../test/helpers/client.js';
import { multipartBody } from '../../../test/helpers/multipart.js';
import type { DatabaseHandle } from '../db/database.js';
import { CsrfField, ErrorSummary, type FieldErrors } from '../html/forms.js';
import { ImageUpload, type StoredImage, storeImage, uploadErrorMessage } from '../media/index.js';
import { MAX_UPLOAD_BYTES, type MultipartBody, multipartBodySchema, uploadedFile, uploadedFiles } from './multipart.js';

/**
 * The real portal (every plugin: access, CSRF, errors, multipart, /media) plus a form route
 * written as the partner-space routes are, registered before the app is ready.
 */
describe('multipart forms', () => {
  let app: FastifyInstance;
  let database: DatabaseHandle;
  let client: TestClient;
  before(async () => {
    database = await createTestDatabase();
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: database.db });
    app.get('/essai/televersement', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.page(
        { title: 'Essai' },
        h(
          'form',
          { method: 'post', action: '/essai/televersement', enctype: 'multipart/form-data' },
          h(CsrfField, { token: reply.generateCsrf() }),
          h(ImageUpload, { name: 'logo', label: 'Logo', error: 'Le fichier dépasse 2 Mo : réduisez sa taille et réessayez.' }),
          h(ImageUpload, { name: 'captures', label: 'Captures d’écran', multiple: true }),
        ),
      ),
    );
    app.post(
      '/essai/televersement',
      { config: { access: 'public', multipart: true }, schema: { hide: true, body: multipartBodySchema(['titre'], ['logo', 'captures']) } },
      async (request, reply) => {
        const body = request.body as MultipartBody<'titre', 'logo' | 'captures'>;
        const errors: FieldErrors = {};
        const saved: { logo?: StoredImage; captures: StoredImage[] } = { captures: [] };
        const logo = uploadedFile(body.logo);
        try {
          if (logo) saved.logo = await storeImage(app.db, logo, 'logo', null);
          for (const file of uploadedFiles(body.captures)) saved.captures.push(await storeImage(app.db, file, 'screenshot', null));
        } catch (error) {
          const message = uploadErrorMessage(error);
          if (!message) throw error;
          errors[logo && !saved.logo ? 'logo' : 'captures'] = message;
        }
        if (Object.keys(errors).length) {
          return reply.status(400).page({ title: 'Essai' }, h('div', null, h(ErrorSummary, { errors }), h('p', { id: 'titre' }, body.titre ?? '')));
        }
        return { titre: body.titre ?? null, ...saved, filenames: [logo?.filename, ...uploadedFiles(body.captures).map((file) => file.filename)] };
      },
    );
    app.post('/essai/reserve', { config: { access: 'verified', multipart: true }, schema: { hide: true, body: multipartBodySchema([], ['logo']) } }, async () => ({ ok: true }));
    await app.ready();
    client = new TestClient(app);
    const form = await client.get('/essai/televersement'); // the CSRF cookie and token, as a visitor's browser has them
    assert.ok(client.csrfToken);
    assert.match(form.body, /enctype="multipart\/form-data"/);
    assert.match(form.body, /<input class="fr-upload" type="file" id="champ-logo" name="logo" accept="image\/png,image\/jpeg,image\/webp" aria-describedby="champ-logo-aide champ-logo-erreur" aria-invalid="true"\/>/);
    assert.match(form.body, /<input class="fr-upload" type="file" id="champ-captures" name="captures" accept="image\/png,image\/jpeg,image\/webp" multiple/);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const mediaCount = async () => Number((await database.db.selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('text fields and files arrive together; images are stored and served as WebP', async () => {
    const logo = await testImage('png', 800, 400, { alpha: true });
    const capture = await testImage('jpeg', 1920, 1080);
    const response = await client.postMultipart('/essai/televersement', { titre: 'Café à Lyon — « essai »' }, [
      { field: 'logo', filename: 'logo.png', contentType: 'image/png', data: logo },
      { field: 'captures', filename: 'accueil.jpg', contentType: 'image/jpeg', data: capture },
      { field: 'captures', filename: 'résultats.jpg', contentType: 'image/jpeg', data: capture },
    ]);
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    const body = response.json();
    assert.equal(body.titre, 'Café à Lyon — « essai »');
    assert.deepEqual(body.filenames, ['logo.png', 'accueil.jpg', 'résultats.jpg']);
    assert.deepEqual([body.logo.width, body.logo.height], [512, 256]);
    assert.equal(body.captures.length, 2);
    assert.deepEqual([body.captures[0].width, body.captures[0].height], [1600, 900]);
    const image = await app.inject({ url: body.logo.path });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/webp');
    const metadata = await sharp(image.rawPayload).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['webp', 512, 256]);
  });

  test('an empty file input means no file', async () => {
    const before = await mediaCount();
    const response = await client.postMultipart('/essai/televersement', { titre: 'Sans logo' }, [
      { field: 'logo', filename: '', data: Buffer.alloc(0) },
      { field: 'captures', filename: '', data: Buffer.alloc(0) },
    ]);
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    assert.equal(response.json().logo, undefined);
    assert.deepEqual(response.json().captures, []);
    assert.equal(await mediaCount(), before);
  });

  test('a url-encoded post to a multipart route still works (a form without its file)', async () => {
    const response = await client.post('/essai/televersement', { titre: 'Simple' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().titre, 'Simple');
  });

  test('a file over 2 MB is a French form error (413 reason, 400 form), never a 500; the text is kept', async () => {
    const jpeg = await testImage('jpeg', 50, 50);
    for (const size of [MAX_UPLOAD_BYTES + 1, 12 * 1024 * 1024]) {
      const big = Buffer.concat([jpeg, Buffer.alloc(size - jpeg.length, 1)]);
      const before = await mediaCount();
      const response = await client.postMultipart('/essai/televersement', { titre: 'Trop lourd' }, [{ field: 'logo', filename: 'photo.jpg', contentType: 'image/jpeg', data: big }]);
      assert.equal(response.statusCode, 400, String(size));
      assert.match(response.body, /Le fichier dépasse 2 Mo : réduisez sa taille et réessayez\./);
      assert.match(response.body, /href="#champ-logo"/);
      assert.match(response.body, /<p id="titre">Trop lourd<\/p>/);
      assert.equal(await mediaCount(), before);
    }
    const exact = Buffer.concat([jpeg, Buffer.alloc(MAX_UPLOAD_BYTES - jpeg.length)]);
    const ok = await client.postMultipart('/essai/televersement', {}, [{ field: 'logo', filename: 'photo.jpg', data: exact }]);
    assert.equal(ok.statusCode, 200, 'exactly 2 MB is accepted');
  });

  test('an SVG sent as logo.png, image/png, is refused with its French message', async () => {
    const response = await client.postMultipart('/essai/televersement', {}, [{ field: 'logo', filename: 'logo.png', contentType: 'image/png', data: SVG_WITH_SCRIPT }]);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Les images SVG sont refusées/);
    assert.doesNotMatch(response.body, /alert\(document\.cookie\)/);
  });

  test('CSRF is enforced on multipart posts: no token or a wrong one is refused, nothing stored', async () => {
    const before = await mediaCount();
    const png = await testImage('png', 20, 20);
    for (const token of ['', 'jeton-invente']) {
      const response = await client.postMultipart('/essai/televersement', { _csrf: token }, [{ field: 'logo', filename: 'logo.png', data: png }]);
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /Le formulaire a expiré/);
    }
    const stranger = new TestClient(app); // a token without its cookie (another site's form)
    stranger.csrfToken = client.csrfToken;
    const response = await stranger.postMultipart('/essai/televersement', {}, [{ field: 'logo', filename: 'logo.png', data: png }]);
    assert.equal(response.statusCode, 403);
    assert.equal(await mediaCount(), before);
  });

  test('more files than allowed are refused in French', async () => {
    const png = await testImage('png', 10, 10);
    const files = Array.from({ length: 7 }, (_, i) => ({ field: 'captures', filename: `c${i}.png`, data: png }));
    const response = await client.postMultipart('/essai/televersement', {}, files);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Trop de fichiers envoyés en une fois : 6 au plus\./);
  });

  test('a body over 20 MB is refused before reading it (413, French), as is multipart on a route not expecting it (415)', async () => {
    const { payload, contentType } = multipartBody({ _csrf: client.csrfToken }, [{ field: 'logo', filename: 'enorme.png', data: Buffer.alloc(21 * 1024 * 1024) }]);
    const big = await app.inject({ method: 'POST', url: '/essai/televersement', headers: { 'content-type': contentType, cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, payload });
    assert.equal(big.statusCode, 413);
    assert.match(big.body, /trop volumineux/);
    assert.equal(big.headers.connection, 'close');
    const elsewhere = await client.postMultipart('/connexion', { email: 'a@example.org', password: 'x' });
    assert.equal(elsewhere.statusCode, 415);
    assert.match(elsewhere.body, /ne reçoit pas de fichiers/);
  });

  test('who may post is checked before the body is read', async () => {
    const response = await client.postMultipart('/essai/reserve', {}, [{ field: 'logo', filename: 'logo.png', data: await testImage('png', 10, 10) }]);
    assert.equal(response.statusCode, 401);
    // A malformed body would be a 400 if it were read first.
    const cut = multipartBody({ _csrf: client.csrfToken }, [{ field: 'logo', filename: 'a.png', data: Buffer.alloc(1000) }]);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const unread = await app.inject({ method: 'POST', url: '/essai/reserve', headers: { 'content-type': cut.contentType, cookie }, payload: cut.payload.subarray(0, 300) });
    assert.equal(unread.statusCode, 401);
  });

  test('malformed bodies are 400s in French, never 500s', async () => {
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const send = (contentType: string, payload: string | Buffer) => app.inject({ method: 'POST', url: '/essai/televersement', headers: { 'content-type': contentType, cookie }, payload });
    const noBoundary = await send('multipart/form-data', 'abc');
    assert.equal(noBoundary.statusCode, 400);
    const cut = multipartBody({ _csrf: client.csrfToken, titre: 'x' }, [{ field: 'logo', filename: 'a.png', data: await testImage('png', 10, 10) }]);
    const truncated = await send(cut.contentType, cut.payload.subarray(0, cut.payload.length - 40));
    assert.equal(truncated.statusCode, 400);
    assert.match(truncated.body, /incomplet ou mal formé/);
    // A text part declared as JSON: form fields are text, nothing else.
    const boundary = 'xYz';
    const json = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${client.csrfToken}\r\n--${boundary}\r\nContent-Disposition: form-data; name="titre"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n--${boundary}--\r\n`);
    const jsonPart = await send(`multipart/form-data; boundary=${boundary}`, json);
    assert.equal(jsonPart.statusCode, 400);
    const proto = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nx\r\n--${boundary}--\r\n`);
    assert.equal((await send(`multipart/form-data; boundary=${boundary}`, proto)).statusCode, 400);
    const tooLong = await client.postMultipart('/essai/televersement', { titre: 'é'.repeat(250_000) });
    assert.equal(tooLong.statusCode, 413);
  });

  test('an object in a JSON body is never taken for an uploaded file', async () => {
    const png = await testImage('png', 10, 10);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await app.inject({
      method: 'POST',
      url: '/essai/televersement',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': client.csrfToken },
      payload: JSON.stringify({ titre: 'JSON', logo: { filename: 'logo.png', mimetype: 'image/png', data: png.toString('base64'), truncated: false } }),
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().logo, undefined);
  });
});
