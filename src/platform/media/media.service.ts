import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Db } from '../db/database.js';
import { AppError, isAppError } from '../http/errors.js';
import { MAX_UPLOAD_BYTES, type UploadedFile } from '../http/multipart.js';
import { looksLikeSvg, sniffImageFormat } from './image-sniff.js';
import { insertMediaFile } from './media.repository.js';
import type { MediaPurpose } from './media.table.js';

/** An image kept in media_files, served at `path`. */
export interface StoredImage {
  /** 32 hexadecimal characters. */
  id: string;
  /** `/media/<id>.webp`: what pages put in `<img src>` and what rows keep (e.g. organisations.logo_path). */
  path: string;
  width: number;
  height: number;
}

/** A checked, re-encoded image, not yet saved (so that a route can save it in its own transaction). */
export interface ProcessedImage {
  purpose: MediaPurpose;
  contentType: 'image/webp';
  data: Buffer;
  width: number;
  height: number;
}

/** Against decompression bombs: a few kilobytes may declare billions of pixels. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** Stored images fit inside these boxes (never enlarged). */
export const IMAGE_BOXES: Record<MediaPurpose, { width: number; height: number; quality: number }> = {
  logo: { width: 512, height: 512, quality: 90 },
  screenshot: { width: 1600, height: 1200, quality: 82 },
};

const MEDIA_PATH = /^\/media\/([a-f0-9]{32})\.webp$/;

export function mediaPath(id: string): string {
  return `/media/${id}.webp`;
}

/** The id in a `/media/<id>.webp` path, or null for anything else. */
export function mediaIdFromPath(path: string | null | undefined): string | null {
  return (path && MEDIA_PATH.exec(path)?.[1]) || null;
}

/**
 * Checks an upload and re-encodes it as a fresh WebP: no metadata (EXIF, GPS, ICC profiles,
 * comments), orientation applied, within its purpose's box. Whatever was appended to or hidden
 * in the file (HTML, scripts, archives) is not in the new bytes. Throws UPLOAD_* AppErrors, in
 * this order: empty, too large, SVG, not PNG/JPEG/WebP by its first bytes, unreadable.
 */
export async function processImage(file: UploadedFile, purpose: MediaPurpose): Promise<ProcessedImage> {
  if (!file.truncated && file.data.length === 0) throw new AppError('UPLOAD_INVALID_IMAGE', 'Le fichier envoyé est vide : choisissez une image PNG, JPEG ou WebP.');
  if (file.truncated || file.data.length > MAX_UPLOAD_BYTES) throw new AppError('UPLOAD_TOO_LARGE');
  if (looksLikeSvg(file.data)) throw new AppError('UPLOAD_SVG_REFUSED');
  const format = sniffImageFormat(file.data);
  if (!format) throw new AppError('UPLOAD_TYPE_REFUSED');
  const box = IMAGE_BOXES[purpose];
  try {
    // The header alone (no pixel decoded) says the format and the size.
    const metadata = await sharp(file.data, { failOn: 'error', limitInputPixels: false }).metadata();
    if (metadata.format !== format || !metadata.width || !metadata.height) throw new AppError('UPLOAD_INVALID_IMAGE');
    if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
      throw new AppError('UPLOAD_INVALID_IMAGE', `L'image a trop de pixels (${metadata.width} × ${metadata.height}) : 40 millions au plus, par exemple 8000 × 5000.`);
    }
    const { data, info } = await sharp(file.data, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true, pages: 1 })
      .autoOrient()
      .resize({ width: box.width, height: box.height, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: box.quality, alphaQuality: 100 })
      .toBuffer({ resolveWithObject: true });
    return { purpose, contentType: 'image/webp', data, width: info.width, height: info.height };
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('UPLOAD_INVALID_IMAGE', undefined, [], { cause: error });
  }
}

/**
 * Saves a processed image. Its id is random (128 bits), not a hash of the content: nobody can
 * learn whether someone else uploaded the same image, each upload is a row of its own (deleting
 * one never breaks another's link), and ids cannot be guessed.
 */
export async function saveImage(db: Db, image: ProcessedImage, uploadedBy: number | null): Promise<StoredImage> {
  const id = randomBytes(16).toString('hex');
  await insertMediaFile(db, { id, content_type: image.contentType, bytes: image.data, width: image.width, height: image.height, purpose: image.purpose, uploaded_by: uploadedBy });
  return { id, path: mediaPath(id), width: image.width, height: image.height };
}

/** processImage then saveImage. */
export async function storeImage(db: Db, file: UploadedFile, purpose: MediaPurpose, uploadedBy: number | null): Promise<StoredImage> {
  return saveImage(db, await processImage(file, purpose), uploadedBy);
}

/** The French message of an upload refusal (to show next to the file field), or undefined for any other error (rethrow it). */
export function uploadErrorMessage(error: unknown): string | undefined {
  return isAppError(error) && error.code.startsWith('UPLOAD_') ? error.message : undefined;
}
