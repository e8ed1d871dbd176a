import { describe, expect, it } from 'vitest';
import { deficitMatrix, monitorSchool, rollUp } from '../../src/lib/monitoring.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import type { School } from '../../src/schemas/schools.ts';

const asOf = '2025-10-15';
const limits = { development: 7, implementation: 28 };

const school = (visits: string[], riskProfile: School['riskProfile'] = []): School => ({
  shortName: 'СОШ', fullName: 'СОШ', municipality: 'm', project500: true, curator: { role: 'curator', consentToPublish: false },
  riskProfile, plannedVisits: [], visits: visits.map((date) => ({ date, byRole: 'curator', purpose: 'п', result: 'р' })),
});

const roadmap: Roadmap = {
  school: 's1', year: 2025, period: { start: '2025-02-01', end: '2025-12-20' }, goal: 'цель',
  directions: [{ direction: 'R06', verified: true }],
  tasks: [{ id: 't1', direction: 'R06', text: 'задача' }],
  indicators: [{ id: 'i1', name: 'доля', unit: '%', baseline: 40, target: 60, method: 'анкета', actuals: [{ date: '2025-10-01', value: 50 }] }],
  activities: [
    { task: 't1', title: 'a', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'зам', status: 'done', evidence: [], expectedResult: 'x' },
    { task: 't1', title: 'b', start: '2025-03-01', end: '2025-09-30', stage: 'stage2', responsible: 'зам', status: 'in_progress', evidence: [], expectedResult: 'x' },
    { task: 't1', title: 'c', start: '2025-10-01', end: '2025-12-01', stage: 'stage2', responsible: 'зам', status: 'planned', evidence: [], expectedResult: 'x' },
  ],
  approval: { status: 'in_progress', history: [
    { date: '2025-02-10', status: 'submitted', by: 'school-director' },
    { date: '2025-02-15', status: 'approved', by: 'curator' },
    { date: '2025-03-01', status: 'in_progress', by: 'school-director' },
  ] },
  thread: [],
};

// Weekly until approval on 15 Feb, then every 3–4 weeks (summer excluded) until 15 Oct.
const goodVisits = ['2025-02-05', '2025-02-12', '2025-03-10', '2025-04-05', '2025-05-01', '2025-05-25', '2025-09-10', '2025-10-05'];

describe('monitoring of a school', () => {
  it('computes overdue, done, progress and visit compliance as of a date', () => {
    const m = monitorSchool('s1', school(goodVisits), roadmap, asOf, limits);
    expect(m).toMatchObject({ approvalStatus: 'in_progress', activities: 3, done: 1, overdue: 1, visits: 8, visitsCompliant: true, progress: 0.5 });
  });
  it('flags a long gap during implementation', () => {
    const m = monitorSchool('s1', school(['2025-02-05', '2025-02-12', '2025-04-20', '2025-10-05']), roadmap, asOf, limits);
    expect(m.visitsCompliant).toBe(false);
    expect(m.compliance[1].violations.length).toBeGreaterThan(0);
  });
  it('counts only the curator’s and coordinator’s contacts towards the frequency', () => {
    const s = school(goodVisits);
    s.visits[2] = { ...s.visits[2], byRole: 'partner-school' };
    s.visits[3] = { ...s.visits[3], byRole: 'partner-school' };
    const m = monitorSchool('s1', s, roadmap, asOf, limits);
    expect(m.visits).toBe(6);
    expect(m.visitsCompliant).toBe(false);
  });
  it('handles a school without a roadmap', () => {
    const m = monitorSchool('s2', school([]), undefined, asOf, limits);
    expect(m).toMatchObject({ activities: 0, overdue: 0, visitsCompliant: true, progress: undefined, roadmapYear: undefined });
  });
});

describe('roll-up', () => {
  it('sums figures over schools', () => {
    const a = monitorSchool('s1', school(goodVisits), roadmap, asOf, limits);
    const b = monitorSchool('s2', school([]), { ...roadmap, school: 's2', approval: { status: 'returned', history: [{ date: '2025-02-10', status: 'returned', by: 'curator', comment: 'нет показателя у задачи' }] } }, asOf, limits);
    const r = rollUp([a, b]);
    expect(r.schools).toBe(2);
    expect(r.withRoadmap).toBe(2);
    expect(r.byApproval.in_progress).toBe(1);
    expect(r.byApproval.returned).toBe(1);
    expect(r.activities).toBe(6);
    expect(r.overdue).toBe(2);
    expect(r.schoolsWithOverdue).toBe(2);
    expect(r.visitsCompliant).toBe(1);
    expect(r.progress).toBe(0.5);
  });
});

describe('deficits × schools matrix', () => {
  it('assigns a deficit to schools with a high or medium direction covering it', () => {
    const m = deficitMatrix(
      [{ number: 15 }, { number: 17 }, { number: 1 }],
      [{ code: 'R06', legacyDeficits: [11, 15] }, { code: 'R09', legacyDeficits: [17] }, { code: 'R01', legacyDeficits: [1] }],
      [
        { id: 'a', riskProfile: [{ direction: 'R06', significance: 'high' }, { direction: 'R01', significance: 'low' }] },
        { id: 'b', riskProfile: [{ direction: 'R06', significance: 'medium' }, { direction: 'R09', significance: 'high' }] },
      ],
    );
    expect(m.get(15)).toEqual(['a', 'b']);
    expect(m.get(17)).toEqual(['b']);
    expect(m.get(1)).toEqual([]);
  });
});
