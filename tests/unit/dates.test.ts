import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatRange, formatShort } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats dates in Russian', () => {
    expect(formatDate('2025-02-08')).toBe('8 февраля 2025');
    expect(formatShort('2025-02-08')).toBe('08.02.2025');
  });
  it('formats ranges compactly within a month, a year and across years', () => {
    expect(formatRange('2025-02-08', '2025-02-13')).toBe('8–13 февраля 2025');
    expect(formatRange('2025-02-26', '2025-03-01')).toBe('26 февраля — 1 марта 2025');
    expect(formatRange('2025-12-29', '2026-01-09')).toBe('29 декабря 2025 — 9 января 2026');
    expect(formatRange('2025-05-30', '2025-05-30')).toBe('30 мая 2025');
  });
  it('counts days across months and leap years', () => {
    expect(daysBetween('2025-02-01', '2025-03-01')).toBe(28);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
  });
});
