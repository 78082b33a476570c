import type { Db } from '../../../platform/db/database.js';

export interface ThemeTexts {
  name: string;
  summary: string;
  description: string;
}

export interface EditableTheme extends ThemeTexts {
  slug: string;
  position: number;
}

export async function listEditableThemes(db: Db): Promise<EditableTheme[]> {
  return db.selectFrom('themes').select(['slug', 'name', 'summary', 'description', 'position']).orderBy('position').execute();
}

/** One theme; `forUpdate` locks its row until the caller's transaction ends. */
export async function findEditableTheme(db: Db, slug: string, forUpdate = false): Promise<EditableTheme | undefined> {
  const query = db.selectFrom('themes').select(['slug', 'name', 'summary', 'description', 'position']).where('slug', '=', slug);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** Changing the themes bumps the catalogue version (trigger): cached pages are rebuilt. */
export async function updateThemeTexts(trx: Db, slug: string, texts: ThemeTexts): Promise<void> {
  await trx.updateTable('themes').set(texts).where('slug', '=', slug).execute();
}
