/**
 * The 2025 calendar falls on 2025's weeks: every deadline is a working day of the Russian production
 * calendar, the weekly windows of the guide for municipal teams run Monday to Friday, every date names
 * its source, and where two documents disagree both dates are there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../src/schemas/calendar.ts';
import { parseYaml } from '../../src/validation/load.ts';
import { daysBetween } from '../../src/lib/dates.ts';
import { nonWorkingReason, weekday } from '../../src/lib/working-days.ts';

const calendar = calendarSchema.parse(parseYaml(readFileSync('content/calendar/2025.yaml', 'utf8')));
const byId = new Map(calendar.events.map((e) => [e.id, e]));

describe('content/calendar/2025.yaml', () => {
  it.each(calendar.events.map((e) => [e.id, e] as const))('%s starts and ends on working days of 2025', (_, e) => {
    expect(e.start.startsWith('2025-'), e.start).toBe(true);
    expect(nonWorkingReason(e.start), `${e.id} start ${e.start}`).toBeUndefined();
    expect(nonWorkingReason(e.end), `${e.id} end ${e.end}`).toBeUndefined();
  });

  it('runs each weekly window of the guide from Monday to Friday of one week at most', () => {
    const weekly = calendar.events.filter((e) => e.source.includes('«500+»') && e.start !== e.end && daysBetween(e.start, e.end) < 7);
    expect(weekly.length).toBeGreaterThanOrEqual(20);
    for (const e of weekly) {
      expect(weekday(e.start), `${e.id} ${e.start}`).toBe(1);
      expect(daysBetween(e.start, e.end), `${e.id} ${e.end}`).toBeLessThanOrEqual(4);
    }
  });

  it('names the document of every date in words, not as a file', () => {
    const sources = new Set(calendar.events.map((e) => e.source));
    expect(sources.size).toBeGreaterThanOrEqual(2);
    for (const s of sources) {
      expect(s).toMatch(/^[А-ЯЁ]/);
      expect(s).not.toMatch(/\.(txt|docx?|pdf)\b|_[0-9a-f]{6,}/i);
    }
    expect([...sources].some((s) => s.includes('28.12.2024 № 859'))).toBe(true);
  });

  it('shows both dates where the city order and the guide disagree, each with its source', () => {
    const pairs = calendar.events.filter((e) => e.differsFrom).map((e) => [e, byId.get(e.differsFrom!)!] as const);
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    const [order, guide] = pairs.map(([a, b]) => (a.source.includes('№ 859') ? [a, b] : [b, a]))[0];
    expect(order.end).toBe('2025-02-28');
    expect(guide.end > '2025-04-01').toBe(true);
    expect(guide.source).not.toBe(order.source);
    expect(guide.differsFrom).toBe(order.id);
  });

  it('gives the regional methodological team and the teacher their part of the cycle', () => {
    for (const role of ['rma', 'teacher'] as const) {
      expect(calendar.events.filter((e) => e.actions.some((a) => a.role === role)).length, role).toBeGreaterThanOrEqual(4);
    }
  });

  it('marks the cut-off day of each stage of monitoring once', () => {
    const stages = calendar.events.filter((e) => e.snapshot).map((e) => [e.snapshot, e.end]);
    expect(stages).toEqual([['etap-1', '2025-06-16'], ['etap-2', '2025-10-27']]);
  });
});
