import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../src/lib/ics.ts';

describe('ics', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('а, б; в\\г\nд')).toBe('а\\, б\\; в\\\\г\\nд');
  });
  it('folds long lines at 75 octets without breaking Cyrillic characters', () => {
    const line = 'SUMMARY:' + 'ж'.repeat(100);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('writes all-day events with an exclusive end date', () => {
    const ics = toIcs('Тест', [{ uid: 'a@x', start: '2025-02-28', end: '2025-02-28', summary: 'Срок' }], '2025-10-15');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250228');
    expect(ics).toContain('DTEND;VALUE=DATE:20250301');
    expect(ics).toContain('DTSTAMP:20251015T000000Z');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
