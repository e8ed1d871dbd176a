/**
 * «This month» on the calendar and role pages: which month of the published calendar to show for
 * a date (the build date without JavaScript, the visitor's date with it), and its events.
 */

/** "2025-03" of "2025-03-14". */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The twelve months of a year, "2025-01" … "2025-12". */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

function lastDay(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return `${yearMonth}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Events under way at some point of the month (started before it and still running count too), by start date. */
export function eventsInMonth<T extends { start: string; end: string }>(events: readonly T[], yearMonth: string): T[] {
  const first = `${yearMonth}-01`;
  const last = lastDay(yearMonth);
  return events.filter((e) => e.start <= last && e.end >= first).sort((a, b) => a.start.localeCompare(b.start));
}

export interface ShownMonth {
  /** Month of the calendar to show, "2025-03". */
  month: string;
  /** The date is in another year than the calendar's: the same month of the calendar's year is shown. */
  otherYear: boolean;
}

/** The month of the calendar to show on a date: that month, or the same month of the calendar's year. */
export function shownMonth(calendarYear: number, today: string): ShownMonth {
  const year = Number(today.slice(0, 4));
  return { month: `${calendarYear}-${today.slice(5, 7)}`, otherYear: year !== calendarYear };
}

/** A date as YYYY-MM-DD in the visitor's own time zone (not UTC: late evening must not be tomorrow). */
export function localIso(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
