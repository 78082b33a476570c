import type { Generated } from 'kysely';

export type MediaPurpose = 'logo' | 'screenshot';

export interface MediaFilesTable {
  id: string;
  content_type: 'image/webp' | 'image/png' | 'image/jpeg';
  bytes: Buffer;
  width: number;
  height: number;
  purpose: MediaPurpose;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    media_files: MediaFilesTable;
  }
}
