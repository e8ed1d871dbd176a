/** The curator's queue (src/lib/review-queue.ts) with fixed dates. */
import { describe, expect, it } from 'vitest';
import { buildQueue, stateOf, trackedSchools, type SchoolDocuments } from '../../src/lib/review-queue.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import type { SelfDiagnosis } from '../../src/schemas/self-diagnoses.ts';
import type { CalendarEvent } from '../../src/schemas/calendar.ts';

type Step = Roadmap['approval']['history'][number];
const sub = (date: string): Step => ({ date, status: 'submitted', by: 'school-director' });
const ok = (date: string): Step => ({ date, status: 'approved', by: 'curator' });
const ret = (date: string, comment: string): Step => ({ date, status: 'returned', by: 'curator', comment });
const approval = (...history: Step[]) => ({ status: history[history.length - 1].status, history });

function roadmap(history: Step[], activities: Partial<Roadmap['activities'][number]>[] = []): Roadmap {
  return {
    school: 's', year: 2025, period: { start: '2025-01-15', end: '2025-12-20' }, goal: 'Цель', directions: [], tasks: [], indicators: [],
    activities: activities.map((a) => ({ task: 't1', title: 'Мероприятие', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'зам', status: 'planned', evidence: [], ...a })) as Roadmap['activities'],
    approval: approval(...history), thread: [],
  };
}
const diagnosis = (history: Step[]): SelfDiagnosis => ({ school: 's', year: 2025, date: '2025-02-01', participants: [], risks: [], directions: [], approval: approval(...history), thread: [] });
const evidence = (stage: 'stage1' | 'stage2', history: Step[], title = 'Справка') => ({ stage, title, url: 'https://example.org/', approval: approval(...history), thread: [] });
const event = (id: string, end: string, review?: CalendarEvent['review']): CalendarEvent => ({ id, start: end, end, title: `Событие ${id}`, level: 'municipal', actions: [], ...(review ? { review } : {}) });

const EVENTS = [event('e02', '2025-02-28', 'roadmap'), event('e05', '2025-03-01'), event('e14', '2025-03-20', 'self-diagnosis'), event('e10', '2025-05-31', 'stage1'), event('e32', '2025-11-30', 'stage2')];

const schools: SchoolDocuments[] = [
  // Waiting since 20 February (40 days before 1 April), its stage-1 evidence accepted.
  { schoolId: 'a', roadmap: roadmap([sub('2025-02-20')], [{ status: 'done', evidence: [evidence('stage1', [sub('2025-03-10'), ok('2025-03-12')])] }]), selfDiagnosis: diagnosis([sub('2025-02-01'), ok('2025-02-05')]) },
  // Returned with a comment; a done summer activity without evidence (reports in stage 2).
  { schoolId: 'b', roadmap: roadmap([sub('2025-02-10'), ret('2025-02-14', 'Добавьте показатель к задаче t2.')], [{ status: 'done', stage: 'summer', end: '2025-06-20' }]) },
  // Approved, a stage-1 piece of evidence waiting since 25 March.
  { schoolId: 'c', roadmap: roadmap([sub('2025-02-10'), ok('2025-02-20')], [{ status: 'in_progress', evidence: [evidence('stage1', [sub('2025-03-25')], 'Протокол')] }]), selfDiagnosis: diagnosis([sub('2025-02-01')]) },
  // No roadmap yet.
  { schoolId: 'd' },
];

describe('curator’s queue', () => {
  const q = buildQueue(schools, EVENTS, '2025-04-01');

  it('lists what waits for review, the longest waiting first, with days since it was sent', () => {
    expect(q.waiting.map((x) => `${x.schoolId}:${x.kind}:${x.since}:${x.days}`)).toEqual([
      'c:selfDiagnosis:2025-02-01:59',
      'a:roadmap:2025-02-20:40',
      'c:evidence:2025-03-25:7',
    ]);
    expect(q.waiting[2]).toMatchObject({ stage: 'stage1', title: 'Протокол', activityNo: 1 });
  });

  it('lists what is returned with the curator’s comment, and what is approved', () => {
    expect(q.returned).toMatchObject([{ schoolId: 'b', kind: 'roadmap', since: '2025-02-14', comment: 'Добавьте показатель к задаче t2.' }]);
    expect(q.approved.map((x) => `${x.schoolId}:${x.kind}`)).toEqual(['a:selfDiagnosis', 'a:evidence', 'c:roadmap']);
  });

  it('lists done activities without evidence for their stage', () => {
    expect(q.doneWithoutEvidence).toEqual([{ schoolId: 'b', year: 2025, activityNo: 1, title: 'Мероприятие', stage: 'stage2', end: '2025-06-20' }]);
  });

  it('counts each deadline of the calendar and marks the passed ones with open documents as overdue', () => {
    expect(q.deadlines.map((d) => `${d.kind}:${d.date}:${d.open}/${d.total}:${d.overdue}`)).toEqual([
      'roadmap:2025-02-28:3/4:true',
      'self-diagnosis:2025-03-20:3/4:true',
      'stage1:2025-05-31:1/2:false',
      'stage2:2025-11-30:1/1:false',
    ]);
    const later = buildQueue(schools, EVENTS, '2025-06-01');
    expect(later.deadlines.find((d) => d.kind === 'stage1')!.overdue).toBe(true);
    const done = buildQueue([schools[0]], EVENTS, '2025-12-31');
    expect(done.deadlines.map((d) => `${d.kind}:${d.overdue}`)).toEqual(['roadmap:true', 'self-diagnosis:false', 'stage1:false', 'stage2:false']);
  });

  it('counts roadmaps by approval status as /monitoring/ does', () => {
    expect(q.roadmapsByStatus).toEqual({ draft: 0, submitted: 1, returned: 1, approved: 1, in_progress: 0, completed: 0 });
    expect(['draft', 'submitted', 'returned', 'approved', 'in_progress', 'completed'].map((s) => stateOf(s as Step['status']))).toEqual(['draft', 'waiting', 'returned', 'approved', 'approved', 'approved']);
  });

  it('follows the same schools as /monitoring/: «500+» and the municipality’s high-risk list', () => {
    const list = [{ id: 'x', data: { project500: true } }, { id: 'y', data: { project500: false } }, { id: 'z', data: { project500: false } }];
    expect(trackedSchools(list, ['z']).map((s) => s.id)).toEqual(['x', 'z']);
  });
});
