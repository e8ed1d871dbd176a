/**
 * Terms of the municipal documents (src/schemas/term.ts): a day, a month, a period or a deadline.
 * Formatted the way the source documents write them and turned into day ranges for calendars.
 */
import type { Term } from '../schemas/term.ts';
import { formatShort } from './dates.ts';

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const isMonth = (s: string) => s.length === 7;
const month = (s: string) => MONTHS[Number(s.slice(5, 7)) - 1];
const year = (s: string) => s.slice(0, 4);

/** «май 2025» or «15.03.2025». */
function one(s: string): string {
  return isMonth(s) ? `${month(s)} ${year(s)}` : formatShort(s);
}

/** «май–декабрь 2025», «ноябрь 2025 – февраль 2026», «01.03.2025–15.03.2025», «до 15.03.2025», «до конца мая 2025». */
export function formatTerm(term: Term): string {
  const { from, to } = term;
  if (from && to && from !== to) {
    if (isMonth(from) && isMonth(to)) return year(from) === year(to) ? `${month(from)}–${month(to)} ${year(to)}` : `${one(from)} – ${one(to)}`;
    return `${one(from)} – ${one(to)}`;
  }
  if (from) return one(from);
  if (to) return isMonth(to) ? `до конца ${MONTHS_GENITIVE[Number(to.slice(5, 7)) - 1]} ${year(to)}` : `до ${formatShort(to)}`;
  return '';
}

/** Last day of a month YYYY-MM. */
function monthEnd(s: string): string {
  const d = new Date(Date.UTC(Number(year(s)), Number(s.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}

/**
 * The term as a span of days (ISO, inclusive): a month covers all its days; a deadline is its last
 * day alone.
 */
export function termRange(term: Term): { start: string; end: string } {
  const end = term.to ?? term.from!;
  const endDay = isMonth(end) ? monthEnd(end) : end;
  const start = term.from ?? term.to!;
  return { start: term.from ? (isMonth(start) ? `${start}-01` : start) : endDay, end: endDay };
}

/** The days of a term a person has to meet: day-precision ends only (a month-long term has none). */
export function termDeadlines(term: Term): string[] {
  return [term.from, term.to].filter((s): s is string => !!s && !isMonth(s));
}

/** Whether the whole term is over before the date (for «overdue»). */
export function termEndsBefore(term: Term, iso: string): boolean {
  return termRange(term).end < iso;
}
