/**
 * Dates as people read them, in the page's language. Calendar dates (YYYY-MM-DD) are
 * formatted as dates in UTC so they never shift a day with the device's time zone.
 */
// Making a formatter is far slower than using one, and a caseload formats a date per row.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      locale,
      kind === 'date'
        ? { dateStyle: 'medium', timeZone: 'UTC' }
        : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formatters.set(key, made);
  }
  return made;
}

export function formatCalendarDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatter(locale, 'date').format(parsed);
}

export function formatDateTime(when: Date | string | number, locale: string): string {
  const parsed = new Date(when);
  if (Number.isNaN(parsed.getTime())) return String(when);
  return formatter(locale, 'dateTime').format(parsed);
}

/** Today as YYYY-MM-DD on this device's calendar. */
export function todayOnDevice(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
