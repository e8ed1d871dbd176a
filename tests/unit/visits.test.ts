import { describe, expect, it } from 'vitest';
import { countedDays, phaseCompliance, schoolPhases } from '../../src/lib/visits.ts';

const limits = { development: 7, implementation: 28 };

describe('visit compliance', () => {
  it('does not count the summer break towards a gap', () => {
    expect(countedDays('2025-05-20', '2025-09-10')).toBe(12 + 9);
    expect(countedDays('2025-03-01', '2025-03-29')).toBe(28);
  });
  it('splits the year at the approval date', () => {
    expect(schoolPhases({ start: '2025-02-01', end: '2025-12-20' }, '2025-03-15', '2025-10-15', limits)).toEqual([
      { name: 'Разработка документов', start: '2025-02-01', end: '2025-03-15', maxIntervalDays: 7 },
      { name: 'Реализация мероприятий', start: '2025-03-15', end: '2025-10-15', maxIntervalDays: 28 },
    ]);
    expect(schoolPhases({ start: '2025-02-01', end: '2025-12-20' }, undefined, '2025-03-01', limits)).toHaveLength(1);
    expect(schoolPhases({ start: '2025-11-01', end: '2025-12-20' }, undefined, '2025-10-15', limits)).toEqual([]);
  });
  it('accepts weekly contacts while documents are developed', () => {
    const c = phaseCompliance({ name: 'dev', start: '2025-02-01', end: '2025-02-22', maxIntervalDays: 7 }, ['2025-02-07', '2025-02-14', '2025-02-21']);
    expect(c.compliant).toBe(true);
    expect(c.visits).toBe(3);
    expect(c.longestGap).toBe(7);
  });
  it('reports each gap longer than allowed', () => {
    const c = phaseCompliance({ name: 'impl', start: '2025-03-01', end: '2025-05-31', maxIntervalDays: 28 }, ['2025-03-20', '2025-05-10']);
    expect(c.compliant).toBe(false);
    expect(c.violations).toEqual([{ from: '2025-03-20', to: '2025-05-10', days: 51 }]);
    expect(c.longestGap).toBe(51);
  });
  it('ignores visits outside the phase', () => {
    const c = phaseCompliance({ name: 'dev', start: '2025-02-01', end: '2025-02-08', maxIntervalDays: 7 }, ['2025-01-15', '2025-02-04', '2025-03-01']);
    expect(c.visits).toBe(1);
    expect(c.compliant).toBe(true);
  });
});
