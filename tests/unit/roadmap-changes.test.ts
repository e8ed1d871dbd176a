/** «Что изменилось после возврата»: the comparison of two roadmap versions and finding the version at the return. */
import { describe, expect, it } from 'vitest';
import { changeValue } from '../../src/lib/change-values.ts';
import {
  changeCount, matchActivities, resubmittedAfter, returnBeforeResubmission, roadmapChanges, versionAtReturn,
} from '../../src/lib/roadmap-changes.ts';
import type { ApprovalStep } from '../../src/schemas/approval.ts';
import type { Activity, Roadmap } from '../../src/schemas/roadmaps.ts';

const activity = (over: Partial<Activity>): Activity => ({
  task: 't1', title: 'Мероприятие', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'заместитель директора по УВР',
  indicator: 'i1', status: 'planned', evidence: [], ...over,
});

const before: Pick<Roadmap, 'tasks' | 'indicators' | 'activities'> = {
  tasks: [
    { id: 't1', direction: 'R06', text: 'Повысить мотивацию' },
    { id: 't2', direction: 'R06', text: 'Задача, которую убрали' },
  ],
  indicators: [{ id: 'i1', name: 'Доля с низкой мотивацией', unit: '%', baseline: 34, target: 25, method: 'анкета', actuals: [] }],
  activities: [
    activity({ title: 'Анкетирование обучающихся' }),
    activity({ title: 'Семинар для учителей', measure: 'formiruyushchee-otsenivanie' }),
    activity({ title: 'Мероприятие, которое убрали', task: 't2' }),
  ],
};

const after: Pick<Roadmap, 'tasks' | 'indicators' | 'activities'> = {
  tasks: [
    { id: 't1', direction: 'R06', text: 'Повысить учебную мотивацию обучающихся 5–9 классов' },
    { id: 't3', direction: 'R06', text: 'Новая задача' },
  ],
  indicators: [
    { id: 'i1', name: 'Доля с низкой мотивацией', unit: '%', baseline: 34, target: 20, method: 'анкета', actuals: [] },
    { id: 'i2', name: 'Новый показатель', unit: 'человек', baseline: 0, target: 10, method: 'журнал', actuals: [] },
  ],
  activities: [
    activity({ title: 'Анкетирование обучающихся', end: '2025-04-30' }),
    activity({ title: 'Семинар для учителей 5–9 классов', measure: 'formiruyushchee-otsenivanie' }),
    activity({ title: 'Новое мероприятие', task: 't3' }),
  ],
};

describe('roadmapChanges', () => {
  it('finds added, removed and changed tasks, indicators and activities with the changed fields', () => {
    const c = roadmapChanges(before, after);
    expect(c.tasks.map((x) => [x.kind, x.id, x.fields.map((f) => f.field)])).toEqual([['changed', 't1', ['text']], ['added', 't3', []], ['removed', 't2', []]]);
    expect(c.indicators.map((x) => [x.kind, x.id, x.fields])).toEqual([
      ['changed', 'i1', [{ field: 'target', before: 25, after: 20 }]],
      ['added', 'i2', []],
    ]);
    expect(c.activities.map((x) => [x.kind, x.title, x.fields.map((f) => `${f.field}: ${String(f.before)} → ${String(f.after)}`)])).toEqual([
      ['changed', 'Анкетирование обучающихся', ['end: 2025-05-31 → 2025-04-30']],
      // Same task and measure, new title: the same activity, renamed.
      ['changed', 'Семинар для учителей 5–9 классов', ['title: Семинар для учителей → Семинар для учителей 5–9 классов']],
      ['added', 'Новое мероприятие', []],
      ['removed', 'Мероприятие, которое убрали', []],
    ]);
    expect(changeCount(c)).toBe(9);
    expect(changeCount(roadmapChanges(after, after))).toBe(0);
  });

  it('treats a missing field, "" and [] alike (a CMS re-save writes them differently)', () => {
    const a = activity({ title: 'А', expectedResult: undefined, evidence: [] });
    const b = { ...activity({ title: 'А' }), expectedResult: '' } as Activity;
    expect(roadmapChanges({ ...before, activities: [a] }, { ...before, activities: [b] }).activities).toEqual([]);
  });

  it('matches activities by title in their task first, then anywhere, and leaves the rest as added/removed', () => {
    const moved = activity({ title: 'Перенесённое', task: 't2' });
    const pairs = matchActivities([activity({ title: 'перенесённое ' }), activity({ title: 'Старое' })], [moved, activity({ title: 'Совсем новое' })]);
    expect(pairs.map(([b, a]) => [b?.title, a?.title])).toEqual([['перенесённое ', 'Перенесённое'], [undefined, 'Совсем новое'], ['Старое', undefined]]);
  });
});

const step = (date: string, status: ApprovalStep['status'], comment?: string): ApprovalStep => ({ date, status, by: status === 'returned' ? 'curator' : 'school-director', comment });
const RETURNED = step('2025-02-14', 'returned', 'Нет показателя у задачи t2, добавьте его.');

describe('the version at the return', () => {
  it('applies only when a resubmission follows the latest return', () => {
    expect(returnBeforeResubmission([step('2025-02-10', 'submitted'), RETURNED, step('2025-02-20', 'submitted')])).toEqual(RETURNED);
    expect(returnBeforeResubmission([step('2025-02-10', 'submitted'), RETURNED])).toBeUndefined();
    expect(returnBeforeResubmission([step('2025-02-10', 'submitted'), step('2025-02-12', 'approved')])).toBeUndefined();
    // The latest return counts: an earlier returned-then-resubmitted cycle does not.
    const twice = [step('2025-02-01', 'submitted'), step('2025-02-03', 'returned', 'Первый возврат: мало мер.'), step('2025-02-05', 'submitted'), RETURNED];
    expect(returnBeforeResubmission(twice)).toBeUndefined();
  });

  it('is the oldest of the newest versions that hold the return step (the commit that added it)', () => {
    const versions = [
      { v: 'now', history: [step('2025-02-10', 'submitted'), RETURNED, step('2025-02-20', 'submitted')] },
      { v: 'fixing', history: [step('2025-02-10', 'submitted'), RETURNED] },
      { v: 'returned', history: [step('2025-02-10', 'submitted'), { ...RETURNED, comment: `  ${RETURNED.comment} ` }] },
      { v: 'submitted', history: [step('2025-02-10', 'submitted')] },
      { v: 'older', history: [step('2025-02-10', 'submitted'), RETURNED] },
    ];
    expect(versionAtReturn(versions, RETURNED, (x) => x.history)?.v).toBe('returned');
    expect(versionAtReturn(versions.slice(3), RETURNED, (x) => x.history)).toBeUndefined();
    expect(resubmittedAfter(versions[0].history, RETURNED)).toBe(true);
    expect(resubmittedAfter(versions[2].history, RETURNED)).toBe(false);
  });
});

describe('changeValue', () => {
  const labels = { empty: 'не указано', measureTitles: { 'formiruyushchee-otsenivanie': 'Формирующее оценивание' } };
  it('shows dates, stages, statuses, measures and lists in Russian', () => {
    expect(changeValue('end', '2025-04-30', labels)).toBe('30.04.2025');
    expect(changeValue('stage', 'stage2', labels)).toBe('Этап 2 (осень)');
    expect(changeValue('status', 'done', labels)).toBe('Выполнено');
    expect(changeValue('measure', 'formiruyushchee-otsenivanie', labels)).toBe('Формирующее оценивание');
    expect(changeValue('actuals', [{ date: '2025-05-30', value: 29.5 }], labels)).toBe('30.05.2025: 29,5');
    expect(changeValue('evidence', [{ title: 'Протокол', url: '/x/' }], labels)).toBe('Протокол');
    expect(changeValue('indicator', undefined, labels)).toBe('не указано');
    expect(changeValue('target', 20, labels)).toBe('20');
  });
});
