const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

let cachedMinute = -1;
let cachedDay = '';

/** The Paris day ('YYYY-MM-DD') of a moment; computed once a minute for the current time. */
export function parisDay(at: number = Date.now()): string {
  const minute = Math.floor(at / 60_000);
  if (minute === cachedMinute) return cachedDay;
  const day = PARIS_DAY.format(at);
  if (Math.abs(at - Date.now()) < 60_000) {
    cachedMinute = minute;
    cachedDay = day;
  }
  return day;
}

/** Seconds until the next Paris midnight (when daily quotas start again). */
export function secondsToParisMidnight(at: number = Date.now()): number {
  const today = parisDay(at);
  let low = at;
  let high = at + 26 * 3600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (PARIS_DAY.format(middle) === today) low = middle;
    else high = middle;
  }
  return Math.max(1, Math.ceil((high - at) / 1000));
}
