const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let zone: { name: string; checkedAt: number } | null = null;

/**
 * The merchant's own time zone, as the browser knows it. Asked once a minute, not per date shown:
 * making an Intl.DateTimeFormat is the costliest part of drawing a page of rows.
 */
export function viewerTimeZone(): string {
  const now = Date.now();
  if (!zone || now - zone.checkedAt > MINUTE) {
    zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, checkedAt: now };
  }
  return zone.name;
}

/**
 * Formatters by time zone, then by options object: the options below are constants, so finding a
 * formatter is two lookups (a page of rows asks for one about a hundred times).
 */
const formatters = new Map<string, WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byOptions = formatters.get(timeZone);
  if (!byOptions) formatters.set(timeZone, (byOptions = new WeakMap()));
  let found = byOptions.get(options);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    byOptions.set(options, found);
  }
  return found;
}

const DAY_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH_DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { ...DAY_PARTS, month: 'short' };
const EXACT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric', ...CLOCK };
const MONTH_DAY_CLOCK: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', ...CLOCK };
const DAY_OF_YEAR: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

/** The calendar day an instant falls on in a time zone, as a day count: differences are calendar days. */
function calendarDay(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone, DAY_PARTS)
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1) / DAY;
}

/**
 * "just now", "5 minutes ago", "3 hours ago" (same day), "yesterday", "3 days ago", then a date.
 * Days are counted on the calendar of the merchant's time zone, so "yesterday" is the date before
 * today there, never merely 24 to 48 hours ago.
 */
export function formatRelative(iso: string, now: Date, timeZone = viewerTimeZone()): string {
  const at = Date.parse(iso);
  const diff = at - now.getTime();
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) return relative.format(Math.round(diff / MINUTE), 'minute');
  const days = calendarDay(at, timeZone) - calendarDay(now.getTime(), timeZone);
  if (days === 0) return relative.format(Math.trunc(diff / HOUR), 'hour');
  if (Math.abs(days) < 7) return relative.format(days, 'day');
  const sameYear = formatter(timeZone, YEAR).format(at) === formatter(timeZone, YEAR).format(now);
  return formatter(timeZone, sameYear ? MONTH_DAY : SHORT_DATE).format(at);
}

/** "Nov 30, 2026, 3:45 PM EST": the exact time, naming its time zone. */
export function formatExact(iso: string | Date, timeZone = viewerTimeZone()): string {
  return formatter(timeZone, EXACT).format(new Date(iso));
}

/** "3:45 PM EST" on the day of `now`, else "Dec 1, 3:45 PM EST": a deadline as a clock time. */
export function formatClock(at: Date, now: Date, timeZone = viewerTimeZone()): string {
  const sameDay = calendarDay(at.getTime(), timeZone) === calendarDay(now.getTime(), timeZone);
  return formatter(timeZone, sameDay ? CLOCK : MONTH_DAY_CLOCK).format(at);
}

/** "Nov 30, 2026": a day, in the merchant's calendar. */
export function formatDay(iso: string | Date, timeZone = viewerTimeZone()): string {
  return formatter(timeZone, DAY_OF_YEAR).format(new Date(iso));
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const MONTH_DAY_TIME: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', ...TIME };
const DATE_TIME: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric', ...TIME };

/**
 * "10:42 AM" today, "Nov 28, 10:42 AM" this year, else "Nov 28, 2025, 10:42 AM": when something
 * happened, short enough for a line of a trail (the time zone is in formatExact, on hover).
 */
export function formatMoment(iso: string, now: Date, timeZone = viewerTimeZone()): string {
  const at = Date.parse(iso);
  if (calendarDay(at, timeZone) === calendarDay(now.getTime(), timeZone)) return formatter(timeZone, TIME).format(at);
  const year = formatter(timeZone, YEAR);
  const sameYear = year.format(at) === year.format(now);
  return formatter(timeZone, sameYear ? MONTH_DAY_TIME : DATE_TIME).format(at);
}
