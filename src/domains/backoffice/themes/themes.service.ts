import { createHash } from 'node:crypto';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import { formatNumber } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { type EditableTheme, findEditableTheme, type ThemeTexts, updateThemeTexts } from './themes.repository.js';

export const THEME_LIMITS = { name: 80, summary: 300, description: 5000 } as const;

export type ThemeForm = ThemeTexts & { empreinte: string };

/** A short hash of a theme's texts: the form carries it to detect a change made meanwhile. */
export function fingerprint(texts: ThemeTexts): string {
  return createHash('sha256').update(JSON.stringify([texts.name, texts.summary, texts.description])).digest('hex').slice(0, 16);
}

const normalise = (value: string | undefined) => (value ?? '').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
const oneLine = (value: string | undefined) => normalise(value).replace(/\s+/g, ' ');

/** The texts as they will be saved, and the French messages of what is wrong. */
export function validateThemeTexts(input: Partial<ThemeTexts>): { texts: ThemeTexts; errors: FieldErrors } {
  const texts = { name: oneLine(input.name), summary: oneLine(input.summary), description: normalise(input.description) };
  const errors: FieldErrors = {};
  const check = (field: keyof ThemeTexts, missing: string) => {
    const length = [...texts[field]].length;
    if (!length) errors[field] = missing;
    else if (length > THEME_LIMITS[field]) errors[field] = `Ce texte ne doit pas dépasser ${formatNumber(THEME_LIMITS[field])} caractères (il en compte ${formatNumber(length)}).`;
  };
  check('name', 'Indiquez le nom de la thématique.');
  check('summary', 'Indiquez le résumé de la thématique (une phrase).');
  check('description', 'Indiquez la description de la thématique.');
  return { texts, errors };
}

export type SaveThemeResult = { ok: true; changed: boolean } | { ok: false; status: 400 | 409; errors: FieldErrors; formError?: string };

/** Saves a theme's texts and records the change in the audit log, in one transaction. */
export async function saveThemeTexts(db: Db, slug: string, input: Partial<ThemeForm>, actor: AuditActor): Promise<SaveThemeResult> {
  const { texts, errors } = validateThemeTexts(input);
  if (Object.keys(errors).length) return { ok: false, status: 400, errors };
  return db.transaction().execute(async (trx): Promise<SaveThemeResult> => {
    const current: EditableTheme | undefined = await findEditableTheme(trx, slug, true);
    if (!current) throw new AppError('THEME_NOT_FOUND');
    const before: ThemeTexts = { name: current.name, summary: current.summary, description: current.description };
    if (input.empreinte && input.empreinte !== fingerprint(before)) {
      const formError = 'Cette thématique a été modifiée par quelqu’un d’autre pendant que vous la modifiiez : vos saisies sont conservées ci-dessous, comparez-les avec la version enregistrée (aperçu) puis enregistrez à nouveau.';
      return { ok: false, status: 409, errors: {}, formError };
    }
    const changedFields = (Object.keys(texts) as (keyof ThemeTexts)[]).filter((field) => texts[field] !== before[field]);
    if (!changedFields.length) return { ok: true, changed: false };
    await updateThemeTexts(trx, slug, texts);
    await recordAudit(trx, {
      actor,
      action: 'theme.update',
      subjectKind: 'theme',
      subjectId: slug,
      summary: `Modification de la thématique « ${texts.name} »`,
      before: Object.fromEntries(changedFields.map((field) => [field, before[field]])),
      after: Object.fromEntries(changedFields.map((field) => [field, texts[field]])),
    });
    return { ok: true, changed: true };
  });
}
