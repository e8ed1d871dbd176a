/** Working days of the Russian production calendar (src/data/production-calendar.ts). */
import { NON_WORKING_WEEKDAYS, WORKING_WEEKENDS } from '../data/production-calendar.ts';

const WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** Why a day is not a working day («суббота», «нерабочий праздничный день»), or undefined for a working day. */
export function nonWorkingReason(iso: string): string | undefined {
  const year = Number(iso.slice(0, 4));
  if (WORKING_WEEKENDS[year]?.includes(iso)) return undefined;
  const day = weekday(iso);
  if (day === 0 || day === 6) return WEEKDAYS[day];
  if (NON_WORKING_WEEKDAYS[year]?.includes(iso)) return 'нерабочий праздничный день';
  return undefined;
}

export const isWorkingDay = (iso: string) => nonWorkingReason(iso) === undefined;

/** Whether the production calendar of the day's year is known (weekends are checked regardless). */
export const knownYear = (iso: string) => Number(iso.slice(0, 4)) in NON_WORKING_WEEKDAYS;

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the ISO week of a date. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}
