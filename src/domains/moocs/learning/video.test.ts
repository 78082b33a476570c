import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { AppError } from '../../../platform/http/errors.js';
import { parseRange, readVideoRange, storeVideo, VIDEO_CHUNK_SIZE } from './video.storage.js';

/** A fake MP4 of `size` bytes: an ftyp box, then bytes whose value depends on their offset. */
function fakeMp4(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 10)) & 0xff;
  bytes.write('\x00\x00\x00\x18ftypisom', 0, 'latin1');
  return bytes;
}

describe('range parsing', () => {
  test('single ranges, suffixes, open ends, unsatisfiable and ignored headers', () => {
    assert.deepEqual(parseRange('bytes=0-99', 1000), { start: 0, end: 99 });
    assert.deepEqual(parseRange('bytes=900-', 1000), { start: 900, end: 999 });
    assert.deepEqual(parseRange('bytes=-100', 1000), { start: 900, end: 999 });
    assert.deepEqual(parseRange('bytes=-5000', 1000), { start: 0, end: 999 });
    assert.deepEqual(parseRange('bytes=990-5000', 1000), { start: 990, end: 999 });
    assert.equal(parseRange('bytes=1000-', 1000), 'unsatisfiable');
    assert.equal(parseRange('bytes=-0', 1000), 'unsatisfiable');
    assert.equal(parseRange(undefined, 1000), null);
    assert.equal(parseRange('bytes=5-1', 1000), null);
    assert.equal(parseRange('bytes=0-1,5-6', 1000), null);
    assert.equal(parseRange('items=0-1', 1000), null);
  });
});

describe('videos: storage in 1 MiB rows and range requests', () => {
  let t: TestApp;
  const size = 2 * VIDEO_CHUNK_SIZE + 12345;
  const original = fakeMp4(size);
  let id = '';
  before(async () => {
    t = await buildTestApp({ seed: false });
    // Streamed in odd-sized pieces, as a multipart upload would be.
    const pieces = [];
    for (let offset = 0; offset < size; offset += 300_001) pieces.push(original.subarray(offset, offset + 300_001));
    id = (await storeVideo(t.db, Readable.from(pieces), 'video/mp4', null)).id;
  });
  after(async () => t.close());

  test('stored in rows of 1 MiB, readable across row boundaries', async () => {
    assert.match(id, /^[a-f0-9]{32}$/);
    const rows = await t.db.selectFrom('course_video_chunks').select(['n', 'bytes']).where('video_id', '=', id).orderBy('n').execute();
    assert.deepEqual(rows.map((row) => row.bytes.length), [VIDEO_CHUNK_SIZE, VIDEO_CHUNK_SIZE, 12345]);
    const video = await t.db.selectFrom('course_videos').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(Number(video.size), size);
    const start = VIDEO_CHUNK_SIZE - 10;
    assert.ok((await readVideoRange(t.db, id, start, VIDEO_CHUNK_SIZE + 9)).equals(original.subarray(start, VIDEO_CHUNK_SIZE + 10)));
  });

  test('refuses what is not an MP4/WebM, or too large, and keeps nothing', async () => {
    const before = await t.db.selectFrom('course_videos').select('id').execute();
    const refuse = async (promise: Promise<unknown>, code: string) => assert.rejects(promise, (error: unknown) => error instanceof AppError && error.code === code);
    await refuse(storeVideo(t.db, Buffer.from('<html>not a video</html>'), 'video/mp4', null), 'VIDEO_TYPE_REFUSED');
    await refuse(storeVideo(t.db, fakeMp4(100), 'video/webm', null), 'VIDEO_TYPE_REFUSED');
    await refuse(storeVideo(t.db, fakeMp4(100), 'image/png', null), 'VIDEO_TYPE_REFUSED');
    await refuse(storeVideo(t.db, fakeMp4(5000), 'video/mp4', null, 4000), 'VIDEO_TOO_LARGE');
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(60, 1)]);
    const stored = await storeVideo(t.db, webm, 'video/webm', null);
    assert.equal(stored.size, 64);
    assert.equal((await t.db.selectFrom('course_videos').select('id').execute()).length, before.length + 1);
  });

  test('whole file: 200 with accept-ranges', async () => {
    const response = await t.app.inject({ url: `/moocs/videos/${id}` });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['accept-ranges'], 'bytes');
    assert.equal(response.headers['content-type'], 'video/mp4');
    assert.equal(Number(response.headers['content-length']), size);
    assert.ok(response.rawPayload.equals(original));
  });

  test('ranges: exact bytes across chunk boundaries, open end, suffix', async () => {
    const cases: [string, number, number][] = [
      [`bytes=${VIDEO_CHUNK_SIZE - 5}-${VIDEO_CHUNK_SIZE + 4}`, VIDEO_CHUNK_SIZE - 5, VIDEO_CHUNK_SIZE + 4],
      [`bytes=0-0`, 0, 0],
      [`bytes=${2 * VIDEO_CHUNK_SIZE}-`, 2 * VIDEO_CHUNK_SIZE, size - 1],
      ['bytes=-500', size - 500, size - 1],
      [`bytes=100-${size + 1000}`, 100, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const response = await t.app.inject({ url: `/moocs/videos/${id}`, headers: { range } });
      assert.equal(response.statusCode, 206, range);
      assert.equal(response.headers['content-range'], `bytes ${start}-${end}/${size}`, range);
      assert.equal(Number(response.headers['content-length']), end - start + 1, range);
      assert.ok(response.rawPayload.equals(original.subarray(start, end + 1)), range);
    }
  });

  test('416 when the range starts past the end; HEAD gives the headers only; unknown ids 404', async () => {
    const refused = await t.app.inject({ url: `/moocs/videos/${id}`, headers: { range: `bytes=${size}-` } });
    assert.equal(refused.statusCode, 416);
    assert.equal(refused.headers['content-range'], `bytes */${size}`);
    const head = await t.app.inject({ method: 'HEAD', url: `/moocs/videos/${id}`, headers: { range: 'bytes=0-99' } });
    assert.equal(head.statusCode, 206);
    assert.equal(head.headers['content-length'], '100');
    assert.equal(head.headers['accept-ranges'], 'bytes');
    assert.equal(head.rawPayload.length, 0);
    const headAll = await t.app.inject({ method: 'HEAD', url: `/moocs/videos/${id}` });
    assert.equal(headAll.statusCode, 200);
    assert.equal(Number(headAll.headers['content-length']), size);
    assert.equal((await t.app.inject({ url: '/moocs/videos/inconnu' })).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/moocs/videos/${'0'.repeat(32)}` })).statusCode, 404);
  });
});
