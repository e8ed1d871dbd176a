import { describe, expect, it } from 'vitest';
import { eventsForRole, groupByMonth, monthTitle, rolesInEvent } from '../../src/lib/calendar.ts';
import type { CalendarEvent } from '../../src/schemas/calendar.ts';

const ev = (id: string, start: string, actions: CalendarEvent['actions']): CalendarEvent => ({ id, start, end: start, title: id, level: 'municipal', source: 'документ', actions });
const events = [
  ev('e2', '2025-03-01', [{ role: 'curator', text: 'посетить школу' }, { role: 'school-director', text: 'встретить куратора' }]),
  ev('e1', '2025-02-16', [{ role: 'school-director', text: 'скачать профиль' }]),
  ev('e3', '2025-03-20', []),
];

describe('calendar', () => {
  it('gives a role only its own events and actions, in date order', () => {
    const director = eventsForRole(events, 'school-director');
    expect(director.map((e) => e.event.id)).toEqual(['e1', 'e2']);
    expect(director[1].actions).toEqual(['встретить куратора']);
    expect(eventsForRole(events, 'curator').map((e) => e.event.id)).toEqual(['e2']);
    expect(eventsForRole(events, 'rma')).toEqual([]);
  });
  it('lists the roles acting in an event once each', () => {
    expect(rolesInEvent(events[0])).toEqual(['curator', 'school-director']);
  });
  it('groups events by month', () => {
    expect(groupByMonth(events).map(([m, list]) => [m, list.length])).toEqual([['2025-02', 1], ['2025-03', 2]]);
    expect(monthTitle('2025-03')).toBe('Март 2025');
  });
});
