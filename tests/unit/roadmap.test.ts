import { describe, expect, it } from 'vitest';
import { approvalDate, indicatorProgress, isOverdue, meanProgress, overdueActivities, statusCounts } from '../../src/lib/roadmap.ts';

const asOf = '2025-10-15';

describe('overdue activities', () => {
  it('counts only open activities whose deadline has passed', () => {
    expect(isOverdue({ end: '2025-10-14', status: 'planned' }, asOf)).toBe(true);
    expect(isOverdue({ end: '2025-10-14', status: 'in_progress' }, asOf)).toBe(true);
    expect(isOverdue({ end: '2025-10-14', status: 'not_done' }, asOf)).toBe(true);
    expect(isOverdue({ end: '2025-10-14', status: 'done' }, asOf)).toBe(false);
    expect(isOverdue({ end: '2025-10-14', status: 'postponed' }, asOf)).toBe(false);
    expect(isOverdue({ end: '2025-10-15', status: 'planned' }, asOf)).toBe(false);
  });
  it('filters a list', () => {
    const list = [{ end: '2025-05-31', status: 'in_progress' as const }, { end: '2025-12-01', status: 'planned' as const }];
    expect(overdueActivities(list, asOf)).toEqual([list[0]]);
    expect(statusCounts(list)).toEqual({ planned: 1, in_progress: 1, done: 0, not_done: 0, postponed: 0 });
  });
});

describe('indicator progress', () => {
  it('measures progress towards a rising target', () => {
    const p = indicatorProgress({ baseline: 40, target: 60, actuals: [{ date: '2025-05-30', value: 45 }, { date: '2025-10-10', value: 50 }] }, asOf);
    expect(p).toEqual({ latest: 50, latestDate: '2025-10-10', share: 0.5, achieved: false });
  });
  it('measures progress towards a falling target and clamps overshoot', () => {
    const p = indicatorProgress({ baseline: 34, target: 25, actuals: [{ date: '2025-05-30', value: 20 }] }, asOf);
    expect(p.share).toBe(1);
    expect(p.achieved).toBe(true);
  });
  it('ignores measurements after the as-of date and handles none', () => {
    expect(indicatorProgress({ baseline: 0, target: 10, actuals: [{ date: '2025-11-01', value: 10 }] }, asOf)).toEqual({ achieved: false });
    expect(meanProgress([{ baseline: 0, target: 10, actuals: [] }])).toBeUndefined();
    expect(meanProgress([{ baseline: 0, target: 10, actuals: [{ date: '2025-01-01', value: 5 }] }, { baseline: 0, target: 10, actuals: [{ date: '2025-01-01', value: 0 }] }])).toBe(0.25);
  });
  it('finds the first approval', () => {
    expect(approvalDate({ approval: { status: 'in_progress', history: [
      { date: '2025-02-10', status: 'submitted', by: 'school-director' },
      { date: '2025-02-20', status: 'approved', by: 'curator' },
      { date: '2025-03-01', status: 'in_progress', by: 'school-director' },
    ] } })).toBe('2025-02-20');
  });
});
