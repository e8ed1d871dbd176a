import { describe, expect, it } from 'vitest';
import { developmentEnd, stageCutoffs } from '../../src/lib/cycle.ts';
import { monitorSchoolAt, roadmapAsOf, snapshotHistory } from '../../src/lib/snapshots.ts';
import type { CalendarEvent } from '../../src/schemas/calendar.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import type { School } from '../../src/schemas/schools.ts';

const limits = { development: 7, implementation: 28 };
const event = (id: string, start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({ id, start, end, title: id, level: 'federal', source: 'руководство', actions: [], ...extra });
const calendar = {
  events: [
    event('plan-a', '2025-02-03', '2025-02-28', { stage: 'planning' }),
    event('plan-b', '2025-04-14', '2025-04-18', { stage: 'planning' }),
    event('stage-2', '2025-10-27', '2025-10-27', { snapshot: 'etap-2' }),
    event('stage-1', '2025-06-16', '2025-06-16', { snapshot: 'etap-1' }),
  ],
};

const school: School = {
  shortName: 'СОШ', fullName: 'СОШ', municipality: 'm', project500: true, curator: { role: 'curator', consentToPublish: false }, riskProfile: [], plannedVisits: [],
  visits: ['2025-02-12', '2025-02-19', '2025-02-26', '2025-03-05', '2025-04-02', '2025-04-29', '2025-05-27', '2025-09-10', '2025-10-08'].map((date) => ({ date, byRole: 'curator', purpose: 'п', result: 'р' })),
};
const roadmap: Roadmap = {
  school: 's1', year: 2025, period: { start: '2025-02-10', end: '2025-12-19' }, goal: 'цель',
  directions: [{ direction: 'R06', verified: true }], tasks: [{ id: 't1', direction: 'R06', text: 'задача' }],
  indicators: [{ id: 'i1', name: 'доля', unit: '%', baseline: 40, target: 60, method: 'анкета', actuals: [{ date: '2025-05-20', value: 45 }, { date: '2025-10-01', value: 55 }] }],
  activities: [
    { task: 't1', title: 'весна', start: '2025-03-03', end: '2025-05-30', stage: 'stage1', responsible: 'зам', status: 'done', evidence: [], expectedResult: 'x' },
    { task: 't1', title: 'осень', start: '2025-09-01', end: '2025-10-24', stage: 'stage2', responsible: 'зам', status: 'done', evidence: [], expectedResult: 'x' },
    { task: 't1', title: 'зима', start: '2025-11-03', end: '2025-12-12', stage: 'stage2', responsible: 'зам', status: 'planned', evidence: [], expectedResult: 'x' },
  ],
  approval: { status: 'in_progress', history: [
    { date: '2025-03-10', status: 'submitted', by: 'school-director' },
    { date: '2025-03-14', status: 'returned', by: 'curator', comment: 'нет показателя у задачи t1' },
    { date: '2025-03-21', status: 'submitted', by: 'school-director' },
    { date: '2025-03-28', status: 'approved', by: 'curator' },
    { date: '2025-09-01', status: 'in_progress', by: 'school-director' },
  ] },
};

describe('cycle dates from the calendar', () => {
  it('finds the end of document development and the stage cut-offs in date order', () => {
    expect(developmentEnd(calendar)).toBe('2025-04-18');
    expect(stageCutoffs(calendar).map((c) => [c.key, c.date, c.label, c.source])).toEqual([
      ['etap-1', '2025-06-16', 'Мониторинг этапа 1', 'руководство'],
      ['etap-2', '2025-10-27', 'Мониторинг этапа 2', 'руководство'],
    ]);
    expect(developmentEnd(undefined)).toBeUndefined();
  });
});

describe('a roadmap as it stood on a day', () => {
  it('takes the approval history up to the day and counts done only what was due', () => {
    const march = roadmapAsOf(roadmap, '2025-03-17')!;
    expect(march.approval).toEqual({ status: 'returned', history: roadmap.approval.history.slice(0, 2) });
    expect(march.activities.map((a) => a.status)).toEqual(['in_progress', 'in_progress', 'planned']);
    const june = roadmapAsOf(roadmap, '2025-06-16')!;
    expect(june.approval.status).toBe('approved');
    expect(june.activities.map((a) => a.status)).toEqual(['done', 'in_progress', 'planned']);
  });
  it('is a draft after the period started and before the first step, and absent before the period', () => {
    expect(roadmapAsOf(roadmap, '2025-02-20')!.approval).toEqual({ status: 'draft', history: [] });
    expect(roadmapAsOf(roadmap, '2025-02-01')).toBeUndefined();
  });
});

describe('stage snapshots of a school and of a set of schools', () => {
  it('computes the figures of 16 June 2025 from dated records only', () => {
    const m = monitorSchoolAt('s1', school, roadmap, '2025-06-16', limits, '2025-04-18');
    expect(m).toMatchObject({ approvalStatus: 'approved', activities: 3, done: 1, overdue: 0, visits: 7, progress: 0.25 });
    expect(m.compliance.map((c) => [c.phase.start, c.phase.end, c.compliant])).toEqual([['2025-02-10', '2025-03-03', true], ['2025-03-03', '2025-06-16', true]]);
  });
  it('keeps one dated snapshot per passed stage and ends with the build date', () => {
    const history = snapshotHistory([{ id: 's1', school, roadmap }], stageCutoffs(calendar), '2025-11-20', limits, '2025-04-18');
    expect(history.map((h) => [h.key, h.date])).toEqual([['etap-1', '2025-06-16'], ['etap-2', '2025-10-27'], ['today', '2025-11-20']]);
    expect(history.map((h) => h.figures.done)).toEqual([1, 2, 2]);
    expect(history.map((h) => h.figures.byApproval.in_progress)).toEqual([0, 1, 1]);
    expect(history.map((h) => h.figures.progress)).toEqual([0.25, 0.75, 0.75]);
  });
  it('leaves out a stage that has not come yet', () => {
    const history = snapshotHistory([{ id: 's1', school, roadmap }], stageCutoffs(calendar), '2025-09-01', limits);
    expect(history.map((h) => h.key)).toEqual(['etap-1', 'today']);
  });
  it('today counts done as done, even before the deadline', () => {
    const early = { ...roadmap, activities: roadmap.activities.map((a, i) => (i === 2 ? { ...a, status: 'done' as const } : a)) };
    const [now] = snapshotHistory([{ id: 's1', school, roadmap: early }], [], '2025-11-20', limits);
    expect(now.figures.done).toBe(3);
  });
});
