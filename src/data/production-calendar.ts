/**
 * Non-working days of the Russian production calendar on weekdays, and working Saturdays, by year.
 * Sources: Labour Code art. 112 (public holidays: 1–8 January, 23 February, 8 March, 1 and 9 May,
 * 12 June, 4 November; a holiday on a day off moves to the next working day);
 * 2025 — Government decree of 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»
 *   (4 Jan → 2 May, 5 Jan → 31 Dec, 23 Feb → 8 May, 8 Mar → 13 Jun, Saturday 1 Nov → Monday 3 Nov);
 * 2026 — Government decree «О переносе выходных дней в 2026 году», signed 24.09.2025
 *   (3 Jan → 9 Jan, 4 Jan → 31 Dec; 8 March (Sunday) → 9 March and 9 May (Saturday) → 11 May under art. 112).
 * Saturdays and Sundays are days off unless listed as working days.
 */

/** Weekdays (Monday–Friday) that are not working days. */
export const NON_WORKING_WEEKDAYS: Record<number, readonly string[]> = {
  2025: [
    '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08',
    '2025-05-01', '2025-05-02', '2025-05-08', '2025-05-09',
    '2025-06-12', '2025-06-13',
    '2025-11-03', '2025-11-04',
    '2025-12-31',
  ],
  2026: [
    '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
    '2026-02-23',
    '2026-03-09',
    '2026-05-01', '2026-05-11',
    '2026-06-12',
    '2026-11-04',
    '2026-12-31',
  ],
};

/** Saturdays and Sundays that are working days (moved days off). */
export const WORKING_WEEKENDS: Record<number, readonly string[]> = {
  2025: ['2025-11-01'],
  2026: [],
};

/** Years the lists above cover. */
export const PRODUCTION_CALENDAR_YEARS = Object.keys(NON_WORKING_WEEKDAYS).map(Number);
