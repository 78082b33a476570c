import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { testImage } from '../../../test/helpers/images.js';
import { type StoredImage, storeImage } from './index.js';

describe('GET /media/:file', () => {
  let t: TestApp;
  let image: StoredImage;
  before(async () => {
    t = await buildTestApp({ seed: false });
    image = await storeImage(t.db, { filename: 'logo.png', mimetype: 'image/png', data: await testImage('png', 300, 200), truncated: false }, 'logo', null);
  });
  after(async () => t.close());

  test('serves the WebP, immutable, sandboxed, never sniffed, with an ETag', async () => {
    const response = await t.app.inject({ url: image.path });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'image/webp');
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['content-security-policy'], "default-src 'none'; sandbox");
    assert.equal(response.headers.etag, `"${image.id}"`);
    assert.equal(Number(response.headers['content-length']), response.rawPayload.length);
    assert.equal(response.headers['set-cookie'], undefined);
    const metadata = await sharp(response.rawPayload).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['webp', 300, 200]);
  });

  test('HEAD answers the headers without the bytes; a known ETag gets a 304', async () => {
    const head = await t.app.inject({ method: 'HEAD', url: image.path });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['content-type'], 'image/webp');
    assert.equal(head.rawPayload.length, 0);
    const cached = await t.app.inject({ url: image.path, headers: { 'if-none-match': `"autre", "${image.id}"` } });
    assert.equal(cached.statusCode, 304);
    assert.equal(cached.rawPayload.length, 0);
    const stale = await t.app.inject({ url: image.path, headers: { 'if-none-match': '"autre"' } });
    assert.equal(stale.statusCode, 200);
  });

  test('an unknown image or any other name is a French 404 page, not cached for a year', async () => {
    for (const url of ['/media/0123456789abcdef0123456789abcdef.webp', '/media/inconnu', `/media/${image.id}.png`, `/media/${image.id.toUpperCase()}.webp`, `/media/${image.id}.webp.html`, '/media/..%2f..%2fetc%2fpasswd']) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.match(response.headers['content-type'] as string, /^text\/html/);
      assert.match(response.body, /Cette image n&#39;existe pas|Cette image n'existe pas/, url);
      assert.notEqual(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    }
    const head = await t.app.inject({ method: 'HEAD', url: '/media/0123456789abcdef0123456789abcdef.webp' });
    assert.equal(head.statusCode, 404);
  });
});
