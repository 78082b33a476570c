import type { FieldErrors } from '../../../platform/html/forms.js';
import type { SessionRow } from '../moocs.table.js';
import { dateToParisLocal, parisLocalToDate } from './paris-time.js';

export const SESSION_FIELDS = ['name', 'selfPaced', 'enrolmentOpensAt', 'enrolmentClosesAt', 'startsAt', 'endsAt', 'capacity'] as const;

export const SESSION_FIELD_LABELS: Record<string, string> = {
  name: 'Nom de la session',
  selfPaced: 'Rythme',
  enrolmentOpensAt: 'Ouverture des inscriptions',
  enrolmentClosesAt: 'Clôture des inscriptions',
  startsAt: 'Début',
  endsAt: 'Fin',
  capacity: 'Nombre maximal d’inscrits',
};

/** What the session form shows: dates as `datetime-local` values in Paris time. */
export interface SessionForm {
  name: string;
  /** 'oui' (self-paced, always open) or 'non' (dated). */
  selfPaced: string;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
}

export interface SessionValues {
  name: string;
  self_paced: boolean;
  enrolment_opens_at: Date | null;
  enrolment_closes_at: Date | null;
  starts_at: Date | null;
  ends_at: Date | null;
  capacity: number | null;
}

export function emptySessionForm(): SessionForm {
  return { name: '', selfPaced: 'non', enrolmentOpensAt: '', enrolmentClosesAt: '', startsAt: '', endsAt: '', capacity: '' };
}

export function sessionToForm(session: SessionRow): SessionForm {
  return {
    name: session.name,
    selfPaced: session.self_paced ? 'oui' : 'non',
    enrolmentOpensAt: dateToParisLocal(session.enrolment_opens_at),
    enrolmentClosesAt: dateToParisLocal(session.enrolment_closes_at),
    startsAt: dateToParisLocal(session.starts_at),
    endsAt: dateToParisLocal(session.ends_at),
    capacity: session.capacity === null ? '' : String(session.capacity),
  };
}

export function sessionForm(body: Partial<Record<string, string>>): SessionForm {
  const text = (key: string) => (body[key] ?? '').trim();
  return {
    name: text('name'),
    selfPaced: text('selfPaced'),
    enrolmentOpensAt: text('enrolmentOpensAt'),
    enrolmentClosesAt: text('enrolmentClosesAt'),
    startsAt: text('startsAt'),
    endsAt: text('endsAt'),
    capacity: text('capacity'),
  };
}

const MISSING: Record<string, string> = {
  enrolmentOpensAt: 'Indiquez la date d’ouverture des inscriptions.',
  enrolmentClosesAt: 'Indiquez la date de clôture des inscriptions.',
  startsAt: 'Indiquez la date de début de la session.',
  endsAt: 'Indiquez la date de fin de la session.',
};

/**
 * Checks a session as the database would (same rules as its CHECK constraints), with a French
 * message on the field at fault. A self-paced session keeps no dates.
 */
export function validateSession(form: SessionForm): { ok: true; values: SessionValues } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.name) errors.name = 'Indiquez le nom de la session.';
  else if (form.name.length > 120) errors.name = 'Le nom doit faire 120 caractères au plus.';
  if (form.selfPaced !== 'oui' && form.selfPaced !== 'non') errors.selfPaced = 'Choisissez le rythme de la session : à votre rythme ou à dates fixes.';
  const selfPaced = form.selfPaced === 'oui';
  const dates: Record<string, Date | null> = {};
  for (const field of ['enrolmentOpensAt', 'enrolmentClosesAt', 'startsAt', 'endsAt'] as const) {
    const value = form[field];
    dates[field] = null;
    if (selfPaced) continue;
    if (!value) {
      errors[field] = MISSING[field]!;
      continue;
    }
    const date = parisLocalToDate(value);
    if (!date) errors[field] = 'Cette date n’est pas valide : utilisez le format jj/mm/aaaa hh:mm.';
    dates[field] = date;
  }
  const { enrolmentOpensAt: opens, enrolmentClosesAt: closes, startsAt: starts, endsAt: ends } = dates;
  if (opens && closes && !errors.enrolmentClosesAt && opens.getTime() >= closes.getTime()) errors.enrolmentClosesAt = 'La clôture des inscriptions doit être postérieure à leur ouverture.';
  if (starts && ends && !errors.endsAt && starts.getTime() >= ends.getTime()) errors.endsAt = 'La fin de la session doit être postérieure à son début.';
  if (closes && ends && !errors.enrolmentClosesAt && closes.getTime() > ends.getTime()) errors.enrolmentClosesAt = 'Les inscriptions doivent se clore au plus tard à la fin de la session.';
  let capacity: number | null = null;
  if (form.capacity) {
    if (!/^\d{1,7}$/.test(form.capacity) || Number(form.capacity) < 1) errors.capacity = 'Le nombre maximal d’inscrits doit être un nombre entier supérieur à 0 (laissez vide pour ne pas le limiter).';
    else capacity = Number(form.capacity);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    values: { name: form.name, self_paced: selfPaced, enrolment_opens_at: opens ?? null, enrolment_closes_at: closes ?? null, starts_at: starts ?? null, ends_at: ends ?? null, capacity },
  };
}
