import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { AppError } from '../../../platform/http/errors.js';
import { findJournalEntry, type JournalRow, journalChoices, searchJournal } from './journal.repository.js';

export const JOURNAL_PAGE_SIZE = 20;

/** The journal's filters as typed (kept in the form). */
export interface JournalValues {
  q: string;
  action: string;
  sujet: string;
  acteur: string;
  du: string;
  au: string;
}

export type JournalQuery = Partial<JournalValues> & { page?: number };

export interface JournalChoices {
  actions: string[];
  subjectKinds: string[];
  actors: { id: number; name: string }[];
}

export interface JournalResult {
  values: JournalValues;
  page: number;
  errors: FieldErrors;
  choices: JournalChoices;
  entries: JournalRow[];
  total: number;
  pageCount: number;
}

/** A calendar day typed as AAAA-MM-JJ (date fields) or JJ/MM/AAAA (typed by hand), as AAAA-MM-JJ; null when it is not one. */
export function parseDay(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 2000 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const clean = (value: string | undefined) => (value ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Validates the filters against what the journal holds, then reads one page of entries. */
export async function browseJournal(db: Db, query: JournalQuery): Promise<JournalResult> {
  const values: JournalValues = { q: clean(query.q), action: clean(query.action), sujet: clean(query.sujet), acteur: clean(query.acteur), du: clean(query.du), au: clean(query.au) };
  const page = query.page ?? 1;
  const choices = await journalChoices(db);
  const errors: FieldErrors = {};
  if (values.action && !choices.actions.includes(values.action)) errors.action = `Aucune action de type « ${values.action} » n’est inscrite au journal.`;
  if (values.sujet && !choices.subjectKinds.includes(values.sujet)) errors.sujet = `Aucune action ne porte sur le type « ${values.sujet} ».`;
  const actorId = /^[1-9][0-9]{0,9}$/.test(values.acteur) ? Number(values.acteur) : null;
  if (values.acteur && (actorId === null || !choices.actors.some((actor) => actor.id === actorId))) errors.acteur = 'Cette personne n’a aucune action inscrite au journal.';
  const from = values.du ? parseDay(values.du) : null;
  const to = values.au ? parseDay(values.au) : null;
  if (from) values.du = from;
  if (to) values.au = to;
  if (values.du && !from) errors.du = 'La date de début doit être une date valide, au format JJ/MM/AAAA.';
  if (values.au && !to) errors.au = 'La date de fin doit être une date valide, au format JJ/MM/AAAA.';
  if (from && to && from > to) errors.au = 'La date de fin doit être le même jour que la date de début, ou après.';
  if (Object.keys(errors).length) return { values, page, errors, choices, entries: [], total: 0, pageCount: 1 };

  const words = values.q ? values.q.split(' ').slice(0, 10) : [];
  const filter = { words, action: values.action || null, subjectKind: values.sujet || null, actorId, from, to };
  const { total, rows } = await searchJournal(db, { ...filter, limit: JOURNAL_PAGE_SIZE, offset: (page - 1) * JOURNAL_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(total / JOURNAL_PAGE_SIZE));
  if (page > pageCount) throw new AppError('PAGE_OUT_OF_RANGE', `Cette page du journal n’existe pas : il y en a ${pageCount}.`, [{ field: 'page', message: `La page doit être comprise entre 1 et ${pageCount}.` }]);
  return { values, page, errors, choices, entries: rows, total, pageCount };
}

export async function journalEntry(db: Db, rawId: string): Promise<JournalRow> {
  const entry = /^[1-9][0-9]{0,17}$/.test(rawId) ? await findJournalEntry(db, rawId) : undefined;
  if (!entry) throw new AppError('NOT_FOUND', 'Cette entrée du journal n’existe pas.');
  return entry;
}
