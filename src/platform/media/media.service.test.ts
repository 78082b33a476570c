import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { PDF, pngBomb, SVG_WITH_SCRIPT, testImage } from '../../../test/helpers/images.js';
import type { DatabaseHandle } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { MAX_UPLOAD_BYTES, type UploadedFile } from '../http/multipart.js';
import { findMediaInfo, mediaIdFromPath, storeImage, uploadErrorMessage } from './index.js';
import { findMediaContent } from './media.repository.js';

const file = (data: Buffer, filename = 'image.png', mimetype = 'image/png'): UploadedFile => ({ filename, mimetype, data, truncated: false });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, `not an AppError: ${String(error)}`);
    return error;
  }
  assert.fail('the upload was accepted');
}

describe('storeImage', () => {
  let database: DatabaseHandle;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => database.close());

  async function storedBytes(path: string): Promise<Buffer> {
    const row = await findMediaContent(database.db, mediaIdFromPath(path)!);
    assert.ok(row);
    assert.equal(row.content_type, 'image/webp');
    return Buffer.from(row.bytes);
  }

  for (const format of ['png', 'jpeg', 'webp'] as const) {
    test(`a ${format.toUpperCase()} is stored as a WebP within the screenshot box`, async () => {
      const stored = await storeImage(database.db, file(await testImage(format, 2400, 900), `capture.${format}`, `image/${format}`), 'screenshot', null);
      assert.match(stored.id, /^[a-f0-9]{32}$/);
      assert.equal(stored.path, `/media/${stored.id}.webp`);
      assert.deepEqual([stored.width, stored.height], [1600, 600]);
      const bytes = await storedBytes(stored.path);
      const metadata = await sharp(bytes).metadata();
      assert.equal(metadata.format, 'webp');
      assert.deepEqual([metadata.width, metadata.height], [1600, 600]);
      const info = await findMediaInfo(database.db, stored.id);
      assert.equal(info?.purpose, 'screenshot');
      assert.equal(info?.uploaded_by, null);
    });
  }

  test('a logo fits inside 512 × 512, a small image is never enlarged, transparency is kept', async () => {
    const logo = await storeImage(database.db, file(await testImage('png', 1000, 2000, { alpha: true })), 'logo', null);
    assert.deepEqual([logo.width, logo.height], [256, 512]);
    assert.equal((await sharp(await storedBytes(logo.path)).metadata()).hasAlpha, true);
    const small = await storeImage(database.db, file(await testImage('png', 40, 30)), 'logo', null);
    assert.deepEqual([small.width, small.height], [40, 30]);
  });

  test('EXIF (GPS position, camera, comments) is stripped and the orientation applied', async () => {
    const photo = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#c00' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'AppareilSecret', ImageDescription: 'chez-moi-rue-des-lilas' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1', GPSMapDatum: 'WGS-84' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(photo).metadata();
    assert.ok(before.exif?.includes(Buffer.from('AppareilSecret')) && before.exif.includes(Buffer.from('WGS-84')), 'the fixture carries EXIF with a GPS position');
    assert.equal(before.orientation, 6);
    const stored = await storeImage(database.db, file(photo, 'photo.jpg', 'image/jpeg'), 'screenshot', null);
    assert.deepEqual([stored.width, stored.height], [20, 60], 'turned a quarter as the orientation says');
    const bytes = await storedBytes(stored.path);
    const after = await sharp(bytes).metadata();
    assert.equal(after.exif, undefined);
    assert.equal(after.icc, undefined);
    assert.equal(after.orientation, undefined);
    for (const secret of ['AppareilSecret', 'chez-moi', 'WGS-84', 'Exif']) assert.equal(bytes.includes(Buffer.from(secret)), false, secret);
  });

  test('2 MB pass, 2 MB and one byte (or a file the upload cut) are refused in French', async () => {
    // A valid JPEG padded to exactly 2 MB with a comment-free trailer is still an image.
    const jpeg = await testImage('jpeg', 50, 50);
    const exact = Buffer.concat([jpeg, Buffer.alloc(MAX_UPLOAD_BYTES - jpeg.length)]);
    assert.equal(exact.length, MAX_UPLOAD_BYTES);
    await storeImage(database.db, file(exact), 'logo', null);
    const over = await refusal(storeImage(database.db, file(Buffer.concat([exact, Buffer.from([0])])), 'logo', null));
    assert.equal(over.code, 'UPLOAD_TOO_LARGE');
    assert.equal(over.status, 413);
    assert.match(over.message, /dépasse 2 Mo/);
    const cut = await refusal(storeImage(database.db, { filename: 'x.png', mimetype: 'image/png', data: Buffer.alloc(0), truncated: true }, 'logo', null));
    assert.equal(cut.code, 'UPLOAD_TOO_LARGE');
  });

  test('an empty file is refused', async () => {
    const error = await refusal(storeImage(database.db, file(Buffer.alloc(0)), 'logo', null));
    assert.equal(error.code, 'UPLOAD_INVALID_IMAGE');
    assert.match(error.message, /vide/);
  });

  test('other types are refused whatever their name and declared type: PDF, GIF, text', async () => {
    for (const [data, name] of [
      [PDF, 'document.png'],
      [await testImage('gif', 20, 20), 'anime.png'],
      [Buffer.from('Bonjour, je ne suis pas une image.\n'), 'texte.png'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'page.jpg'],
    ] as const) {
      const error = await refusal(storeImage(database.db, file(data, name, 'image/png'), 'logo', null));
      assert.equal(error.code, 'UPLOAD_TYPE_REFUSED', name);
      assert.equal(error.status, 415);
      assert.match(error.message, /PNG, JPEG ou WebP/);
    }
  });

  test('an SVG is refused as such, even named .png, sent as image/png, with a BOM or without XML declaration', async () => {
    const variants = [
      SVG_WITH_SCRIPT,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  <!-- logo -->\n<SVG xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></SVG>')]),
      Buffer.from('<!DOCTYPE svg><svg onload="alert(1)"/>'),
    ];
    for (const data of variants) {
      const error = await refusal(storeImage(database.db, file(data, 'logo.png', 'image/png'), 'logo', null));
      assert.equal(error.code, 'UPLOAD_SVG_REFUSED');
      assert.match(error.message, /SVG/);
    }
  });

  test('polyglots are neutralised: the stored bytes are a fresh WebP without the payload', async () => {
    const html = '<html><body><script>fetch("/mon-espace").then(r=>r.text()).then(alert)</script></body></html>';
    const php = '<?php system($_GET["c"]); ?>';
    const jpegHtml = Buffer.concat([await testImage('jpeg', 30, 30), Buffer.from(html)]);
    // A PNG followed by a ZIP archive holding a PHP script (stored, not compressed: readable).
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('shell.php'), Buffer.from(php)]);
    const pngZip = Buffer.concat([await testImage('png', 30, 30), zip]);
    // A JPEG comment segment (COM, FF FE) with HTML inside the image itself.
    const jpeg = await testImage('jpeg', 30, 30);
    const comment = Buffer.from(html);
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]), comment]);
    const jpegComment = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    for (const [data, payload] of [
      [jpegHtml, html],
      [pngZip, php],
      [jpegComment, html],
    ] as const) {
      assert.ok(data.includes(Buffer.from(payload)));
      const stored = await storeImage(database.db, file(data), 'screenshot', null);
      const bytes = await storedBytes(stored.path);
      assert.equal(bytes.includes(Buffer.from('<script')), false);
      assert.equal(bytes.includes(Buffer.from('<?php')), false);
      assert.equal(bytes.includes(Buffer.from('PK')), false);
      assert.equal(bytes.toString('latin1', 0, 4), 'RIFF');
      assert.equal((await sharp(bytes).metadata()).format, 'webp');
    }
  });

  test('a truncated or corrupt image is refused', async () => {
    const png = await testImage('png', 200, 200, { noise: true });
    const truncated = png.subarray(0, Math.floor(png.length / 2));
    const corrupt = Buffer.from(png);
    for (let i = 200; i < corrupt.length - 100; i += 97) corrupt.writeUInt8(corrupt.readUInt8(i) ^ 0xff, i);
    const headerOnly = png.subarray(0, 40);
    const jpegTruncated = (await testImage('jpeg', 200, 200, { noise: true })).subarray(0, 3000);
    for (const data of [truncated, corrupt, headerOnly, jpegTruncated]) {
      const error = await refusal(storeImage(database.db, file(data), 'screenshot', null));
      assert.equal(error.code, 'UPLOAD_INVALID_IMAGE');
      assert.match(error.message, /n'est pas une image lisible/);
    }
  });

  test('a decompression bomb (a few kilobytes declaring 20000 × 20000 pixels) is refused', async () => {
    const bomb = pngBomb(20000, 20000);
    assert.ok(bomb.length < MAX_UPLOAD_BYTES, `${bomb.length} bytes`);
    const started = Date.now();
    const error = await refusal(storeImage(database.db, file(bomb), 'screenshot', null));
    assert.equal(error.code, 'UPLOAD_INVALID_IMAGE');
    assert.match(error.message, /trop de pixels/);
    assert.ok(Date.now() - started < 2000, 'refused before decoding');
  });

  test('nothing refused is stored', async () => {
    const before = await database.db.selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await refusal(storeImage(database.db, file(PDF), 'logo', null));
    await refusal(storeImage(database.db, file(SVG_WITH_SCRIPT), 'logo', null));
    const after = await database.db.selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('uploadErrorMessage gives the French message of upload refusals only', () => {
    assert.match(uploadErrorMessage(new AppError('UPLOAD_TOO_LARGE')) ?? '', /2 Mo/);
    assert.equal(uploadErrorMessage(new AppError('NOT_FOUND')), undefined);
    assert.equal(uploadErrorMessage(new Error('x')), undefined);
  });

  test('mediaIdFromPath reads only our own paths', () => {
    assert.equal(mediaIdFromPath('/media/0123456789abcdef0123456789abcdef.webp'), '0123456789abcdef0123456789abcdef');
    for (const other of ['/media/../x.webp', 'https://ailleurs.example/media/0123456789abcdef0123456789abcdef.webp', '/media/0123456789ABCDEF0123456789abcdef.webp', '', null]) {
      assert.equal(mediaIdFromPath(other), null);
    }
  });
});
