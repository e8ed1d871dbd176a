import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { executorsText, isActionOverdue, municipalIcsEvents, municipalRoadmapContext, schoolsText } from '../../src/lib/municipal-roadmap.ts';
import { municipalRoadmapDocxBuffer } from '../../src/lib/municipal-roadmap-docx.ts';
import { deficitRows, monitoringDataAsOf } from '../../src/lib/programme.ts';
import { toIcs } from '../../src/lib/ics.ts';
import { municipalRoadmapSchema, type MunicipalRoadmap } from '../../src/schemas/municipal-roadmaps.ts';
import type { Municipality } from '../../src/schemas/municipalities.ts';

const roadmap: MunicipalRoadmap = municipalRoadmapSchema.parse({
  municipality: 'm1', year: 2025, title: 'Дорожная карта по работе со ШНОР',
  actions: [
    { text: 'Анкетирование участников', when: { from: '2025-05' }, executors: ['municipal-coordinator'], expectedResult: 'Рисковые профили', status: 'done', schools: ['s1'] },
    { text: 'Консультации МКЦ', when: { from: '2025-05', to: '2025-12' }, executors: ['mkc'], executorOrg: 'центр при ИМЦ', expectedResult: 'Помощь оказана', status: 'in_progress' },
    { text: 'Список кураторов', when: { to: '2025-05-30' }, executors: ['mouo', 'municipal-coordinator'], expectedResult: 'Приказ', status: 'planned' },
  ],
  approval: { status: 'approved', history: [{ date: '2025-04-10', status: 'submitted', by: 'municipal-coordinator' }, { date: '2025-04-17', status: 'approved', by: 'mouo' }] },
});
const ctx = municipalRoadmapContext({ municipality: new Map([['m1', { data: { name: 'Район' } }]]), school: new Map([['s1', { data: { shortName: 'СОШ № 1' } }]]) }, roadmap);

describe('municipal roadmap', () => {
  it('names the municipality, the schools and the executors', () => {
    expect(ctx).toEqual({ municipalityName: 'Район', schoolNames: { s1: 'СОШ № 1' } });
    expect(executorsText(roadmap.actions[1])).toBe('Муниципальный консультационный центр (МКЦ) (центр при ИМЦ)');
    expect(executorsText(roadmap.actions[2], true)).toBe('МОУО; Координатор');
    expect(schoolsText(roadmap.actions[0], ctx.schoolNames)).toBe('СОШ № 1');
    expect(schoolsText(roadmap.actions[1], ctx.schoolNames)).toBe('все школы программы');
  });
  it('is overdue only when the whole term is over and the action is open', () => {
    expect(isActionOverdue(roadmap.actions[2], '2025-05-31')).toBe(true);
    expect(isActionOverdue(roadmap.actions[2], '2025-05-30')).toBe(false);
    expect(isActionOverdue(roadmap.actions[1], '2025-12-31')).toBe(false);
    expect(isActionOverdue(roadmap.actions[1], '2026-01-01')).toBe(true);
    expect(isActionOverdue(roadmap.actions[0], '2026-01-01')).toBe(false);
  });
  it('gives calendar applications a span per action, months as whole months', () => {
    const events = municipalIcsEvents(roadmap, 'shnor.example.org', 'https://shnor.example.org/municipalitety/m1/2025/');
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['m1-2025-m1@shnor.example.org', '2025-05-01', '2025-05-31'],
      ['m1-2025-m2@shnor.example.org', '2025-05-01', '2025-12-31'],
      ['m1-2025-m3@shnor.example.org', '2025-05-30', '2025-05-30'],
    ]);
    expect(events[1].description).toBe('Срок: май–декабрь 2025\nИсполнитель: Муниципальный консультационный центр (МКЦ) (центр при ИМЦ)\nОжидаемый результат: Помощь оказана');
    const ics = toIcs('Район', events, '2026-01-01');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250501\r\nDTEND;VALUE=DATE:20260101');
  });
  it('is a Word document with the numbered actions of seed 004 and the approval history', async () => {
    const docx = await municipalRoadmapDocxBuffer(roadmap, ctx);
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['Дорожная карта по работе со ШНОР', 'Район, 2025 год', '№ п/п', 'Описание действий', 'Дата реализации', 'Исполнитель', 'Ожидаемый результат',
      'Анкетирование участников', 'май 2025', 'май–декабрь 2025', 'до 30.05.2025', 'Муниципальный орган управления образованием (МОУО); Муниципальный координатор', 'Рисковые профили', 'СОШ № 1', 'все школы программы', 'Выполняется', '17.04.2025', 'Согласована']) {
      expect(text).toContain(s);
    }
  });
});

describe('support programme tables', () => {
  const programme = {
    deficitFindings: [{ school: 'a', deficits: [3, 15] }, { school: 'b', deficits: [15] }],
    monitoring: [
      { element: 'Уровень подготовки', sources: [], data: [{ date: '2025-05-20', indicator: 'ВПР', value: 31, unit: '%' }, { date: '2025-10-31', indicator: 'Четвертные отметки', value: 12, unit: '%' }] },
      { element: 'Опросы', sources: [], data: [] },
    ],
  } as unknown as Municipality['programme'];
  it('lists deficits 1–17 in order with the entered schools beside the suggested ones', () => {
    const deficits = [17, 3, 1, 15].map((number) => ({ number, title: `дефицит ${number}` }));
    const rows = deficitRows(deficits, programme.deficitFindings, new Map([[15, ['a']], [1, ['b']]]));
    expect(rows.map((r) => r.number)).toEqual([1, 3, 15, 17]);
    expect(rows.find((r) => r.number === 15)).toMatchObject({ found: ['a', 'b'], suggested: ['a'], onlyFound: ['b'], onlySuggested: [] });
    expect(rows.find((r) => r.number === 1)).toMatchObject({ found: [], suggested: ['b'], onlySuggested: ['b'] });
    expect(rows.find((r) => r.number === 3)).toMatchObject({ found: ['a'], suggested: [], onlyFound: ['a'] });
  });
  it('shows the municipality’s figures measured by a date, newest first', () => {
    expect(monitoringDataAsOf(programme, '2025-06-16')).toEqual([{ element: 'Уровень подготовки', data: [programme.monitoring[0].data[0]] }]);
    expect(monitoringDataAsOf(programme, '2025-12-01')[0].data.map((d) => d.indicator)).toEqual(['Четвертные отметки', 'ВПР']);
  });
});
