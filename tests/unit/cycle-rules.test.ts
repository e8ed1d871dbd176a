/**
 * Rules of the working cycle (src/lib/cycle-rules.ts through checkRules) on in-memory entries:
 * self-diagnosis against the school's profile, roadmap directions against the self-diagnosis,
 * stage evidence (file or link, the school's folder, the type, the file on disk), threads, deadlines.
 */
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/lib/content-errors.ts';
import { doneWithoutEvidence, evidenceByStage, evidenceStageOf } from '../../src/lib/evidence.ts';
import { checkRules } from '../../src/lib/rules.ts';

type Obj = Record<string, any>;
const entry = (collection: string, id: string, data: unknown, folder?: string): RawEntry => ({ collection, id, folder, file: `content/${collection}/${folder ? `${folder}/` : ''}${id}.yaml`, data });

const school = { shortName: 'СОШ № 1', fullName: 'Школа', municipality: 'm1', project500: true, curator: { role: 'curator', consentToPublish: false }, riskProfile: [{ direction: 'R06', significance: 'high' }, { direction: 'R07', significance: 'medium' }, { direction: 'R02', significance: 'low' }], visits: [] };
const approved = { status: 'approved', history: [{ date: '2025-02-10', status: 'submitted', by: 'school-director' }, { date: '2025-02-12', status: 'approved', by: 'curator' }] };
const diagnosis = (): Obj => ({
  school: 'sosh-1', year: 2025, date: '2025-02-01', participants: [],
  risks: [{ direction: 'R06', decision: 'confirmed', grounds: 'Анкеты.' }, { direction: 'R07', decision: 'rejected', grounds: 'Опрос.' }],
  directions: [{ direction: 'R06', reason: 'Подтверждён.' }],
  approval: approved, thread: [],
});
const evidence = (extra: Obj): Obj => ({ stage: 'stage1', title: 'Справка', approval: { status: 'submitted', history: [{ date: '2025-05-20', status: 'submitted', by: 'school-coordinator' }] }, ...extra });
const roadmap = (activityEvidence: Obj[] = [], extra: Obj = {}): Obj => ({
  school: 'sosh-1', year: 2025, period: { start: '2025-01-15', end: '2025-12-20' }, goal: 'Цель.',
  directions: [{ direction: 'R06', verified: true }],
  tasks: [{ id: 't1', direction: 'R06', text: 'Задача.' }],
  indicators: [{ id: 'i1', name: 'Доля', unit: '%', baseline: 34, target: 25, method: 'анкета', actuals: [] }],
  activities: [{ task: 't1', title: 'Практикум', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'заместитель директора', indicator: 'i1', status: 'done', evidence: activityEvidence }],
  approval: approved,
  ...extra,
});

function errors(parts: { roadmap?: Obj; diagnosis?: Obj; calendar?: Obj }, uploads: string[] = []) {
  const found = checkRules(
    {
      municipalities: [entry('municipalities', 'm1', {})],
      schools: [entry('schools', 'sosh-1', school, 'm1')],
      ...(parts.roadmap ? { roadmaps: [entry('roadmaps', 'sosh-1-2025', parts.roadmap, 'm1')] } : {}),
      ...(parts.diagnosis ? { selfDiagnoses: [entry('selfDiagnoses', 'sosh-1-2025', parts.diagnosis, 'm1')] } : {}),
      ...(parts.calendar ? { calendar: [entry('calendar', '2025', parts.calendar)] } : {}),
    },
    { uploadExists: (p) => uploads.includes(p) },
  );
  return found.map((e) => `${e.field}: ${e.message}`);
}

describe('self-diagnosis', () => {
  it('a correct record and a roadmap with the same directions pass', () => {
    expect(errors({ roadmap: roadmap(), diagnosis: diagnosis() })).toEqual([]);
  });

  it('every high and medium risk of the profile is assessed', () => {
    const d = diagnosis();
    d.risks = d.risks.slice(0, 1);
    expect(errors({ diagnosis: d })).toEqual(['risks: не оценены риски профиля высокой и средней значимости: R07. Добавьте по каждому решение (подтверждён или нет) с обоснованием.']);
  });

  it('a chosen direction must be a confirmed risk of the profile', () => {
    const d = diagnosis();
    d.directions.push({ direction: 'R07', reason: 'Хотим.' });
    d.risks.push({ direction: 'R09', decision: 'confirmed', grounds: 'Видим.' });
    expect(errors({ diagnosis: d })).toEqual([
      'risks[2].direction: направления R09 нет в рисковом профиле школы. Оценивайте риски из профиля школы или добавьте риск в профиль.',
      'directions[1].direction: направление R07 выбрано, но риск R07 не подтверждён в разделе risks. Подтвердите риск с обоснованием или уберите направление.',
    ]);
  });

  it('the roadmap works on exactly the directions agreed in the self-diagnosis', () => {
    const d = diagnosis();
    d.risks[1].decision = 'confirmed';
    d.directions.push({ direction: 'R07', reason: 'Подтверждён.' });
    expect(errors({ roadmap: roadmap(), diagnosis: d })).toEqual([
      'directions: направления не совпадают с самодиагностикой (content/selfDiagnoses/m1/sosh-1-2025.yaml): нет R07. Выберите ровно те направления, что согласованы в самодиагностике.',
    ]);
  });

  it('its approval history follows the document graph', () => {
    const d = diagnosis();
    d.approval = { status: 'approved', history: [{ date: '2025-02-10', status: 'approved', by: 'curator' }] };
    expect(errors({ diagnosis: d })[0]).toMatch(/^approval\.history\[0\]\.status: переход «Черновик» \(draft\) → «Согласована» \(approved\) не допускается/);
  });
});

describe('stage evidence', () => {
  const file = '/uploads/shkoly/sosh-1/spravka.pdf';

  it('a file in the school’s folder that exists, or a link, passes', () => {
    expect(errors({ roadmap: roadmap([evidence({ file })]) }, [file])).toEqual([]);
    expect(errors({ roadmap: roadmap([evidence({ url: 'https://example.org/spravka.pdf' })]) })).toEqual([]);
  });

  it('names the problem of each bad file', () => {
    expect(errors({ roadmap: roadmap([evidence({ file })]) })).toEqual(['activities[0].evidence[0].file: файл public/uploads/shkoly/sosh-1/spravka.pdf не найден. Загрузите файл заново или удалите это подтверждение.']);
    expect(errors({ roadmap: roadmap([evidence({ file: '/uploads/shkoly/sosh-2/spravka.pdf' })]) }, ['/uploads/shkoly/sosh-2/spravka.pdf'])[0]).toContain('лежит не в папке школы');
    expect(errors({ roadmap: roadmap([evidence({ file: '/uploads/shkoly/sosh-1/page.html' })]) })[0]).toContain('тип файла «.html» не принимается');
    expect(errors({ roadmap: roadmap([evidence({})]) })).toEqual(['activities[0].evidence[0]: у подтверждения нет ни файла, ни ссылки. Загрузите файл или укажите ссылку на документ.']);
    expect(errors({ roadmap: roadmap([evidence({ file, url: 'https://example.org/' })]) }, [file])).toEqual(['activities[0].evidence[0].url: указаны и файл, и ссылка. Оставьте что-то одно: загруженный файл (file) или ссылку (url).']);
  });

  it('a returned piece of evidence needs a comment; the graph of evidence applies', () => {
    const e = evidence({ url: 'https://example.org/', approval: { status: 'returned', history: [{ date: '2025-05-20', status: 'submitted', by: 'school-coordinator' }, { date: '2025-05-21', status: 'returned', by: 'curator' }] } });
    expect(errors({ roadmap: roadmap([e]) })).toEqual(['activities[0].evidence[0].approval.history[1].comment: возврат на доработку без комментария (или комментарий короче 10 символов). Напишите, что именно нужно изменить.']);
  });

  it('knows the stage each activity reports in and which done activities lack evidence', () => {
    expect([evidenceStageOf('stage1'), evidenceStageOf('summer'), evidenceStageOf('stage2')]).toEqual(['stage1', 'stage2', 'stage2']);
    const acts = [
      { title: 'a', status: 'done' as const, stage: 'stage1', evidence: [{ stage: 'stage1' as const }] },
      { title: 'b', status: 'done' as const, stage: 'summer', evidence: [{ stage: 'stage1' as const }] },
      { title: 'c', status: 'in_progress' as const, stage: 'stage2', evidence: [] },
    ];
    expect(doneWithoutEvidence(acts).map((a) => a.title)).toEqual(['b']);
    const grouped = evidenceByStage(acts);
    expect(grouped.stage1.map((r) => `${r.activityNo}. ${r.activityTitle}`)).toEqual(['1. a', '2. b']);
    expect(grouped.stage2).toEqual([]);
  });
});

describe('threads and deadlines', () => {
  it('comments go in date order', () => {
    const r = roadmap([], { thread: [{ date: '2025-02-12', by: 'curator', text: 'Вопрос.' }, { date: '2025-02-11', by: 'school-director', text: 'Ответ.' }] });
    expect(errors({ roadmap: r })).toEqual(['thread[1].date: комментарий от 2025-02-11 стоит после комментария от 2025-02-12. Комментарии идут по порядку дат: добавляйте их через редактор.']);
  });

  it('one event per review deadline in a year', () => {
    const ev = (id: string, review?: string) => ({ id, start: '2025-02-01', end: '2025-02-28', title: 'Срок', level: 'municipal', ...(review ? { review } : {}) });
    expect(errors({ calendar: { year: 2025, events: [ev('e1', 'roadmap'), ev('e2', 'stage1')] } })).toEqual([]);
    expect(errors({ calendar: { year: 2025, events: [ev('e1', 'roadmap'), ev('e2'), ev('e3', 'roadmap')] } })).toEqual(['events[2].review: срок «Согласование дорожных карт» уже отмечен у события «e1». Оставьте отметку у одного события года.']);
  });
});
