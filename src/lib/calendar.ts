import type { CalendarEvent } from '../schemas/calendar.ts';
import type { RoleId } from '../data/lists.ts';

/** An event as one role sees it: only that role's actions. */
export interface RoleEvent {
  event: CalendarEvent;
  actions: string[];
}

/** Events in which the role acts, in date order, each with only that role's actions. */
export function eventsForRole(events: readonly CalendarEvent[], role: RoleId): RoleEvent[] {
  return events
    .map((event) => ({ event, actions: event.actions.filter((a) => a.role === role).map((a) => a.text) }))
    .filter((e) => e.actions.length > 0)
    .sort((a, b) => a.event.start.localeCompare(b.event.start));
}

/** Roles that act in an event, in the order of their first action. */
export function rolesInEvent(event: CalendarEvent): RoleId[] {
  return [...new Set(event.actions.map((a) => a.role))];
}

/** Events grouped by month (YYYY-MM of the start date), in order. */
export function groupByMonth<T extends { start: string }>(events: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const e of [...events].sort((a, b) => a.start.localeCompare(b.start))) {
    const key = e.start.slice(0, 7);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  return [...groups];
}

const MONTHS = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];

/** «Февраль 2025» for "2025-02". */
export function monthTitle(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}
