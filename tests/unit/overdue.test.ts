import { describe, expect, it } from 'vitest';
import { behindOnVisits, municipalityReport, overdueList } from '../../src/lib/overdue.ts';
import { monitorSchool } from '../../src/lib/monitoring.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import type { School } from '../../src/schemas/schools.ts';

const asOf = '2025-10-15';
const limits = { development: 7, implementation: 28 };
const school = (visits: string[], project500 = true): School => ({
  shortName: 'СОШ', fullName: 'СОШ', municipality: 'm', project500, curator: { role: 'curator', consentToPublish: false },
  riskProfile: [], visits: visits.map((date) => ({ date, byRole: 'curator', purpose: 'п', result: 'р' })),
});
const activity = (title: string, end: string, status: Roadmap['activities'][number]['status']) =>
  ({ task: 't1', title, start: '2025-03-01', end, stage: 'stage1', responsible: 'зам', status, evidence: [], expectedResult: 'x' }) as Roadmap['activities'][number];
const roadmap: Roadmap = {
  school: 's1', year: 2025, period: { start: '2025-02-01', end: '2025-12-20' }, goal: 'цель',
  directions: [{ direction: 'R06', verified: true }], tasks: [{ id: 't1', direction: 'R06', text: 'задача' }],
  indicators: [{ id: 'i1', name: 'доля', unit: '%', baseline: 40, target: 60, method: 'анкета', actuals: [] }],
  activities: [activity('выполнено', '2025-05-31', 'done'), activity('позднее', '2025-09-30', 'in_progress'), activity('раньше', '2025-04-30', 'not_done'), activity('перенесено', '2025-04-01', 'postponed'), activity('впереди', '2025-12-01', 'planned')],
  approval: { status: 'in_progress', history: [{ date: '2025-02-10', status: 'submitted', by: 'school-director' }, { date: '2025-02-15', status: 'approved', by: 'curator' }, { date: '2025-03-01', status: 'in_progress', by: 'school-director' }] },
};

describe('overdue activities', () => {
  it('lists open activities past their deadline, the oldest first, with their plan numbers', () => {
    const list = overdueList('s1', roadmap, asOf);
    expect(list.map((a) => [a.title, a.number, a.daysLate])).toEqual([['раньше', 3, 168], ['позднее', 2, 15]]);
  });
});

describe('schools behind on visits', () => {
  it('reports a school whose curator has not come for too long', () => {
    const s = school(['2025-02-05', '2025-02-12', '2025-04-20']);
    const b = behindOnVisits(monitorSchool('s1', s, roadmap, asOf, limits), s, roadmap.period.start, asOf);
    expect(b).toMatchObject({ schoolId: 's1', lastContact: '2025-04-20', daysWithoutContact: 178 });
    expect(b!.violations).toBeGreaterThan(0);
  });
  it('leaves out a school that keeps the frequency, and one without a roadmap', () => {
    const good = school(['2025-02-05', '2025-02-12', '2025-03-10', '2025-04-05', '2025-05-01', '2025-05-25', '2025-09-10', '2025-10-05']);
    expect(behindOnVisits(monitorSchool('s1', good, roadmap, asOf, limits), good, '2025-02-01', asOf)).toBeUndefined();
    const none = school([]);
    expect(behindOnVisits(monitorSchool('s2', none, undefined, asOf, limits), none, '2025-02-01', asOf)).toBeUndefined();
  });
});

describe('a municipality’s report', () => {
  it('covers the «500+» and high-risk schools, not partner schools', () => {
    const entry = (id: string, data: School) => ({ id, data });
    const s = {
      municipality: new Map([['m', { id: 'm', data: { highRiskSchools: [{ school: 'risk', grounds: 'г' }] } }]]),
      schoolsByMunicipality: new Map([['m', [entry('s1', school([])), entry('risk', school([], false)), entry('partner', school([], false))]]]),
      roadmapsBySchool: new Map([['s1', [{ id: 'r', data: roadmap }]], ['partner', [{ id: 'p', data: { ...roadmap, school: 'partner' } }]]]),
    } as unknown as Parameters<typeof municipalityReport>[0];
    const report = municipalityReport(s, 'm', asOf, limits);
    expect(report.rows.map((r) => r.schoolId)).toEqual(['s1', 'risk']);
    expect(new Set(report.overdue.map((a) => a.schoolId))).toEqual(new Set(['s1']));
    expect(report.behind.map((b) => b.schoolId)).toEqual(['s1']);
  });
});
