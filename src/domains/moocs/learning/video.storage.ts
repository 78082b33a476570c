import { randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';

/** Videos are stored in rows of 1 MiB, so that a range request reads only the rows it needs. */
export const VIDEO_CHUNK_SIZE = 1024 * 1024;
/** Largest video accepted. */
export const VIDEO_MAX_BYTES = 200 * 1024 * 1024;

export type VideoContentType = 'video/mp4' | 'video/webm';

export interface StoredVideo {
  id: string;
  content_type: VideoContentType;
  size: number;
}

/** The container a file's first bytes announce: MP4 (an `ftyp` box at offset 4) or WebM (EBML header). */
export function sniffVideo(head: Uint8Array): VideoContentType | null {
  if (head.length >= 8 && Buffer.from(head.subarray(4, 8)).toString('latin1') === 'ftyp') return 'video/mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  return null;
}

async function* chunksOf(source: Buffer | AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    yield source;
    return;
  }
  for await (const part of source) yield Buffer.isBuffer(part) ? part : Buffer.from(part);
}

/**
 * Stores an uploaded video (a buffer or a stream, e.g. a multipart file) in 1 MiB rows, in one
 * transaction: nothing is kept if it is not an MP4/WebM matching `contentType` or is too large.
 * The id is random (32 hex digits), so public video URLs cannot be guessed.
 */
export async function storeVideo(
  db: Db,
  source: Buffer | AsyncIterable<Buffer | Uint8Array>,
  contentType: string,
  uploadedBy: number | null,
  maxBytes = VIDEO_MAX_BYTES,
): Promise<StoredVideo> {
  if (contentType !== 'video/mp4' && contentType !== 'video/webm') throw new AppError('VIDEO_TYPE_REFUSED');
  const id = randomBytes(16).toString('hex');
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('course_videos').values({ id, content_type: contentType, size: 1, uploaded_by: uploadedBy }).execute();
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let size = 0;
    let n = 0;
    let checked = false;
    const flush = async (all: boolean) => {
      let buffer = Buffer.concat(pending);
      while (buffer.length >= VIDEO_CHUNK_SIZE || (all && buffer.length > 0)) {
        const row = buffer.subarray(0, VIDEO_CHUNK_SIZE);
        await trx.insertInto('course_video_chunks').values({ video_id: id, n: n++, bytes: Buffer.from(row) }).execute();
        buffer = buffer.subarray(row.length);
      }
      pending = buffer.length ? [buffer] : [];
      pendingBytes = buffer.length;
    };
    for await (const part of chunksOf(source)) {
      size += part.length;
      if (size > maxBytes) throw new AppError('VIDEO_TOO_LARGE');
      pending.push(part);
      pendingBytes += part.length;
      if (!checked && pendingBytes >= 12) {
        if (sniffVideo(Buffer.concat(pending).subarray(0, 12)) !== contentType) throw new AppError('VIDEO_TYPE_REFUSED');
        checked = true;
      }
      if (pendingBytes >= VIDEO_CHUNK_SIZE) await flush(false);
    }
    if (!checked && (size < 12 || sniffVideo(Buffer.concat(pending)) !== contentType)) throw new AppError('VIDEO_TYPE_REFUSED');
    await flush(true);
    await trx.updateTable('course_videos').set({ size }).where('id', '=', id).execute();
    return { id, content_type: contentType, size };
  });
}

export async function findVideo(db: Db, id: string): Promise<StoredVideo | undefined> {
  if (!/^[a-f0-9]{32}$/.test(id)) return undefined;
  return db.selectFrom('course_videos').select(['id', 'content_type', 'size']).where('id', '=', id).executeTakeFirst();
}

/** The bytes `start`…`end` (inclusive) of a video, one row at a time (only the rows that hold them). */
export async function* streamVideoRange(db: Db, id: string, start: number, end: number): AsyncGenerator<Buffer> {
  const first = Math.floor(start / VIDEO_CHUNK_SIZE);
  const last = Math.floor(end / VIDEO_CHUNK_SIZE);
  for (let n = first; n <= last; n++) {
    const row = await db.selectFrom('course_video_chunks').select('bytes').where('video_id', '=', id).where('n', '=', n).executeTakeFirst();
    if (!row) throw new Error(`video ${id}: chunk ${n} is missing`);
    const offset = n * VIDEO_CHUNK_SIZE;
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset + 1, row.bytes.length);
    yield Buffer.from(row.bytes.subarray(from, to));
  }
}

/** The bytes `start`…`end` (inclusive) of a video in one buffer (small ranges, tests). */
export async function readVideoRange(db: Db, id: string, start: number, end: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of streamVideoRange(db, id, start, end)) parts.push(part);
  return Buffer.concat(parts);
}

export type ByteRange = { start: number; end: number };

/**
 * A `Range` header against a file of `size` bytes: one range (`bytes=a-b`, `bytes=a-`, `bytes=-n`),
 * 'unsatisfiable' (→ 416), or null when absent, malformed or multiple (→ the whole file, as RFC 9110 allows).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, a = '', b = ''] = match;
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(a);
  if (b !== '' && Number(b) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: b === '' ? size - 1 : Math.min(Number(b), size - 1) };
}
