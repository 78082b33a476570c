/** Days are Paris calendar days, written 'YYYY-MM-DD' (what `<input type="date">` sends). */
export type Day = string;

export const PRESETS = ['7', '30', '90'] as const;
export type Preset = (typeof PRESETS)[number];
export const MAX_PERIOD_DAYS = 366;
const EARLIEST: Day = '2000-01-01';

export interface Period {
  /** A preset length, or 'personnalisee' for chosen dates. */
  choice: Preset | 'personnalisee';
  from: Day;
  to: Day;
  days: number;
  /** The period of the same length just before. */
  previous: { from: Day; to: Day };
}

export interface PeriodQuery {
  periode?: string;
  du?: string;
  au?: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; errors: Record<string, string> };

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Paris calendar day of an instant. */
export function parisDay(instant: Date): Day {
  return PARIS_DAY.format(instant);
}

const toTime = (day: Day) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: Day, count: number): Day {
  return new Date(toTime(day) + count * 86_400_000).toISOString().slice(0, 10);
}

/** Number of days from `from` to `to`, both included. */
export function dayCount(from: Day, to: Day): number {
  return Math.round((toTime(to) - toTime(from)) / 86_400_000) + 1;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = toTime(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Browsers without a date picker send what people type: « 01/10/2025 » is read as 2025-10-01. */
export function normaliseDay(value: string | undefined): string {
  const text = value?.trim() ?? '';
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : text;
}

function build(choice: Period['choice'], from: Day, to: Day): Period {
  const days = dayCount(from, to);
  return { choice, from, to, days, previous: { from: addDays(from, -days), to: addDays(from, -1) } };
}

/**
 * The period asked for: a preset ending today (30 days by default), or chosen dates (`du`, `au`)
 * when `periode=personnalisee` or when dates are given without a preset. Errors are French, by field.
 */
export function parsePeriod(query: PeriodQuery, today: Day): PeriodResult {
  const periode = query.periode?.trim() || '';
  const du = normaliseDay(query.du);
  const au = normaliseDay(query.au);
  if (periode && periode !== 'personnalisee' && !(PRESETS as readonly string[]).includes(periode)) {
    return { ok: false, errors: { periode: 'Choisissez l’une des périodes proposées.' } };
  }
  if ((PRESETS as readonly string[]).includes(periode) || (!periode && !du && !au)) {
    const length = Number(periode || '30');
    return { ok: true, period: build((periode || '30') as Preset, addDays(today, 1 - length), today) };
  }
  const errors: Record<string, string> = {};
  if (!du) errors.du = 'Indiquez la date de début.';
  else if (!isValidDay(du)) errors.du = 'La date de début n’est pas une date valide (exemple : 31/01/2026).';
  else if (du < EARLIEST) errors.du = 'La date de début ne peut pas être antérieure au 1er janvier 2000.';
  if (!au) errors.au = 'Indiquez la date de fin.';
  else if (!isValidDay(au)) errors.au = 'La date de fin n’est pas une date valide (exemple : 31/01/2026).';
  else if (au > today) errors.au = 'La date de fin ne peut pas être dans le futur.';
  if (Object.keys(errors).length) return { ok: false, errors };
  if (au < du) return { ok: false, errors: { au: 'La date de fin doit être la même que la date de début ou après.' } };
  if (dayCount(du, au) > MAX_PERIOD_DAYS) return { ok: false, errors: { au: `La période ne peut pas dépasser ${MAX_PERIOD_DAYS} jours.` } };
  return { ok: true, period: build('personnalisee', du, au) };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 1er novembre 2026 », « 12 novembre » (without the year). */
export function frenchDay(day: Day, withYear = true): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date === 1 ? '1er' : date} ${MONTHS[month - 1]}${withYear ? ` ${year}` : ''}`;
}

/** « du 1er au 30 novembre 2026 », « du 3 octobre au 1er novembre 2026 », « le 4 mai 2026 ». */
export function frenchRange(from: Day, to: Day): string {
  if (from === to) return `le ${frenchDay(from)}`;
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === tm) return `du ${frenchDay(from).split(' ')[0]} au ${frenchDay(to)}`;
  if (fy === ty) return `du ${frenchDay(from, false)} au ${frenchDay(to)}`;
  return `du ${frenchDay(from)} au ${frenchDay(to)}`;
}

const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** « 12 nov. » (chart axes). */
export function shortFrenchDay(day: Day): string {
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date === 1 ? '1er' : date} ${SHORT_MONTHS[month - 1]}`;
}
