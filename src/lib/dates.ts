/** Dates are ISO YYYY-MM-DD strings throughout; these helpers format and compare them. */

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** «8 февраля 2025». */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y}`;
}

/** «8–13 февраля 2025», «28 февраля — 3 марта 2025», or one date when start equals end. */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS_GENITIVE[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${MONTHS_GENITIVE[m1 - 1]} — ${d2} ${MONTHS_GENITIVE[m2 - 1]} ${y2}`;
  return `${formatDate(start)} — ${formatDate(end)}`;
}

/** «15.01.2025», for dense tables. */
export function formatShort(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Today in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
