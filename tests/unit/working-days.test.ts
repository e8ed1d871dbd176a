import { describe, expect, it } from 'vitest';
import { NON_WORKING_WEEKDAYS, WORKING_WEEKENDS } from '../../src/data/production-calendar.ts';
import { dayOffWarning, previousWorkingDay } from '../../src/lib/rules-dates.ts';
import { isWorkingDay, mondayOf, nonWorkingReason, weekday } from '../../src/lib/working-days.ts';

describe('production calendar 2025–2026', () => {
  it('lists only weekdays as non-working weekdays and only weekends as working weekends', () => {
    for (const days of Object.values(NON_WORKING_WEEKDAYS)) for (const d of days) expect([1, 2, 3, 4, 5], d).toContain(weekday(d));
    for (const days of Object.values(WORKING_WEEKENDS)) for (const d of days) expect([0, 6], d).toContain(weekday(d));
  });
  it('has 247 working days in 2025 and in 2026 (the official totals)', () => {
    for (const year of [2025, 2026]) {
      let working = 0;
      for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
        if (isWorkingDay(d.toISOString().slice(0, 10))) working++;
      }
      expect(working, String(year)).toBe(247);
    }
  });
  it('knows weekends, holidays and moved days', () => {
    expect(nonWorkingReason('2025-05-31')).toBe('суббота');
    expect(nonWorkingReason('2025-06-01')).toBe('воскресенье');
    expect(nonWorkingReason('2025-05-08')).toBe('нерабочий праздничный день');
    expect(nonWorkingReason('2025-06-13')).toBe('нерабочий праздничный день');
    expect(nonWorkingReason('2025-11-01')).toBeUndefined();
    expect(nonWorkingReason('2025-02-24')).toBeUndefined();
    expect(nonWorkingReason('2026-01-09')).toBe('нерабочий праздничный день');
    expect(nonWorkingReason('2026-03-09')).toBe('нерабочий праздничный день');
    expect(mondayOf('2025-02-08')).toBe('2025-02-03');
  });
});

describe('the day-off warning', () => {
  it('names the day and proposes the previous working day', () => {
    expect(dayOffWarning('2025-05-31')).toBe('срок 2025-05-31 приходится на субботу. Если документ-источник не требует именно этот день, перенесите срок на рабочий день (ближайший раньше — 30.05.2025).');
    expect(dayOffWarning('2025-05-11')).toContain('на воскресенье');
    expect(dayOffWarning('2025-05-09')).toContain('на нерабочий праздничный день');
    expect(dayOffWarning('2025-05-09')).toContain('ближайший раньше — 07.05.2025');
    expect(dayOffWarning('2025-05-30')).toBeUndefined();
    expect(dayOffWarning('2025-05')).toBeUndefined();
    expect(previousWorkingDay('2025-05-12')).toBe('2025-05-07');
  });
});
