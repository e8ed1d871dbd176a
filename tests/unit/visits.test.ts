import { describe, expect, it } from 'vitest';
import { countedDays, phaseCompliance, planAgainstLog, schoolPhases } from '../../src/lib/visits.ts';

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

describe('phases follow the school’s activities, not only the approval date', () => {
  const period = { start: '2025-02-10', end: '2025-12-19' };
  it('ends development when the first activity starts, even if the roadmap is approved in September', () => {
    const phases = schoolPhases(period, '2025-09-15', '2025-10-15', limits, { activities: [{ start: '2025-03-17', end: '2025-05-30' }, { start: '2025-09-01', end: '2025-12-12' }] });
    expect(phases).toEqual([
      { name: 'Разработка документов', start: '2025-02-10', end: '2025-03-17', maxIntervalDays: 7 },
      { name: 'Реализация мероприятий', start: '2025-03-17', end: '2025-10-15', maxIntervalDays: 28 },
    ]);
  });
  it('without activities, ends development at the end of the calendar’s development time', () => {
    const phases = schoolPhases(period, '2025-09-15', '2025-10-15', limits, { developmentUntil: '2025-04-18' });
    expect(phases.map((p) => [p.start, p.end, p.maxIntervalDays])).toEqual([['2025-02-10', '2025-04-18', 7], ['2025-04-18', '2025-10-15', 28]]);
  });
  it('keeps the approval when it comes first, and stops implementation at the last activity', () => {
    const phases = schoolPhases(period, '2025-03-21', '2026-03-01', limits, { activities: [{ start: '2025-04-01', end: '2025-11-28' }], developmentUntil: '2025-04-18' });
    expect(phases.map((p) => [p.start, p.end])).toEqual([['2025-02-10', '2025-03-21'], ['2025-03-21', '2025-11-28']]);
  });
  it('starts with implementation when the first activity begins on the first day', () => {
    const phases = schoolPhases(period, undefined, '2025-06-01', limits, { activities: [{ start: '2025-02-10', end: '2025-05-30' }] });
    expect(phases).toEqual([{ name: 'Реализация мероприятий', start: '2025-02-10', end: '2025-05-30', maxIntervalDays: 28 }]);
  });
  it('a September approval no longer makes the spring a weekly-visit violation', () => {
    const visits = ['2025-02-12', '2025-02-19', '2025-02-26', '2025-03-05', '2025-03-12', '2025-04-03', '2025-04-29', '2025-05-20', '2025-09-11', '2025-10-07'];
    const old = schoolPhases(period, '2025-09-15', '2025-10-15', limits).map((p) => phaseCompliance(p, visits));
    const now = schoolPhases(period, '2025-09-15', '2025-10-15', limits, { activities: [{ start: '2025-03-17', end: '2025-12-12' }] }).map((p) => phaseCompliance(p, visits));
    expect(old[0].compliant).toBe(false);
    expect(now.every((c) => c.compliant)).toBe(true);
  });
});

describe('planned visits against the log', () => {
  const plan = [
    { date: '2025-03-06', byRole: 'curator', purpose: 'a' },
    { date: '2025-03-20', byRole: 'curator', purpose: 'b' },
    { date: '2025-10-09', byRole: 'curator', purpose: 'c' },
    { date: '2025-10-20', byRole: 'curator', purpose: 'd' },
  ];
  const log = [
    { date: '2025-03-04', byRole: 'curator' },
    { date: '2025-03-10', byRole: 'curator' },
    { date: '2025-10-07', byRole: 'partner-school' },
    { date: '2025-05-05', byRole: 'curator' },
  ];
  it('matches the nearest logged visit of the same role within a week, each once', () => {
    const { plan: rows, unplanned } = planAgainstLog(plan, log, '2025-10-15');
    expect(rows.map((r) => [r.planned.purpose, r.state, r.visit?.date])).toEqual([
      ['a', 'done', '2025-03-04'],
      ['b', 'missed', undefined],
      ['c', 'upcoming', undefined],
      ['d', 'upcoming', undefined],
    ]);
    expect(unplanned.map((v) => v.date)).toEqual(['2025-03-10', '2025-05-05', '2025-10-07']);
  });
  it('calls a visit missed once its week of tolerance has passed', () => {
    const { plan: rows } = planAgainstLog(plan, log, '2025-10-17');
    expect(rows[2].state).toBe('missed');
    expect(rows[3].state).toBe('upcoming');
  });
});
