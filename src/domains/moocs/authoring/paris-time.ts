/**
 * `datetime-local` inputs hold a wall-clock time without a zone: the authoring forms read and
 * write them as Europe/Paris time, whatever the server's zone.
 */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parisParts(date: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of PARTS.formatToParts(date)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

/** Minutes Paris is ahead of UTC at that moment (60 in winter, 120 in summer). */
function parisOffsetMinutes(date: Date): number {
  const p = parisParts(date);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** « 2026-03-02T09:00 » read as Paris time; null when it is not such a value or not a real date. */
export function parisLocalToDate(value: string): Date | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // The offset at the guessed instant, then again at the corrected one (changes of time).
  let instant = wall - parisOffsetMinutes(new Date(wall)) * 60000;
  instant = wall - parisOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant);
}

/** The value of a `datetime-local` input showing that moment in Paris (« 2026-03-02T09:00 »). */
export function dateToParisLocal(date: Date | null | undefined): string {
  if (!date) return '';
  const p = parisParts(date);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** « 2026-03-02 »: the Paris day of a moment. */
export function parisDay(date: Date): string {
  return dateToParisLocal(date).slice(0, 10);
}
