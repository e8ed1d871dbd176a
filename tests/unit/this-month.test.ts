import { describe, expect, it } from 'vitest';
import { eventsInMonth, localIso, monthsOf, shownMonth } from '../../src/lib/this-month.ts';

const events = [
  { id: 'long', start: '2025-02-07', end: '2025-11-28' },
  { id: 'march', start: '2025-03-10', end: '2025-03-14' },
  { id: 'edge', start: '2025-03-31', end: '2025-04-02' },
  { id: 'feb', start: '2025-02-01', end: '2025-02-28' },
];

describe('this month', () => {
  it('lists events under way during the month, started before it too, by start date', () => {
    expect(eventsInMonth(events, '2025-03').map((e) => e.id)).toEqual(['long', 'march', 'edge']);
    expect(eventsInMonth(events, '2025-04').map((e) => e.id)).toEqual(['long', 'edge']);
    expect(eventsInMonth(events, '2025-12')).toEqual([]);
  });
  it('knows the length of February in a leap year', () => {
    expect(eventsInMonth([{ start: '2024-02-29', end: '2024-02-29' }], '2024-02')).toHaveLength(1);
  });
  it('shows the date’s month, or the same month of the calendar’s year', () => {
    expect(shownMonth(2025, '2025-03-10')).toEqual({ month: '2025-03', otherYear: false });
    expect(shownMonth(2025, '2026-12-02')).toEqual({ month: '2025-12', otherYear: true });
  });
  it('has twelve months and a local date', () => {
    expect(monthsOf(2025)).toHaveLength(12);
    expect(monthsOf(2025)[11]).toBe('2025-12');
    expect(localIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
