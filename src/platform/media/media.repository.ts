import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { MediaFilesTable, MediaPurpose } from './media.table.js';

export type MediaFileRow = Selectable<MediaFilesTable>;
export type MediaInfo = Omit<MediaFileRow, 'bytes'>;

export async function insertMediaFile(db: Db, row: Omit<MediaFileRow, 'created_at'>): Promise<void> {
  await db.insertInto('media_files').values(row).execute();
}

/** What is served at /media/<id>.webp. */
export async function findMediaContent(db: Db, id: string): Promise<Pick<MediaFileRow, 'content_type' | 'bytes'> | undefined> {
  return db.selectFrom('media_files').select(['content_type', 'bytes']).where('id', '=', id).executeTakeFirst();
}

/** Everything but the bytes (to check who uploaded an image before linking it). */
export async function findMediaInfo(db: Db, id: string): Promise<MediaInfo | undefined> {
  return db.selectFrom('media_files').select(['id', 'content_type', 'width', 'height', 'purpose', 'uploaded_by', 'created_at']).where('id', '=', id).executeTakeFirst();
}

export async function deleteMediaFiles(db: Db, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await db.deleteFrom('media_files').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export type { MediaPurpose };
